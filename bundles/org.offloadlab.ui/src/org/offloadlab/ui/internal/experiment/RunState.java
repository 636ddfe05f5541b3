package org.offloadlab.ui.internal.experiment;

/** Where a run of the experiment session is. */
public enum RunState {
    /** Nothing has run yet. */
    IDLE,
    /** A run is simulating. */
    RUNNING,
    /** A run waits for resume or step. */
    PAUSED,
    /** A run ended: finished, stopped by its duration or cancelled; results are there. */
    DONE,
    /** A run could not start or broke: the snapshot's error says why. */
    FAILED;

    /** Whether a run is under way (running or paused). */
    public boolean active() {
        return this == RUNNING || this == PAUSED;
    }
}
