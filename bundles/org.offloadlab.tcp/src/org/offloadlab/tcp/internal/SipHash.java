package org.offloadlab.tcp.internal;

/**
 * SipHash-2-4 over a few 64-bit words: the keyed pseudo-random function F() of RFC 6528 §3 for initial sequence
 * numbers, and of RFC 7323 §5.4 for timestamp offsets. Keyed by the configured secret so runs are reproducible.
 */
public final class SipHash {

    private SipHash() {
    }

    /** SipHash-2-4 of {@code words} (each a full 8-octet block) under key (k0, k1). */
    public static long hash(long k0, long k1, long... words) {
        long[] v = {0x736f6d6570736575L ^ k0, 0x646f72616e646f6dL ^ k1, 0x6c7967656e657261L ^ k0,
                0x7465646279746573L ^ k1};
        for (long m : words) {
            v[3] ^= m;
            sipRounds(v, 2);
            v[0] ^= m;
        }
        long last = ((long) words.length * 8) << 56;
        v[3] ^= last;
        sipRounds(v, 2);
        v[0] ^= last;
        v[2] ^= 0xFF;
        sipRounds(v, 4);
        return v[0] ^ v[1] ^ v[2] ^ v[3];
    }

    /** {@code rounds} SipRounds over the state (v0, v1, v2, v3). */
    private static void sipRounds(long[] v, int rounds) {
        long v0 = v[0], v1 = v[1], v2 = v[2], v3 = v[3];
        for (int r = 0; r < rounds; r++) {
            v0 += v1;
            v1 = Long.rotateLeft(v1, 13) ^ v0;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v3;
            v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 += v3;
            v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 += v1;
            v1 = Long.rotateLeft(v1, 17) ^ v2;
            v2 = Long.rotateLeft(v2, 32);
        }
        v[0] = v0;
        v[1] = v1;
        v[2] = v2;
        v[3] = v3;
    }

    /**
     * RFC 6528 §3: ISN = M + F(localip, localport, remoteip, remoteport, secretkey), M a timer ticking every 4 µs. The
     * addresses enter as the caller's opaque {@code pathKey}.
     */
    public static int initialSequenceNumber(long secret, int localPort, int remotePort, long pathKey, long nowNanos) {
        long f = hash(secret, ~secret, ((long) localPort << 16) | remotePort, pathKey);
        return (int) f + (int) (nowNanos / 4000);
    }

    /** RFC 7323 §5.4: a per-connection random offset for the timestamp clock. */
    public static int timestampOffset(long secret, int localPort, int remotePort, long pathKey) {
        return (int) hash(secret, 0x5453L ^ secret, ((long) remotePort << 16) | localPort, pathKey);
    }
}
