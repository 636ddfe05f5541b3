package org.offloadlab.charts.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.offloadlab.charts.internal.Decimator.Intervals;

class DecimatorTest {

    @Test
    void smallSeriesAreKeptWhole() {
        double[] x = {0, 1, 2};
        assertArrayEquals(new int[]{0, 1, 2}, Decimator.lineIndices(x, new double[]{5, 4, 3}, 10));
        Intervals kept = Decimator.intervals(x, new double[]{0, 1, 2}, new double[]{1, 2, 3}, 10);
        assertArrayEquals(x, kept.x());
    }

    @Test
    void lineDecimationKeepsEveryBucketsExtremesAndEnds() {
        int n = 1_000_000;
        Random random = new Random(42);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.001;
            y[i] = random.nextGaussian();
        }
        y[123_457] = 1e6;
        y[876_543] = -1e6;

        int[] kept = Decimator.lineIndices(x, y, 20_000);

        assertTrue(kept.length <= 20_000, "kept " + kept.length);
        assertTrue(kept.length > 15_000, "kept " + kept.length);
        assertTrue(Arrays.binarySearch(kept, 123_457) >= 0, "spike kept");
        assertTrue(Arrays.binarySearch(kept, 876_543) >= 0, "drop kept");
        assertEquals(0, kept[0]);
        assertEquals(n - 1, kept[kept.length - 1]);
        for (int i = 1; i < kept.length; i++) {
            assertTrue(kept[i] > kept[i - 1], "ascending, no duplicates");
        }
        // Each bucket of 200 consecutive points (5000 buckets over an even x spread) keeps its own min and max.
        for (int bucket = 0; bucket < 5000; bucket += 97) {
            int from = bucket * 200;
            int min = from;
            int max = from;
            for (int i = from; i < from + 200; i++) {
                min = y[i] < y[min] ? i : min;
                max = y[i] > y[max] ? i : max;
            }
            assertTrue(Arrays.binarySearch(kept, min) >= 0, "bucket " + bucket + " min");
            assertTrue(Arrays.binarySearch(kept, max) >= 0, "bucket " + bucket + " max");
        }
    }

    @Test
    void intervalDecimationCoversTheSameRange() {
        int n = 100_000;
        double[] x = new double[n];
        double[] low = new double[n];
        double[] high = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            low[i] = i * 10.0;
            high[i] = i * 10.0 + 10;
        }
        low[5] = -500;
        high[70_000] = 5e9;

        Intervals kept = Decimator.intervals(x, low, high, 1000);

        assertEquals(1000, kept.size());
        assertEquals(-500, Arrays.stream(kept.low()).min().orElseThrow());
        assertEquals(5e9, Arrays.stream(kept.high()).max().orElseThrow());
        assertEquals(0, kept.x()[0]);
        // Buckets chain without gaps: each bucket's low is the previous bucket's high.
        for (int i = 1; i < kept.size(); i++) {
            if (kept.low()[i] > 0 && kept.high()[i - 1] < 1e9) {
                assertEquals(kept.high()[i - 1], kept.low()[i], 1e-9);
            }
        }
    }

    @Test
    void constantXDoesNotDivideByZero() {
        double[] x = new double[50_000];
        double[] y = new double[50_000];
        y[49_999] = 7;
        int[] kept = Decimator.lineIndices(x, y, 100);
        assertTrue(kept.length <= 4);
        assertTrue(Arrays.binarySearch(kept, 49_999) >= 0);
    }
}
