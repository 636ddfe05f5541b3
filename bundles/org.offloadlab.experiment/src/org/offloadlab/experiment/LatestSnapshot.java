package org.offloadlab.experiment;

/**
 * A {@link RunObserver} that only keeps the newest snapshot, for a user interface that polls (e.g. a UI timer every 100
 * ms): the run thread never waits for the reader, and the reader never sees a half-built snapshot.
 */
public final class LatestSnapshot implements RunObserver {

    private final int maxConnectionRows;
    private volatile RunSnapshot latest;

    /** Keeps up to {@code maxConnectionRows} connection rows per snapshot. */
    public LatestSnapshot(int maxConnectionRows) {
        if (maxConnectionRows < 0) {
            throw new IllegalArgumentException("maxConnectionRows must be >= 0, got " + maxConnectionRows);
        }
        this.maxConnectionRows = maxConnectionRows;
    }

    @Override
    public void slice(RunSnapshot snapshot) {
        latest = snapshot;
    }

    @Override
    public int maxConnectionRows() {
        return maxConnectionRows;
    }

    /** The newest snapshot, or null before the first slice. */
    public RunSnapshot latest() {
        return latest;
    }
}
