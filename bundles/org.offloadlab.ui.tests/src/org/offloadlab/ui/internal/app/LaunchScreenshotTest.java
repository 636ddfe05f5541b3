package org.offloadlab.ui.internal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offloadlab.testing.TestCaptures;
import org.offloadlab.ui.internal.ShellScreenshot;
import org.offloadlab.ui.internal.UiIds;
import org.offloadlab.ui.internal.detail.ChartKind;
import org.offloadlab.ui.internal.detail.DetailView;
import org.offloadlab.ui.internal.handlers.OpenCaptureCommand;
import org.offloadlab.ui.internal.session.CaptureSession;
import org.offloadlab.ui.internal.session.CaptureSnapshot;
import org.offloadlab.ui.internal.session.CaptureSnapshot.Phase;
import org.offloadlab.ui.tests.UiWait;

/**
 * {@code --screenshot} as the application runs it after {@code --open}, in the running workbench: the routine that
 * waits until the capture is analysed and its first connection charted, then saves the window. Only the exit is left
 * out.
 */
class LaunchScreenshotTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private IWorkbenchWindow window;
    private Display display;
    private CaptureSession session;

    @BeforeEach
    void findWorkbench() {
        window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        display = window.getShell().getDisplay();
        session = window.getService(CaptureSession.class);
    }

    @Test
    void theWindowIsSavedOnceTheCaptureIsAnalysedAndItsFirstConnectionCharted(@TempDir Path tmp) throws Exception {
        Path capture = TestCaptures.capture("impaired.pcap");
        Path file = tmp.resolve("new/folder/workbench.png");

        LaunchScreenshot.Result result = openAndShoot(capture, file, TIMEOUT);

        assertEquals(ExitCode.OK, result.exitCode(), result.error());
        assertNull(result.error());
        assertEquals(file, result.file());
        CaptureSnapshot snapshot = session.snapshot();
        assertEquals(Phase.LOADED, snapshot.phase());
        DetailView detail = (DetailView) window.getActivePage().findView(UiIds.DETAIL_VIEW);
        assertEquals(snapshot.selection(), detail.connection(), "the first connection is charted");
        assertNotNull(detail.chart(ChartKind.TIME_SEQUENCE));
        assertTrue(detail.isSettled(), "its chart was drawn");
        assertPngOfTheShell(file);
    }

    @Test
    void aDamagedCaptureIsShotAndReportedAsAnError(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("damaged.png");

        LaunchScreenshot.Result result = openAndShoot(TestCaptures.malformed("truncated_mid_record.pcap"), file,
                TIMEOUT);

        assertEquals(ExitCode.CAPTURE_ERROR, result.exitCode());
        assertTrue(result.error().contains("byte offset"), result.error());
        assertPngOfTheShell(file);
    }

    @Test
    void afterTheDeadlineTheWindowIsShotAsItIsAndTheRunFails(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("late.png");
        AtomicReference<LaunchScreenshot.Result> result = new AtomicReference<>();

        // A capture that is never opened: the wait can only end at the deadline.
        LaunchScreenshot.take(window, Optional.of(tmp.resolve("never-opened.pcap")), file, Duration.ofMillis(300),
                result::set);
        UiWait.until(display, TIMEOUT, "the deadline passes", () -> result.get() != null);

        assertEquals(ExitCode.SCREENSHOT_FAILED, result.get().exitCode());
        assertTrue(result.get().error().startsWith("timed out after 300 ms waiting for "), result.get().error());
        assertTrue(result.get().error().contains("never-opened.pcap to be opened"), result.get().error());
        assertPngOfTheShell(file);
    }

    /** Opens {@code capture} as {@code --open} does, then runs the screenshot routine and waits for its result. */
    private LaunchScreenshot.Result openAndShoot(Path capture, Path file, Duration timeout) {
        AtomicReference<LaunchScreenshot.Result> result = new AtomicReference<>();
        Path absolute = capture.toAbsolutePath().normalize();
        OpenCaptureCommand.execute(window, absolute);
        LaunchScreenshot.take(window, Optional.of(absolute), file, timeout, result::set);
        UiWait.until(display, timeout.plusSeconds(30), "the screenshot is taken", () -> result.get() != null);
        return result.get();
    }

    private void assertPngOfTheShell(Path file) {
        assertTrue(Files.isRegularFile(file), file + " exists");
        ImageData image = new ImageLoader().load(file.toString())[0];
        Shell shell = window.getShell();
        Rectangle visible = ShellScreenshot.visibleBounds(shell);
        assertEquals(shell.getSize().x, image.width, "the shell's width");
        assertEquals(visible.height, image.height, "the shell's height, without a title bar GTK only guesses");
        assertTrue(image.height >= shell.getClientArea().height && image.height <= shell.getSize().y,
                image.height + " between the client area's and the shell's height");
    }
}
