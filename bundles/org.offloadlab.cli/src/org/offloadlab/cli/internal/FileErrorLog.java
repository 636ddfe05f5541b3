package org.offloadlab.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.function.Function;

/**
 * Appends internal errors with their stack traces to a log file and returns the file's name, so that the user sees one
 * line and a bug report can still carry the whole trace.
 */
final class FileErrorLog implements Function<Throwable, String> {

    private final Path file;
    private final String commandLine;

    FileErrorLog(Path file, String commandLine) {
        this.file = file;
        this.commandLine = commandLine;
    }

    /** {@code -Doffloadlab.cli.log=FILE} wins; else {@code offloadlab-cli.log} in the temp directory. */
    static Path defaultFile() {
        String configured = System.getProperty("offloadlab.cli.log");
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "offloadlab-cli.log");
    }

    @Override
    public String apply(Throwable error) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            out.printf("%s internal error in: %s%n", Instant.now(), commandLine);
            error.printStackTrace(out);
            out.println();
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toString();
    }
}
