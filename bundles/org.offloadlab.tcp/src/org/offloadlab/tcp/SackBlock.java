package org.offloadlab.tcp;

/**
 * One SACK block (RFC 2018 §3): the received octets {@code [left, right)} in sequence space.
 *
 * @param left
 *            first sequence number of the block
 * @param right
 *            sequence number just past the block
 */
public record SackBlock(int left, int right) {

    /** Number of octets covered. */
    public long length() {
        return SeqNum.distance(left, right);
    }

    @Override
    public String toString() {
        return SeqNum.unsigned(left) + "-" + SeqNum.unsigned(right);
    }
}
