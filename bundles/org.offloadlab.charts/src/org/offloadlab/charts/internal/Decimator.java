package org.offloadlab.charts.internal;

import java.util.Arrays;

/**
 * Thins long series so a chart draws about as many items as it has pixels, keeping what the eye would see: per x bucket
 * the first, last, lowest and highest point of a line (the "M4" rule), or one interval spanning the lowest low and
 * highest high of a bucket's intervals. Spikes, drops and extremes therefore survive decimation.
 */
public final class Decimator {

    /** Above this many items per dataset charts get slow to draw and to hover. */
    public static final int DEFAULT_LIMIT = 20_000;

    private Decimator() {
    }

    /**
     * Indices of the points to keep, ascending. All indices when there are at most {@code limit} points; otherwise at
     * most {@code limit}, at most four per bucket of {@code limit / 4} equal x ranges.
     */
    public static int[] lineIndices(double[] x, double[] y, int limit) {
        int n = x.length;
        if (n <= limit) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int buckets = Math.max(1, limit / 4);
        Buckets b = new Buckets(x, buckets);
        int[] first = filled(buckets);
        int[] last = filled(buckets);
        int[] min = filled(buckets);
        int[] max = filled(buckets);
        for (int i = 0; i < n; i++) {
            int k = b.of(x[i]);
            if (first[k] < 0) {
                first[k] = last[k] = min[k] = max[k] = i;
                continue;
            }
            last[k] = i;
            if (y[i] < y[min[k]]) {
                min[k] = i;
            }
            if (y[i] > y[max[k]]) {
                max[k] = i;
            }
        }
        boolean[] keep = new boolean[n];
        for (int k = 0; k < buckets; k++) {
            if (first[k] >= 0) {
                keep[first[k]] = keep[last[k]] = keep[min[k]] = keep[max[k]] = true;
            }
        }
        int count = 0;
        for (boolean k : keep) {
            count += k ? 1 : 0;
        }
        int[] out = new int[count];
        for (int i = 0, j = 0; i < n; i++) {
            if (keep[i]) {
                out[j++] = i;
            }
        }
        return out;
    }

    /**
     * Vertical intervals ({@code low[i]..high[i]} at {@code x[i]}) thinned to at most {@code limit}: each bucket of
     * equal x range becomes one interval at its first x spanning its lowest low and highest high.
     */
    public static Intervals intervals(double[] x, double[] low, double[] high, int limit) {
        int n = x.length;
        if (n <= limit) {
            return new Intervals(x.clone(), low.clone(), high.clone());
        }
        Buckets b = new Buckets(x, limit);
        double[] bx = new double[limit];
        double[] blow = new double[limit];
        double[] bhigh = new double[limit];
        boolean[] used = new boolean[limit];
        for (int i = 0; i < n; i++) {
            int k = b.of(x[i]);
            if (!used[k]) {
                used[k] = true;
                bx[k] = x[i];
                blow[k] = low[i];
                bhigh[k] = high[i];
            } else {
                bx[k] = Math.min(bx[k], x[i]);
                blow[k] = Math.min(blow[k], low[i]);
                bhigh[k] = Math.max(bhigh[k], high[i]);
            }
        }
        int count = 0;
        for (boolean u : used) {
            count += u ? 1 : 0;
        }
        Intervals out = new Intervals(new double[count], new double[count], new double[count]);
        for (int k = 0, j = 0; k < limit; k++) {
            if (used[k]) {
                out.x[j] = bx[k];
                out.low[j] = blow[k];
                out.high[j] = bhigh[k];
                j++;
            }
        }
        return out;
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    /** Parallel arrays of vertical intervals. */
    public record Intervals(double[] x, double[] low, double[] high) {

        public int size() {
            return x.length;
        }
    }

    /** Maps x to one of {@code count} equal-width buckets over the data's x range; input need not be sorted. */
    private static final class Buckets {
        private final double min;
        private final double scale;
        private final int count;

        Buckets(double[] x, int count) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : x) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            this.min = lo;
            this.count = count;
            this.scale = hi > lo ? count / (hi - lo) : 0;
        }

        int of(double x) {
            return (int) Math.min(count - 1, Math.max(0, (x - min) * scale));
        }
    }
}
