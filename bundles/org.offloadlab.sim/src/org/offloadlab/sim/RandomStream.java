package org.offloadlab.sim;

import java.nio.charset.StandardCharsets;

/**
 * A seeded random number stream (xoshiro256**, seeded through SplitMix64) owned by one component. Streams are derived
 * from the experiment seed and the component's name, never from each other, so adding a component or drawing more
 * numbers in one component does not change any other component's randomness. The algorithm is written out here rather
 * than taken from {@code java.util} so a seed gives the same sequence on every JVM.
 */
public final class RandomStream {

    private long s0;
    private long s1;
    private long s2;
    private long s3;

    /** A stream for {@code name} under {@code seed}. */
    public RandomStream(long seed, String name) {
        long x = seed ^ fnv1a(name);
        s0 = splitMix(x += 0x9E3779B97F4A7C15L);
        s1 = splitMix(x += 0x9E3779B97F4A7C15L);
        s2 = splitMix(x += 0x9E3779B97F4A7C15L);
        s3 = splitMix(x + 0x9E3779B97F4A7C15L);
    }

    private static long fnv1a(String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return h;
    }

    private static long splitMix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** 64 uniformly distributed bits. */
    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound), {@code bound > 0}; unbiased (Lemire's method). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long m = (nextLong() >>> 32) * bound;
        if ((m & 0xffffffffL) < bound) {
            long threshold = (0x1_0000_0000L - bound) % bound;
            while ((m & 0xffffffffL) < threshold) {
                m = (nextLong() >>> 32) * bound;
            }
        }
        return (int) (m >>> 32);
    }

    /** True with probability {@code p}. */
    public boolean chance(double p) {
        return p > 0 && nextDouble() < p;
    }

    /** Exponentially distributed with the given mean (inverse transform). */
    public double exponential(double mean) {
        return -mean * Math.log1p(-nextDouble());
    }
}
