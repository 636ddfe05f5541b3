package org.offloadlab.experiment;

/**
 * Watches a run while it runs. The runner calls {@link #slice} on its own thread after every slice of simulated time
 * (10 ms or less; at most 1000 times per run, so on long runs after every few slices) and once more when the run ends,
 * with an immutable {@link RunSnapshot}. An implementation must return quickly and never block the run: a user
 * interface hands the snapshot over (e.g. {@link LatestSnapshot}) and merges it on its own thread at its own pace, so
 * slow drawing drops intermediate snapshots instead of slowing the run.
 */
public interface RunObserver {

    /** A snapshot of the run after a slice; {@link RunSnapshot#done()} on the last one. */
    void slice(RunSnapshot snapshot);

    /**
     * At most this many connection rows per snapshot (the first connections opened); bounded so a run with 100,000
     * connections hands over a small snapshot. The results keep up to the experiment's {@code recordConnections}.
     */
    default int maxConnectionRows() {
        return 200;
    }

    /** An observer that watches nothing: the runner builds no snapshots for it. */
    RunObserver NONE = snapshot -> {
    };
}
