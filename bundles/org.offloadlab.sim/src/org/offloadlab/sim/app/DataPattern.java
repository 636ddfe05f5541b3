package org.offloadlab.sim.app;

import java.nio.ByteBuffer;

/**
 * The bytes a workload sends: a pseudo-random stream determined by a seed and the offset in the stream, so a receiver
 * can check every byte without the sender's copy, and a lost, duplicated, reordered or corrupted byte that reached the
 * application shows up as a mismatch. Octet {@code i} is byte {@code i mod 8} of SplitMix64(seed + ⌊i/8⌋·γ).
 */
public final class DataPattern {

    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    private DataPattern() {
    }

    /** The seed of one direction of one connection of a workload. */
    public static long seed(long workloadSeed, long connectionId, boolean clientToServer) {
        return mix(mix(workloadSeed ^ mix(connectionId + GAMMA)) + (clientToServer ? 1 : 2));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Octet {@code offset} of the stream. */
    public static byte at(long seed, long offset) {
        return (byte) (mix(seed + (offset >>> 3) * GAMMA) >>> ((offset & 7) << 3));
    }

    /** Writes octets {@code offset .. offset+n-1} into {@code dst} at its position (a heap buffer), advancing it. */
    public static void fill(long seed, long offset, ByteBuffer dst, int n) {
        byte[] a = dst.array();
        int p = dst.arrayOffset() + dst.position();
        long block = offset >>> 3;
        long bits = mix(seed + block * GAMMA);
        for (int i = 0; i < n; i++) {
            long o = offset + i;
            if (o >>> 3 != block) {
                block = o >>> 3;
                bits = mix(seed + block * GAMMA);
            }
            a[p + i] = (byte) (bits >>> ((o & 7) << 3));
        }
        dst.position(dst.position() + n);
    }

    /** How many of {@code a[from .. from+n-1]} differ from octets {@code offset ..} of the stream. */
    public static int mismatches(long seed, long offset, byte[] a, int from, int n) {
        int bad = 0;
        long block = offset >>> 3;
        long bits = mix(seed + block * GAMMA);
        for (int i = 0; i < n; i++) {
            long o = offset + i;
            if (o >>> 3 != block) {
                block = o >>> 3;
                bits = mix(seed + block * GAMMA);
            }
            if (a[from + i] != (byte) (bits >>> ((o & 7) << 3))) {
                bad++;
            }
        }
        return bad;
    }
}
