package org.offloadlab.ui.internal.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

import org.offloadlab.model.io.ModelFileException;

/** A file of an export could not be written; the message names it and says why, in words for the user. */
public final class ExportException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** {@code file} could not be written because of {@code cause}. */
    public ExportException(Path file, IOException cause) {
        super(message(file, cause), cause);
        this.file = file;
    }

    /** {@code file} could not be written for {@code reason}, in words for the user. */
    public ExportException(Path file, String reason) {
        super("Cannot write " + file + ": " + reason);
        this.file = file;
    }

    /** The file (or folder) that could not be written. */
    public Path file() {
        return file;
    }

    private static String message(Path file, IOException cause) {
        if (cause instanceof ModelFileException) {
            // already "FILE: reason"
            return "Cannot write " + cause.getMessage();
        }
        return "Cannot write " + file + ": " + reason(cause);
    }

    /**
     * Why an I/O operation failed. The NIO exceptions carry the path as their message, which says nothing once the path
     * is already named, so their kind is translated.
     */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof NotDirectoryException) {
            return "a file is in the way of a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a folder of that name is in the way";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
