package org.offloadlab.analysis.internal;

import org.offloadlab.analysis.AnalysisFlags;

/** Counts segments per analysis flag, the way tshark counts frames carrying each {@code tcp.analysis.*} field. */
final class FlagCounter {

    private int retransmissions;
    private int fastRetransmissions;
    private int spuriousRetransmissions;
    private int outOfOrder;
    private int duplicateAcks;
    private int lostSegments;
    private int ackedUnseen;
    private int zeroWindows;
    private int zeroWindowProbes;
    private int zeroWindowProbeAcks;
    private int keepAlives;
    private int keepAliveAcks;
    private int windowFull;
    private int windowUpdates;
    private int reusedPorts;

    void count(int bits) {
        if (bits == 0) {
            return;
        }
        if ((bits & AnalysisBits.ANY_RETRANSMISSION) != 0) {
            retransmissions++;
        }
        fastRetransmissions += bit(bits, AnalysisBits.FAST_RETRANSMISSION);
        spuriousRetransmissions += bit(bits, AnalysisBits.SPURIOUS_RETRANSMISSION);
        outOfOrder += bit(bits, AnalysisBits.OUT_OF_ORDER);
        duplicateAcks += bit(bits, AnalysisBits.DUPLICATE_ACK);
        lostSegments += bit(bits, AnalysisBits.LOST_SEGMENT);
        ackedUnseen += bit(bits, AnalysisBits.ACKED_UNSEEN);
        zeroWindows += bit(bits, AnalysisBits.ZERO_WINDOW);
        zeroWindowProbes += bit(bits, AnalysisBits.ZERO_WINDOW_PROBE);
        zeroWindowProbeAcks += bit(bits, AnalysisBits.ZERO_WINDOW_PROBE_ACK);
        keepAlives += bit(bits, AnalysisBits.KEEP_ALIVE);
        keepAliveAcks += bit(bits, AnalysisBits.KEEP_ALIVE_ACK);
        windowFull += bit(bits, AnalysisBits.WINDOW_FULL);
        windowUpdates += bit(bits, AnalysisBits.WINDOW_UPDATE);
        reusedPorts += bit(bits, AnalysisBits.REUSED_PORTS);
    }

    private static int bit(int bits, int mask) {
        return (bits & mask) != 0 ? 1 : 0;
    }

    /** Segments flagged "TCP Port numbers reused" (not part of {@link AnalysisFlags}). */
    int reusedPorts() {
        return reusedPorts;
    }

    AnalysisFlags toFlags() {
        return new AnalysisFlags(retransmissions, fastRetransmissions, spuriousRetransmissions, outOfOrder,
                duplicateAcks, lostSegments, ackedUnseen, zeroWindows, zeroWindowProbes, zeroWindowProbeAcks,
                keepAlives, keepAliveAcks, windowFull, windowUpdates);
    }
}
