package org.offloadlab.ui.internal.app;

import java.nio.file.Path;
import java.util.Optional;

import org.offloadlab.ui.internal.handlers.CaptureFileNames;

/**
 * The application's own command-line arguments (those the launcher did not consume): {@code --open FILE} (also
 * {@code --open=FILE}), or a bare path ending in {@code .pcap}, {@code .pcapng} or {@code .cap}; and
 * {@code --screenshot FILE} (also {@code --screenshot=FILE}). The last one given wins; anything else is ignored, since
 * the platform passes through arguments of its own. Paths are made absolute against the working directory.
 *
 * @param capture
 *            the capture to open once the window is open
 * @param screenshot
 *            where to save a PNG of the window once the capture is shown, after which the workbench exits
 */
public record LaunchArguments(Optional<Path> capture, Optional<Path> screenshot) {

    static final String OPEN = "--open";
    static final String SCREENSHOT = "--screenshot";

    /**
     * @throws IllegalArgumentException
     *             when {@code --screenshot} has no value (nothing follows it, or an option does)
     */
    public static LaunchArguments parse(String[] args) {
        Path capture = null;
        Path screenshot = null;
        for (int i = 0; args != null && i < args.length; i++) {
            String arg = args[i];
            if (arg.equals(OPEN) && i + 1 < args.length) {
                capture = Path.of(args[++i]);
            } else if (arg.startsWith(OPEN + "=")) {
                capture = Path.of(arg.substring(OPEN.length() + 1));
            } else if (arg.equals(SCREENSHOT)) {
                screenshot = Path.of(value(SCREENSHOT, i + 1 < args.length ? args[++i] : ""));
            } else if (arg.startsWith(SCREENSHOT + "=")) {
                screenshot = Path.of(value(SCREENSHOT, arg.substring(SCREENSHOT.length() + 1)));
            } else if (!arg.startsWith("-") && CaptureFileNames.isCapture(arg)) {
                capture = Path.of(arg);
            }
        }
        return new LaunchArguments(absolute(capture), absolute(screenshot));
    }

    private static String value(String option, String value) {
        if (value.isEmpty() || value.startsWith("-")) {
            throw new IllegalArgumentException(option + " needs a file name, as in " + option + " workbench.png");
        }
        return value;
    }

    private static Optional<Path> absolute(Path path) {
        return Optional.ofNullable(path).map(p -> p.toAbsolutePath().normalize());
    }
}
