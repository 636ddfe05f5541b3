package org.offloadlab.analysis.internal;

/**
 * Sequence-number arithmetic modulo 2^32 (RFC 9293 §3.4: "all arithmetic dealing with sequence numbers must be
 * performed modulo 2**32"). Sequence numbers are unsigned 32-bit values held in {@code long}s.
 */
final class Seq {

    static final long MASK = 0xFFFF_FFFFL;

    private Seq() {
    }

    /** {@code a + n} modulo 2^32. */
    static long add(long a, long n) {
        return (a + n) & MASK;
    }

    /** {@code a < b} in sequence space (the signed 32-bit difference is negative). */
    static boolean lt(long a, long b) {
        return (int) (a - b) < 0;
    }

    static boolean le(long a, long b) {
        return (int) (a - b) <= 0;
    }

    static boolean gt(long a, long b) {
        return (int) (b - a) < 0;
    }

    /**
     * Places a 32-bit offset on the 64-bit line nearest to {@code reference}, so values keep growing past 2^32 as long
     * as consecutive values are less than 2^31 apart (the same window RFC 9293 relies on for comparisons).
     */
    static long unwrap(long offset32, long reference) {
        return reference + (int) (offset32 - reference);
    }
}
