package org.offloadlab.sim.app;

/**
 * A fixed-size log-linear histogram of non-negative durations in nanoseconds (16 sub-buckets per power of two, so a
 * percentile is exact to within 1/16 ≈ 6 %), plus exact count, min, max and mean. Memory stays constant however many
 * samples are recorded.
 */
public final class LatencyHistogram {

    private static final int SUB = 16;
    private final long[] counts = new long[64 * SUB];
    private long count;
    private long min = Long.MAX_VALUE;
    private long max;
    private double sum;

    public void record(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("latency must be >= 0 ns, got " + nanos);
        }
        counts[index(nanos)]++;
        count++;
        min = Math.min(min, nanos);
        max = Math.max(max, nanos);
        sum += nanos;
    }

    private static int index(long v) {
        if (v < SUB) {
            return (int) v;
        }
        int e = 63 - Long.numberOfLeadingZeros(v); // >= 4
        return (e - 3) * SUB + (int) ((v >>> (e - 4)) & (SUB - 1));
    }

    /** Largest value that falls into bucket {@code i}. */
    private static long upperBound(int i) {
        if (i < SUB) {
            return i;
        }
        int e = i / SUB + 3;
        long sub = i % SUB;
        return ((SUB + sub + 1) << (e - 4)) - 1;
    }

    public long count() {
        return count;
    }

    public long min() {
        return count == 0 ? 0 : min;
    }

    public long max() {
        return max;
    }

    public double mean() {
        return count == 0 ? 0 : sum / count;
    }

    /** The value at or below which {@code q} (0..1) of the samples lie, to within the bucket width. */
    public long percentile(double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("percentile must be in [0, 1], got " + q);
        }
        if (count == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(q * count));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.min(max, Math.max(min, upperBound(i)));
            }
        }
        return max;
    }

    @Override
    public String toString() {
        return String.format("n=%d min=%d p50=%d p99=%d max=%d mean=%.0f ns", count, min(), percentile(0.5),
                percentile(0.99), max, mean());
    }
}
