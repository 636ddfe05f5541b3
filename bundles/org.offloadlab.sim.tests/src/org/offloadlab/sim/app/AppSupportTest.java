package org.offloadlab.sim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;

import org.junit.jupiter.api.Test;
import org.offloadlab.sim.RandomStream;

class AppSupportTest {

    @Test
    void distributionsHaveTheirMeans() {
        RandomStream r = new RandomStream(1, "d");
        assertMean(Distribution.constant(7), r, 7, 0);
        assertMean(Distribution.exponential(100), r, 100, 2);
        assertMean(Distribution.uniform(10, 30), r, 20, 0.3);
        assertMean(Distribution.pareto(100, 3), r, 150, 4);
        assertEquals(Double.POSITIVE_INFINITY, Distribution.pareto(1, 1).mean());
        Distribution capped = Distribution.pareto(1, 0.5, 1000);
        for (int i = 0; i < 10_000; i++) {
            double x = capped.sample(r);
            assertTrue(x >= 1 && x <= 1000);
        }
    }

    private static void assertMean(Distribution d, RandomStream r, double mean, double tolerance) {
        double sum = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            sum += d.sample(r);
        }
        assertEquals(mean, sum / n, tolerance, d.toString());
        assertEquals(mean, d.mean(), 1e-9);
    }

    @Test
    void distributionParametersAreValidated() {
        assertEquals("exponential distribution mean must be finite and > 0, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> Distribution.exponential(-1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Distribution.uniform(5, 1));
        assertThrows(IllegalArgumentException.class, () -> Distribution.pareto(0, 1));
        assertThrows(IllegalArgumentException.class, () -> Distribution.constant(Double.NaN));
    }

    @Test
    void patternIsRandomAccessAndDetectsDamage() {
        long seed = DataPattern.seed(42, 7, true);
        assertNotEquals(seed, DataPattern.seed(42, 7, false));
        assertNotEquals(seed, DataPattern.seed(42, 8, true));
        ByteBuffer b = ByteBuffer.allocate(1000);
        DataPattern.fill(seed, 13, b, 1000);
        for (int i = 0; i < 1000; i++) {
            assertEquals(DataPattern.at(seed, 13 + i), b.get(i));
        }
        assertEquals(0, DataPattern.mismatches(seed, 13, b.array(), 0, 1000));
        assertEquals(1000 - 1, DataPattern.mismatches(seed, 14, b.array(), 0, 1000), 8, "shifted by one octet");
        b.put(500, (byte) ~b.get(500));
        assertEquals(1, DataPattern.mismatches(seed, 13, b.array(), 0, 1000));
    }

    /** fill and mismatches work a word at a time between octet-by-octet edges: every alignment and length. */
    @Test
    void patternWordPathsMatchTheOctetDefinition() {
        long seed = DataPattern.seed(3, 1, false);
        RandomStream r = new RandomStream(5, "pattern");
        for (long offset = 0; offset < 24; offset++) {
            for (int n = 0; n < 40; n++) {
                ByteBuffer b = ByteBuffer.allocate(n + 5);
                b.position(3);
                DataPattern.fill(seed, offset, b, n);
                assertEquals(3 + n, b.position());
                for (int i = 0; i < n; i++) {
                    assertEquals(DataPattern.at(seed, offset + i), b.get(3 + i), "offset " + offset + " octet " + i);
                }
                assertEquals(0, DataPattern.mismatches(seed, offset, b.array(), 3, n));
                int flips = n == 0 ? 0 : 1 + r.nextInt(Math.min(n, 5));
                int[] damage = new int[n];
                for (int k = 0; k < flips; k++) {
                    int at = r.nextInt(n);
                    int bit = 1 << r.nextInt(8);
                    b.put(3 + at, (byte) (b.get(3 + at) ^ bit));
                    damage[at] ^= bit;
                }
                int damaged = (int) java.util.Arrays.stream(damage).filter(d -> d != 0).count();
                assertEquals(damaged, DataPattern.mismatches(seed, offset, b.array(), 3, n), "offset " + offset);
            }
        }
    }

    @Test
    void histogramPercentilesWithinBucketWidth() {
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 1; i <= 10_000; i++) {
            h.record(i * 1000L);
        }
        assertEquals(10_000, h.count());
        assertEquals(1000, h.min());
        assertEquals(10_000_000, h.max());
        assertEquals(5_000_500, h.mean(), 1e-6);
        assertEquals(5_000_000, h.percentile(0.5), 5_000_000 / 16.0);
        assertEquals(9_900_000, h.percentile(0.99), 9_900_000 / 16.0);
        assertEquals(10_000_000, h.percentile(1));
        assertThrows(IllegalArgumentException.class, () -> h.record(-1));
    }
}
