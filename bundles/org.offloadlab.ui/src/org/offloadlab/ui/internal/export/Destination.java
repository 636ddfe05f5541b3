package org.offloadlab.ui.internal.export;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Checks a destination folder as typed into the wizard: it must be an absolute path to a writable folder, or to a
 * folder that can be created in a writable one.
 *
 * @param folder
 *            the folder, or null when {@code problem} is set
 * @param problem
 *            why it cannot be used, or null
 * @param created
 *            the folder does not exist yet and the export creates it
 */
public record Destination(Path folder, String problem, boolean created) {

    /** Checks {@code text}; never throws. */
    public static Destination check(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return bad("Enter the destination folder.");
        }
        Path folder;
        try {
            folder = Path.of(typed);
        } catch (InvalidPathException e) {
            return bad("'" + typed + "' is not a valid path: " + e.getReason() + ".");
        }
        if (!folder.isAbsolute()) {
            return bad("Enter the destination folder as an absolute path, not '" + typed + "'.");
        }
        folder = folder.normalize();
        if (Files.exists(folder)) {
            if (!Files.isDirectory(folder)) {
                return bad(folder + " is a file, not a folder.");
            }
            if (!Files.isWritable(folder)) {
                return bad("The folder " + folder + " is not writable.");
            }
            return new Destination(folder, null, false);
        }
        Path existing = folder.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return bad(folder + " cannot be created: none of its parent folders exists.");
        }
        if (!Files.isDirectory(existing)) {
            return bad(folder + " cannot be created: " + existing + " is a file.");
        }
        if (!Files.isWritable(existing)) {
            return bad(folder + " cannot be created: " + existing + " is not writable.");
        }
        return new Destination(folder, null, true);
    }

    private static Destination bad(String problem) {
        return new Destination(null, problem, false);
    }
}
