package org.offloadlab.ui.internal.app;

import java.nio.file.Path;
import java.util.Optional;

import org.offloadlab.ui.internal.handlers.CaptureFileNames;

/**
 * The application's own command-line arguments (those the launcher did not consume): {@code --open FILE} (also
 * {@code --open=FILE}), or a bare path ending in {@code .pcap}, {@code .pcapng} or {@code .cap}. The last one given
 * wins; anything else is ignored, since the platform passes through arguments of its own.
 */
public record LaunchArguments(Optional<Path> capture) {

    public static LaunchArguments parse(String[] args) {
        Path capture = null;
        for (int i = 0; args != null && i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--open") && i + 1 < args.length) {
                capture = Path.of(args[++i]);
            } else if (arg.startsWith("--open=")) {
                capture = Path.of(arg.substring("--open=".length()));
            } else if (!arg.startsWith("-") && CaptureFileNames.isCapture(arg)) {
                capture = Path.of(arg);
            }
        }
        return new LaunchArguments(Optional.ofNullable(capture).map(p -> p.toAbsolutePath().normalize()));
    }
}
