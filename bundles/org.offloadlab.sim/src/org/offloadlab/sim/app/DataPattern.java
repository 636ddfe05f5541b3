package org.offloadlab.sim.app;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The bytes a workload sends: a pseudo-random stream determined by a seed and the offset in the stream, so a receiver
 * can check every byte without the sender's copy, and a lost, duplicated, reordered or corrupted byte that reached the
 * application shows up as a mismatch. Octet {@code i} is byte {@code i mod 8} of SplitMix64(seed + ⌊i/8⌋·γ).
 */
public final class DataPattern {

    private static final long GAMMA = 0x9E3779B97F4A7C15L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

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
        int i = 0;
        // octets up to the next 8-octet block boundary one by one, then whole blocks as one little-endian long
        // (octet i is byte i mod 8 of its block's word): this runs for every octet a workload sends, and
        // byte-at-a-time was half of the TCP bulk benchmark's profile
        for (; i < n && (offset + i & 7) != 0; i++) {
            a[p + i] = at(seed, offset + i);
        }
        long block = offset + i >>> 3;
        for (; i + 8 <= n; i += 8, block++) {
            LONGS.set(a, p + i, mix(seed + block * GAMMA));
        }
        for (; i < n; i++) {
            a[p + i] = at(seed, offset + i);
        }
        dst.position(dst.position() + n);
    }

    /** How many of {@code a[from .. from+n-1]} differ from octets {@code offset ..} of the stream. */
    public static int mismatches(long seed, long offset, byte[] a, int from, int n) {
        int bad = 0;
        int i = 0;
        for (; i < n && (offset + i & 7) != 0; i++) {
            bad += a[from + i] != at(seed, offset + i) ? 1 : 0;
        }
        long block = offset + i >>> 3;
        for (; i + 8 <= n; i += 8, block++) {
            long diff = (long) LONGS.get(a, from + i) ^ mix(seed + block * GAMMA);
            if (diff != 0) {
                for (int k = 0; k < 8; k++, diff >>>= 8) {
                    bad += (diff & 0xFF) != 0 ? 1 : 0;
                }
            }
        }
        for (; i < n; i++) {
            bad += a[from + i] != at(seed, offset + i) ? 1 : 0;
        }
        return bad;
    }
}
