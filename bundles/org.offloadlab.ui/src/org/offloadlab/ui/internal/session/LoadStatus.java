package org.offloadlab.ui.internal.session;

import java.util.Locale;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.analysis.CaptureProblem;
import org.offloadlab.ui.internal.UiIds;

/** Turns an analysis outcome into the one-sentence status the user reads. */
final class LoadStatus {

    private LoadStatus() {
    }

    static IStatus of(AnalysisResult result) {
        String name = result.file() == null ? "The capture" : result.file().getFileName().toString();
        int connections = result.connections().size();
        CaptureProblem fatal = result.problems().stream().filter(CaptureProblem::fatal).findFirst().orElse(null);
        if (fatal != null) {
            return new Status(IStatus.ERROR, UiIds.BUNDLE, String.format(Locale.ROOT,
                    "%s is damaged at byte offset %,d%s: %s. Showing the %,d %s read before the damage.", name,
                    fatal.offset(), fatal.frame() > 0 ? String.format(Locale.ROOT, " (frame %,d)", fatal.frame()) : "",
                    sentence(fatal.message()), connections, plural(connections)));
        }
        if (result.cancelled()) {
            return new Status(IStatus.CANCEL, UiIds.BUNDLE,
                    String.format(Locale.ROOT,
                            "Loading %s was cancelled after %,d frames. Showing the %,d %s read so far.",
                            name, result.frames(), connections, plural(connections)));
        }
        String summary = String.format(Locale.ROOT, "%s: %,d %s in %,d TCP frames (%,d frames in all).", name,
                connections, plural(connections), result.tcpFrames(), result.frames());
        if (!result.problems().isEmpty()) {
            CaptureProblem first = result.problems().get(0);
            long count = result.problems().size() + result.problemsDropped();
            return new Status(IStatus.WARNING, UiIds.BUNDLE,
                    String.format(Locale.ROOT, "%s %,d frames could not be decoded; the first at byte offset %,d: %s.",
                            summary, count, first.offset(), sentence(first.message())));
        }
        return new Status(IStatus.OK, UiIds.BUNDLE, summary);
    }

    static IStatus error(String message) {
        return new Status(IStatus.ERROR, UiIds.BUNDLE, message);
    }

    /** An exception as a user reads it: its message, or its kind when it has none. */
    static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String sentence(String message) {
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }

    private static String plural(int connections) {
        return connections == 1 ? "connection" : "connections";
    }
}
