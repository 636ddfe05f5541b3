package org.offloadlab.tcp;

/**
 * Sequence-number arithmetic modulo 2^32 (RFC 9293 §3.4, RFC 1982 serial-number arithmetic) on plain {@code int}s, so
 * the engine never allocates for a comparison. Two numbers compare by the sign of their 32-bit difference, which is
 * meaningful as long as they are less than 2^31 apart — always true inside a TCP window.
 */
public final class SeqNum {

    private SeqNum() {
    }

    /** {@code a < b} modulo 2^32. */
    public static boolean lt(int a, int b) {
        return a - b < 0;
    }

    /** {@code a <= b} modulo 2^32. */
    public static boolean le(int a, int b) {
        return a - b <= 0;
    }

    /** {@code a > b} modulo 2^32. */
    public static boolean gt(int a, int b) {
        return a - b > 0;
    }

    /** {@code a >= b} modulo 2^32. */
    public static boolean ge(int a, int b) {
        return a - b >= 0;
    }

    /** The later of two sequence numbers. */
    public static int max(int a, int b) {
        return gt(a, b) ? a : b;
    }

    /** The earlier of two sequence numbers. */
    public static int min(int a, int b) {
        return lt(a, b) ? a : b;
    }

    /**
     * The distance from {@code from} forward to {@code to} as an unsigned count (0 … 2^32-1) in a {@code long}: the
     * number of octets in {@code [from, to)}.
     */
    public static long distance(int from, int to) {
        return Integer.toUnsignedLong(to - from);
    }

    /** Signed difference {@code a - b}, meaningful when the two are less than 2^31 apart. */
    public static int diff(int a, int b) {
        return a - b;
    }

    /** {@code lo <= x < hi} modulo 2^32 (an empty range when lo == hi). */
    public static boolean inRange(int x, int lo, int hi) {
        return le(lo, x) && lt(x, hi);
    }

    /** {@code lo <= x <= hi} modulo 2^32. */
    public static boolean inClosedRange(int x, int lo, int hi) {
        return le(lo, x) && le(x, hi);
    }

    /** The sequence number as the unsigned value written on the wire, for logs and tests. */
    public static long unsigned(int seq) {
        return Integer.toUnsignedLong(seq);
    }
}
