package org.offloadlab.ui.internal.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.offloadlab.ui.internal.ShellScreenshot;
import org.offloadlab.ui.internal.app.CaptureShown.Outcome;

/**
 * The {@code --screenshot FILE} option: once the window shows the capture given with {@code --open} (see
 * {@link CaptureShown}), or the deadline has passed, saves a PNG of the window and reports how it went. Exiting is left
 * to the caller, so a test can run it in a workbench that stays open.
 */
final class LaunchScreenshot {

    /** Analysing a large capture and charting its first connection can take a while; a hung one must not block CI. */
    static final Duration TIMEOUT = Duration.ofSeconds(120);

    /**
     * @param file
     *            the PNG written (absolute), {@code null} if none was
     * @param exitCode
     *            the {@link ExitCode} for the process
     * @param error
     *            what went wrong, for standard error; {@code null} when nothing did
     */
    record Result(Path file, int exitCode, String error) {
    }

    private LaunchScreenshot() {
    }

    /** Saves {@code window} into {@code file} once it shows {@code capture}, then calls {@code done}; UI thread. */
    static void take(IWorkbenchWindow window, Optional<Path> capture, Path file, Duration timeout,
            Consumer<Result> done) {
        CaptureShown.await(window, capture, timeout,
                outcome -> done.accept(shoot(window.getShell(), file, outcome, timeout)));
    }

    private static Result shoot(Shell shell, Path file, Outcome outcome, Duration timeout) {
        if (shell == null || shell.isDisposed()) {
            return new Result(null, ExitCode.SCREENSHOT_FAILED, "the window was closed before the screenshot");
        }
        shell.update(); // paints what is still pending, such as a label changed in the same round of events
        Path saved;
        try {
            saved = ShellScreenshot.save(shell, file);
        } catch (IOException e) {
            return new Result(null, ExitCode.SCREENSHOT_FAILED,
                    "cannot write the screenshot " + file + ": " + e.getMessage());
        }
        if (outcome.timedOut()) {
            return new Result(saved, ExitCode.SCREENSHOT_FAILED,
                    "timed out after " + seconds(timeout) + " waiting for " + outcome.pending());
        }
        IStatus status = outcome.snapshot().status();
        if (status.getSeverity() == IStatus.ERROR) {
            return new Result(saved, ExitCode.CAPTURE_ERROR, status.getMessage());
        }
        return new Result(saved, ExitCode.OK, null);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
