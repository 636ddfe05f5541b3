package org.offloadlab.ui.internal.detail;

import org.offloadlab.analysis.ConnectionSummary;

/** Throughput bin width for a connection: about 150 bins over its duration, rounded to 1, 2 or 5 × 10ⁿ ns. */
final class ThroughputBins {

    static final int TARGET_BINS = 150;
    static final long MIN_NANOS = 10_000; // 10 µs: finer bins only show single segments

    private ThroughputBins() {
    }

    static long of(ConnectionSummary connection) {
        long raw = Math.max(MIN_NANOS, connection.durationNanos() / TARGET_BINS);
        long decade = 1;
        while (decade <= raw / 10) {
            decade *= 10;
        }
        for (long step : new long[]{1, 2, 5, 10}) {
            if (step * decade >= raw) {
                return step * decade;
            }
        }
        return 10 * decade;
    }
}
