package org.offloadlab.ui.internal.app;

/** The workbench's process exit codes; they match the command line's where the meaning is the same. */
final class ExitCode {

    static final int OK = 0;
    /** {@code --screenshot}: the capture could not be loaded, or only up to damage. */
    static final int CAPTURE_ERROR = 1;
    /** Bad command line, such as an option without its value. */
    static final int USAGE = 2;
    /**
     * {@code --screenshot}: no screenshot of the loaded capture: the wait timed out, the window closed, or the file
     * could not be written.
     */
    static final int SCREENSHOT_FAILED = 3;

    private ExitCode() {
    }
}
