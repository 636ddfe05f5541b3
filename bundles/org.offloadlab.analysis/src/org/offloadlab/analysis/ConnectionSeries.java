package org.offloadlab.analysis;

import org.offloadlab.pcap.Endpoint;

/**
 * Time series of one connection for charts (Stevens/tcptrace time-sequence graph, throughput, RTT, window), seen from
 * one direction: the data sender is {@code sender}, acknowledgments come from the other side. Sequence values are
 * relative to the sender's ISN (ISN+1 = 0 is the first payload byte) and unwrapped, so they grow past 2^32. Times are
 * ns relative to the connection's first frame. Parallel primitive arrays keep large series compact.
 *
 * @param connection
 *            the connection
 * @param sender
 *            the data sender this series describes
 * @param segmentTimes
 *            times of data segments (and SYN/FIN)
 * @param segmentStart
 *            relative sequence number of each segment's first byte
 * @param segmentEnd
 *            relative sequence number just past each segment (start + length)
 * @param segmentRetransmitted
 *            each segment was a retransmission (or fast/spurious one)
 * @param ackTimes
 *            times of ACKs sent by the receiver
 * @param ackValues
 *            relative acknowledgment number of each ACK
 * @param windowEdge
 *            relative right edge of the advertised receive window (ack + scaled window) at each ACK
 * @param sackTimes
 *            times of SACK blocks (one entry per block)
 * @param sackLeft
 *            relative left edge of each SACK block
 * @param sackRight
 *            relative right edge of each SACK block
 * @param rttTimes
 *            times of RTT samples
 * @param rttNanos
 *            RTT samples in ns
 * @param windowScaleKnown
 *            false when the handshake was missing, so {@code windowEdge} uses unscaled windows
 */
public record ConnectionSeries(ConnectionSummary connection, Endpoint sender, long[] segmentTimes,
        long[] segmentStart, long[] segmentEnd, boolean[] segmentRetransmitted, long[] ackTimes, long[] ackValues,
        long[] windowEdge, long[] sackTimes, long[] sackLeft, long[] sackRight, long[] rttTimes, long[] rttNanos,
        boolean windowScaleKnown) {

    /**
     * Throughput of payload in bins of {@code binNanos}: element i is the bytes/s of new or retransmitted payload sent
     * in [i·bin, (i+1)·bin).
     */
    public double[] throughput(long binNanos) {
        if (segmentTimes.length == 0 || binNanos <= 0) {
            return new double[0];
        }
        long last = segmentTimes[segmentTimes.length - 1];
        int bins = (int) Math.min(1_000_000, last / binNanos + 1);
        double[] out = new double[bins];
        for (int i = 0; i < segmentTimes.length; i++) {
            int bin = (int) Math.min(bins - 1, segmentTimes[i] / binNanos);
            out[bin] += segmentEnd[i] - segmentStart[i];
        }
        double perSecond = 1e9 / binNanos;
        for (int i = 0; i < bins; i++) {
            out[i] *= perSecond;
        }
        return out;
    }
}
