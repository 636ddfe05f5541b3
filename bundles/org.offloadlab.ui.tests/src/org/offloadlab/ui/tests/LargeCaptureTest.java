package org.offloadlab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offloadlab.ui.internal.UiIds;
import org.offloadlab.ui.internal.connections.ConnectionsView;
import org.offloadlab.ui.internal.handlers.OpenCaptureCommand;
import org.offloadlab.ui.internal.session.CaptureSession;
import org.offloadlab.ui.internal.session.CaptureSnapshot.Phase;

/** 100,000 connections: the virtual table fills, sorts and scrolls without stalling the UI thread. */
class LargeCaptureTest {

    private static final int CONNECTIONS = 100_000;
    /** Far above what a responsive table needs (tens of ms here), so a slow CI machine does not fail it. */
    private static final Duration RESPONSIVE = Duration.ofSeconds(3);

    @Test
    void aHundredThousandConnectionsStayResponsive(@TempDir Path tmp) throws IOException {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        Display display = window.getShell().getDisplay();
        CaptureSession session = window.getService(CaptureSession.class);
        Path capture = SyntheticCaptures.syns(tmp.resolve("syns_100k.pcap"), CONNECTIONS);

        OpenCaptureCommand.execute(window, capture);
        ConnectionsView view = (ConnectionsView) window.getActivePage().findView(UiIds.CONNECTIONS_VIEW);
        Table table = view.tableWidget();
        UiWait.until(display, Duration.ofSeconds(180), "100,000 connections are listed",
                () -> session.snapshot().phase() != Phase.LOADING && table.getItemCount() == CONNECTIONS);

        TableColumn aColumn = Arrays.stream(table.getColumns()).filter(c -> c.getText().equals("A"))
                .findFirst().orElseThrow();
        long sortNanos = timed(display, () -> aColumn.notifyListeners(SWT.Selection, new Event()));
        long reverseNanos = timed(display, () -> aColumn.notifyListeners(SWT.Selection, new Event()));
        assertEquals("10.1.134.159:40000", table.getItem(0).getText(1), "sorted by A, descending");
        long scrollNanos = timed(display, () -> table.setTopIndex(CONNECTIONS - 20));
        String last = table.getItem(CONNECTIONS - 1).getText(1);
        assertFalse(last.isEmpty(), "rows at the end materialise");

        System.out.printf("100k rows: sort %d ms, reverse %d ms, scroll to end %d ms%n", sortNanos / 1_000_000,
                reverseNanos / 1_000_000, scrollNanos / 1_000_000);
        for (long nanos : new long[]{sortNanos, reverseNanos, scrollNanos}) {
            assertTrue(nanos < RESPONSIVE.toNanos(), nanos / 1_000_000 + " ms");
        }
    }

    /** Runs {@code action} and dispatches what it caused (repaints of the visible rows). */
    private static long timed(Display display, Runnable action) {
        long start = System.nanoTime();
        action.run();
        UiWait.settle(display, Duration.ofSeconds(10));
        return System.nanoTime() - start;
    }
}
