package org.offloadlab.analysis;

import org.offloadlab.pcap.Endpoint;

/**
 * One TCP connection reconstructed from a capture. A 4-tuple reused after a close becomes a new connection.
 *
 * @param index
 *            0-based, in order of each connection's first frame (tshark's {@code tcp.stream} numbering)
 * @param a
 *            the side that sent the connection's first frame
 * @param b
 *            the other side
 * @param client
 *            the side that sent the first SYN; {@code a} when no SYN was seen
 * @param firstTimestampNanos
 *            capture time of the first frame, ns since the epoch
 * @param lastTimestampNanos
 *            capture time of the last frame
 * @param firstFrame
 *            frame number of the first frame
 * @param lastFrame
 *            frame number of the last frame
 * @param aToB
 *            traffic from {@code a} to {@code b}
 * @param bToA
 *            traffic from {@code b} to {@code a}
 * @param state
 *            the furthest state reached
 * @param handshakeSeen
 *            SYN, SYN-ACK and ACK all captured
 * @param flags
 *            analysis flag counts
 * @param rttSamples
 *            RTT samples taken (from ACKs of never-retransmitted data, Karn's rule)
 * @param minRttNanos
 *            smallest RTT sample, -1 when none
 * @param meanRttNanos
 *            mean RTT, -1 when none
 */
public record ConnectionSummary(int index, Endpoint a, Endpoint b, Endpoint client, long firstTimestampNanos,
        long lastTimestampNanos, long firstFrame, long lastFrame, DirectionStats aToB, DirectionStats bToA,
        ConnectionState state, boolean handshakeSeen, AnalysisFlags flags, int rttSamples, long minRttNanos,
        long meanRttNanos) {

    public long durationNanos() {
        return lastTimestampNanos - firstTimestampNanos;
    }

    public long packets() {
        return aToB.packets() + bToA.packets();
    }

    public long bytes() {
        return aToB.bytes() + bToA.bytes();
    }
}
