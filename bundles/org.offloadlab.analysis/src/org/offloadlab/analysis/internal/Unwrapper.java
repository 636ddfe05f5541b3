package org.offloadlab.analysis.internal;

/**
 * Maps raw 32-bit sequence numbers of one direction onto a 64-bit line so they keep growing past 2^32 (RFC 9293 §3.4
 * arithmetic, RFC 7323 §5 for why long connections wrap). Each value is placed nearest to the highest value seen so
 * far.
 */
final class Unwrapper {

    private boolean anchored;
    /** Raw sequence number of offset 0. */
    private long origin;
    private long highest;

    boolean anchored() {
        return anchored;
    }

    /** Makes {@code raw} offset 0. */
    void anchor(long raw) {
        anchored = true;
        origin = raw;
        highest = 0;
    }

    /** Offset of {@code raw}; anchors at it when nothing was seen yet. */
    long unwrap(long raw) {
        if (!anchored) {
            anchor(raw);
            return 0;
        }
        long value = Seq.unwrap((raw - origin) & Seq.MASK, highest);
        if (value > highest) {
            highest = value;
        }
        return value;
    }
}
