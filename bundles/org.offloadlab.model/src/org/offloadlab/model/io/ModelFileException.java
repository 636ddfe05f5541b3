package org.offloadlab.model.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An experiment or results file could not be read or written. The message names the file and, for parse errors, the
 * line and column, so the command line can print it as it is.
 */
public final class ModelFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** A problem with {@code file}; {@code reason} says what, in words for the user. */
    public ModelFileException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    /** A problem with {@code file} caused by {@code cause}. */
    public ModelFileException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    /** The file the problem is about. */
    public Path file() {
        return file;
    }
}
