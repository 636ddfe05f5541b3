package org.offloadlab.dma;

import java.util.Arrays;

/**
 * A log-linear histogram of non-negative longs: exact below 4, then four buckets per power of two (≤ 25 % relative
 * bucket width), 248 buckets in all, so recording is a few bit operations and never allocates.
 */
public final class Histogram {

    /** Exact 0..3, then four per power of two from 2^2 to 2^62 (a positive long is below 2^63). */
    private static final int BUCKETS = 4 + 61 * 4;

    private final long[] counts;
    private long count;
    private long sum;
    private long max;

    /** An empty histogram. */
    public Histogram() {
        counts = new long[BUCKETS];
    }

    private Histogram(Histogram other) {
        counts = other.counts.clone();
        count = other.count;
        sum = other.sum;
        max = other.max;
    }

    /** Records one value (negative values count as 0). */
    public void record(long value) {
        long v = Math.max(0, value);
        counts[bucket(v)]++;
        count++;
        sum += v;
        max = Math.max(max, v);
    }

    static int bucket(long v) {
        if (v < 4) {
            return (int) v;
        }
        int e = 63 - Long.numberOfLeadingZeros(v);
        int sub = (int) (v >>> (e - 2)) & 3;
        return 4 + (e - 2) * 4 + sub;
    }

    /** Smallest value of bucket {@code i}. */
    public static long bucketLow(int i) {
        if (i < 4) {
            return i;
        }
        int e = (i - 4) / 4 + 2;
        int sub = (i - 4) % 4;
        return (4L | sub) << (e - 2);
    }

    /** Number of buckets. */
    public static int bucketCount() {
        return BUCKETS;
    }

    /** Values recorded in bucket {@code i}. */
    public long bucket(int i) {
        return counts[i];
    }

    /** Values recorded. */
    public long count() {
        return count;
    }

    /** Sum of the values. */
    public long sum() {
        return sum;
    }

    /** Largest value, 0 when empty. */
    public long max() {
        return max;
    }

    /** Exact mean, 0 when empty. */
    public double mean() {
        return count == 0 ? 0 : (double) sum / count;
    }

    /**
     * The value below which a fraction {@code q} (0..1) of the recorded values lie, as the upper edge of its bucket
     * (never above the maximum): conservative by at most one bucket width.
     */
    public long percentile(double q) {
        if (count == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(q * count);
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= Math.max(1, rank)) {
                long high = i + 1 < BUCKETS ? bucketLow(i + 1) - 1 : Long.MAX_VALUE;
                return Math.min(high, max);
            }
        }
        return max;
    }

    /** An independent copy. */
    public Histogram copy() {
        return new Histogram(this);
    }

    /** Adds everything of {@code other}. */
    public void add(Histogram other) {
        for (int i = 0; i < BUCKETS; i++) {
            counts[i] += other.counts[i];
        }
        count += other.count;
        sum += other.sum;
        max = Math.max(max, other.max);
    }

    /** A hash of the contents, for trace comparison. */
    public long contentHash() {
        return Arrays.hashCode(counts) * 31L + count * 17 + sum;
    }
}
