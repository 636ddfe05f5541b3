package org.offloadlab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;
import org.offloadlab.testing.TestCaptures;
import org.offloadlab.ui.internal.UiIds;
import org.offloadlab.ui.internal.handlers.OpenCaptureCommand;
import org.offloadlab.ui.internal.session.CaptureSession;
import org.offloadlab.ui.internal.session.CaptureSnapshot.Phase;

/** The menus a user finds in the window, as built from plugin.xml and the action bar advisor. */
class MenusTest {

    private final IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];

    @Test
    void fileMenuOpensExportsAndExits() {
        // The test runtime also has the IDE bundles (the UI harness needs them); they add to the menus' additions.
        List<String> file = labels(submenu(window.getShell().getMenuBar(), "File"));
        assertInOrder(List.of("Open Capture…", "Recent Captures", "Export...", "Export Connections…", "Exit"), file);
        assertFalse(file.contains("Import..."), "no Import…: nothing is imported through a wizard");
        assertInOrder(List.of("Show View", "Reset Perspective..."),
                labels(submenu(window.getShell().getMenuBar(), "Window")));
        assertTrue(
                labels(submenu(window.getShell().getMenuBar(), "Help")).stream().anyMatch(l -> l.startsWith("About")));
    }

    @Test
    void ctrlOOpensACapture() {
        IBindingService bindings = window.getService(IBindingService.class);
        assertEquals("Ctrl+O", bindings.getBestActiveBindingFormattedFor(UiIds.OPEN_CAPTURE_COMMAND));
    }

    @Test
    void recentCapturesListsTheLastOpenedFileFirst() {
        Path capture = TestCaptures.malformed("truncated_mid_record.pcap");
        CaptureSession session = window.getService(CaptureSession.class);
        OpenCaptureCommand.execute(window, capture);
        UiWait.until(window.getShell().getDisplay(), Duration.ofSeconds(60), "the capture is analysed",
                () -> session.snapshot().phase() != Phase.LOADING);

        Menu recent = submenu(submenu(window.getShell().getMenuBar(), "File"), "Recent Captures");
        String first = labels(recent).get(0);
        assertTrue(first.startsWith("1  truncated_mid_record.pcap"), first);
    }

    private static void assertInOrder(List<String> expected, List<String> actual) {
        int next = 0;
        for (String label : actual) {
            if (next < expected.size() && label.equals(expected.get(next))) {
                next++;
            }
        }
        assertEquals(expected.size(), next, () -> "expected " + expected + " in this order within " + actual);
    }

    /** Opens the menu (menus are filled when shown) and returns the named item's submenu. */
    private static Menu submenu(Menu menu, String label) {
        show(menu);
        MenuItem item = Arrays.stream(menu.getItems()).filter(i -> plain(i.getText()).equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + label + " in " + labels(menu)));
        Menu sub = item.getMenu();
        show(sub);
        return sub;
    }

    private static void show(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
    }

    private static List<String> labels(Menu menu) {
        show(menu);
        return Arrays.stream(menu.getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0)
                .map(i -> plain(i.getText())).toList();
    }

    /** Without the mnemonic marker and the accelerator text. */
    private static String plain(String text) {
        int tab = text.indexOf('\t');
        return (tab < 0 ? text : text.substring(0, tab)).replace("&", "");
    }
}
