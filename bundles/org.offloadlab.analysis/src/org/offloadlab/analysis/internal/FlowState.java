package org.offloadlab.analysis.internal;

/**
 * What the classifier remembers about one direction of a connection, mirroring Wireshark's per-flow state so the flags
 * agree with tshark. Sequence and acknowledgment values are raw 32-bit numbers; as in Wireshark, a value of 0 means
 * "not seen yet".
 */
final class FlowState {

    /** Window scale unknown (no SYN seen in this direction). */
    static final int SCALE_UNKNOWN = -1;
    /** The handshake showed that window scaling is not in use (RFC 7323 §2.2: both SYNs must carry the option). */
    static final int SCALE_NOT_USED = -2;

    /** Shift count, or {@link #SCALE_UNKNOWN} / {@link #SCALE_NOT_USED}. */
    int windowScale = SCALE_UNKNOWN;
    /** Last raw window field sent; starts above any 16-bit value so the first segment is never "the same window". */
    long window = Seq.MASK;
    /** Highest sequence number sent plus one (SYN and FIN count). */
    long nextSeq;
    long nextSeqTime;
    /** Highest in-order sequence number the peer may acknowledge without having acknowledged unseen data. */
    long maxSeqToBeAcked;
    /** Last acknowledgment field sent (raw, even without the ACK flag). */
    long lastAck;
    long lastAckTime;
    /** Duplicate ACKs in a row; -1 after an "ACKed unseen segment" so that one is not reported twice. */
    int duplicateAcks;
    /** Analysis bits of the last segment sent (keep-alive and zero-window-probe ACKs look at them). */
    int lastSegmentBits;
    /** A SYN was the last handshake segment: its window is never scaled (RFC 7323 §2.2). */
    boolean firstAck;
    /** Initial sequence number (or seq - 1 when the first segment was not a SYN); used to tell reused ports. */
    long baseSeq;
    boolean baseSeqSet;

    int effectiveShift() {
        return firstAck || windowScale == SCALE_NOT_USED ? 0 : windowScale;
    }
}
