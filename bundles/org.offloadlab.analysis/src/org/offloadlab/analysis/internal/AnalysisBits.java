package org.offloadlab.analysis.internal;

/**
 * Per-segment analysis results as bits, one per Wireshark {@code tcp.analysis.*} condition. A segment can carry several
 * (e.g. zero window and duplicate ACK).
 */
final class AnalysisBits {

    static final int RETRANSMISSION = 1;
    static final int FAST_RETRANSMISSION = 1 << 1;
    static final int SPURIOUS_RETRANSMISSION = 1 << 2;
    static final int OUT_OF_ORDER = 1 << 3;
    static final int DUPLICATE_ACK = 1 << 4;
    /** "Previous segment not captured" ({@code tcp.analysis.lost_segment}). */
    static final int LOST_SEGMENT = 1 << 5;
    /** "ACKed unseen segment" ({@code tcp.analysis.ack_lost_segment}). */
    static final int ACKED_UNSEEN = 1 << 6;
    static final int ZERO_WINDOW = 1 << 7;
    static final int ZERO_WINDOW_PROBE = 1 << 8;
    static final int ZERO_WINDOW_PROBE_ACK = 1 << 9;
    static final int KEEP_ALIVE = 1 << 10;
    static final int KEEP_ALIVE_ACK = 1 << 11;
    static final int WINDOW_FULL = 1 << 12;
    static final int WINDOW_UPDATE = 1 << 13;
    static final int REUSED_PORTS = 1 << 14;

    /** Wireshark shows {@code tcp.analysis.retransmission} on fast and spurious retransmissions too. */
    static final int ANY_RETRANSMISSION = RETRANSMISSION | FAST_RETRANSMISSION | SPURIOUS_RETRANSMISSION;

    private AnalysisBits() {
    }
}
