package org.offloadlab.tcp.cc;

/**
 * Snapshot of a congestion-control algorithm (soft state, RFC 5681 §3; CUBIC's extra variables of RFC 9438 §4.1).
 *
 * @param algorithm
 *            the algorithm's name
 * @param cwnd
 *            congestion window, octets
 * @param ssthresh
 *            slow-start threshold, octets ({@link Long#MAX_VALUE} = infinite)
 * @param wMax
 *            CUBIC W_max in segments (NaN for others)
 * @param k
 *            CUBIC K in seconds (NaN for others)
 * @param epochStart
 *            CUBIC epoch start in nanoseconds (-1 if none)
 * @param wEst
 *            CUBIC Reno-friendly W_est in segments (NaN for others)
 */
public record CongestionState(String algorithm, long cwnd, long ssthresh, double wMax, double k, long epochStart,
        double wEst) {
}
