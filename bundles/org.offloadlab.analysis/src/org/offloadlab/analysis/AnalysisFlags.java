package org.offloadlab.analysis;

/**
 * Counts of Wireshark-style TCP analysis flags over a whole connection (both directions). Names follow tshark's
 * {@code tcp.analysis.*} fields; docs/ANALYSIS.md says where the heuristics differ.
 */
public record AnalysisFlags(int retransmissions, int fastRetransmissions, int spuriousRetransmissions, int outOfOrder,
        int duplicateAcks, int lostSegments, int ackedUnseenSegments, int zeroWindows, int zeroWindowProbes,
        int zeroWindowProbeAcks, int keepAlives, int keepAliveAcks, int windowFull, int windowUpdates) {

    /** Total of every flag; a quick "anything unusual?" test for filters. */
    public int total() {
        return retransmissions + fastRetransmissions + spuriousRetransmissions + outOfOrder + duplicateAcks
                + lostSegments + ackedUnseenSegments + zeroWindows + zeroWindowProbes + zeroWindowProbeAcks
                + keepAlives + keepAliveAcks + windowFull + windowUpdates;
    }
}
