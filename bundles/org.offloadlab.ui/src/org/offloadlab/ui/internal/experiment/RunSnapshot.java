package org.offloadlab.ui.internal.experiment;

import java.util.List;

import org.offloadlab.model.Experiment;
import org.offloadlab.model.Results;

/**
 * What the views show of the session's run at one moment: immutable, produced by the run's job and merged by
 * {@link UiThrottle} before it reaches the UI thread.
 *
 * @param experiment
 *            the experiment's name
 * @param state
 *            where the run is
 * @param virtualNanos
 *            simulated time reached
 * @param totalNanos
 *            the experiment's duration in virtual nanoseconds (0 before the run began)
 * @param setup
 *            the experiment as it was run (a copy), or null for a loaded results file
 * @param live
 *            the runner's latest live snapshot (metrics, series, connection rows, failovers so far), or null
 * @param results
 *            the run's results once it ended (or a loaded results file), else null
 * @param notes
 *            what the run could not do as described
 * @param message
 *            a one-line status or, for {@link RunState#FAILED}, the error
 */
public record RunSnapshot(String experiment, RunState state, long virtualNanos, long totalNanos, Experiment setup,
        org.offloadlab.experiment.RunSnapshot live, Results results,
        List<String> notes, String message) {

    /** Nothing has run. */
    public static final RunSnapshot IDLE = new RunSnapshot("", RunState.IDLE, 0, 0, null, null, null, List.of(),
            "No experiment has run yet: open one in the Experiments view and press Run.");

    /** Progress as a fraction 0..1. */
    public double fraction() {
        return totalNanos <= 0 ? 0 : Math.min(1.0, (double) virtualNanos / totalNanos);
    }
}
