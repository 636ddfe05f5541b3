package org.offloadlab.ui.internal.session;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.analysis.ConnectionSummary;

/**
 * What the workbench shows at one moment: the open capture, how far loading got, its result and the selected
 * connection. Immutable; views render snapshots and never reach into the session's mutable state.
 *
 * @param file
 *            the capture, {@code null} before the first open
 * @param phase
 *            where loading stands
 * @param result
 *            the analysis, possibly partial (damaged or cancelled capture); {@code null} while loading or failed
 * @param status
 *            outcome for the user: OK, WARNING (undecodable frames), ERROR (damage, with the offset; or failure),
 *            CANCEL
 * @param selection
 *            the selected connection, {@code null} for none
 */
public record CaptureSnapshot(Path file, Phase phase, AnalysisResult result, IStatus status,
        ConnectionSummary selection) {

    /** Loading progress of the capture. */
    public enum Phase {
        /** Nothing opened yet. */
        EMPTY,
        /** A job is analysing {@link CaptureSnapshot#file()}. */
        LOADING,
        /** Analysed, completely or up to damage or cancellation; {@link CaptureSnapshot#result()} is set. */
        LOADED,
        /** Could not be analysed at all; {@link CaptureSnapshot#status()} says why. */
        FAILED
    }

    static final CaptureSnapshot EMPTY = new CaptureSnapshot(null, Phase.EMPTY, null, Status.OK_STATUS, null);

    /** The connections of the result, empty when there is none. */
    public List<ConnectionSummary> connections() {
        return result == null ? List.of() : result.connections();
    }

    CaptureSnapshot withSelection(ConnectionSummary connection) {
        return new CaptureSnapshot(file, phase, result, status, connection);
    }
}
