package org.offloadlab.replay;

/**
 * The soft state an adapter terminating this side would have built up by the time of a snapshot, estimated from what a
 * tap sees. A failover loses all of it; it is relearned from later traffic.
 *
 * @param srttNanos
 *            smoothed RTT (RFC 6298 §2), -1 before the first sample
 * @param rttvarNanos
 *            RTT variation (RFC 6298 §2), -1 before the first sample
 * @param rttSamples
 *            samples taken (one timed segment per round trip, never a retransmitted one: Karn's rule)
 * @param flightBytes
 *            sequence space sent but not acknowledged now — a lower bound of the congestion window that allowed it
 * @param maxFlightBytes
 *            largest flight seen so far: the best tap-side estimate of the congestion window the adapter had reached
 * @param retransmissions
 *            segments that resent sequence space already sent
 * @param duplicateAcks
 *            duplicate ACKs received (RFC 5681 §2 definition)
 * @param maxSackBlocks
 *            most SACK blocks seen in one ACK (size of the scoreboard that would be lost)
 */
public record SoftEstimate(long srttNanos, long rttvarNanos, int rttSamples, long flightBytes, long maxFlightBytes,
        int retransmissions, int duplicateAcks, int maxSackBlocks) {
}
