package org.offloadlab.analysis.internal;

import org.offloadlab.pcap.TcpSegment;

/** Sees every segment of a connection after it was analysed; the chart series are collected this way. */
interface SegmentObserver {

    /**
     * @param fromA
     *            the segment was sent by the connection's side {@code a}
     * @param analysisBits
     *            the segment's {@link AnalysisBits}
     * @param rttSampleNanos
     *            RTT sample this segment's ACK produced for the other side's data, -1 when none
     */
    void segment(boolean fromA, TcpSegment segment, long timeNanos, int analysisBits, long rttSampleNanos);
}
