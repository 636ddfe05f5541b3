package org.offloadlab.analysis.internal;

import org.offloadlab.analysis.ConnectionSeries;
import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.pcap.Endpoint;
import org.offloadlab.pcap.TcpOptions.SackBlock;
import org.offloadlab.pcap.TcpSegment;

/**
 * Collects the time-sequence graph of one data direction: the sender's segments and the receiver's ACK line, window
 * edge, SACK blocks and RTT samples. Sequence values are relative to the sender's ISN + 1 and unwrapped.
 */
final class SeriesCollector implements SegmentObserver {

    private final ConnectionSummary connection;
    private final Endpoint sender;
    private final boolean senderIsA;
    private final long origin;
    private final Unwrapper line = new Unwrapper();
    private ConnectionTracker tracker;

    private final LongList segmentTimes = new LongList();
    private final LongList segmentStart = new LongList();
    private final LongList segmentEnd = new LongList();
    private final BooleanList segmentRetransmitted = new BooleanList();
    private final LongList ackTimes = new LongList();
    private final LongList ackValues = new LongList();
    private final LongList windowEdge = new LongList();
    private final LongList sackTimes = new LongList();
    private final LongList sackLeft = new LongList();
    private final LongList sackRight = new LongList();
    private final LongList rttTimes = new LongList();
    private final LongList rttNanos = new LongList();

    SeriesCollector(ConnectionSummary connection, Endpoint sender) {
        this.connection = connection;
        this.sender = sender;
        this.senderIsA = sender.equals(connection.a());
        this.origin = connection.firstTimestampNanos();
    }

    /** The tracker replaying the connection; asked for the window scale in force. */
    void attach(ConnectionTracker replay) {
        this.tracker = replay;
    }

    @Override
    public void segment(boolean fromA, TcpSegment s, long timeNanos, int analysisBits, long rttSampleNanos) {
        long time = timeNanos - origin;
        if (fromA == senderIsA) {
            senderSegment(s, time, analysisBits);
        } else {
            receiverSegment(s, time, fromA, rttSampleNanos);
        }
    }

    private void senderSegment(TcpSegment s, long time, int analysisBits) {
        if (!line.anchored()) {
            // Offset 0 is the first payload byte: ISN + 1 (RFC 9293 §3.4), or the first sequence number seen.
            line.anchor(s.isSyn() ? Seq.add(s.seq(), 1) : s.seq());
        }
        int length = s.sequenceLength();
        if (length == 0 || s.isRst()) {
            return;
        }
        long start = line.unwrap(s.seq());
        segmentTimes.add(time);
        segmentStart.add(start);
        segmentEnd.add(start + length);
        segmentRetransmitted.add((analysisBits & AnalysisBits.ANY_RETRANSMISSION) != 0);
    }

    private void receiverSegment(TcpSegment s, long time, boolean fromA, long rttSampleNanos) {
        if (!s.isAck()) {
            return;
        }
        if (!line.anchored()) {
            // The receiver's first ACK names the sender's next byte; treat it as the start of the stream.
            line.anchor(s.ack());
        }
        long ack = line.unwrap(s.ack());
        ackTimes.add(time);
        ackValues.add(ack);
        // RFC 7323 §2.2: the window field of a SYN is never scaled.
        int shift = s.isSyn() ? 0 : tracker.windowShiftOf(fromA);
        windowEdge.add(ack + ((long) s.window() << shift));
        for (SackBlock block : s.options().sackBlocks()) {
            sackTimes.add(time);
            sackLeft.add(line.unwrap(block.left()));
            sackRight.add(line.unwrap(block.right()));
        }
        if (rttSampleNanos >= 0) {
            rttTimes.add(time);
            rttNanos.add(rttSampleNanos);
        }
    }

    ConnectionSeries toSeries() {
        return new ConnectionSeries(connection, sender, segmentTimes.toArray(), segmentStart.toArray(),
                segmentEnd.toArray(), segmentRetransmitted.toArray(), ackTimes.toArray(), ackValues.toArray(),
                windowEdge.toArray(), sackTimes.toArray(), sackLeft.toArray(), sackRight.toArray(), rttTimes.toArray(),
                rttNanos.toArray(), tracker != null && tracker.windowScaleKnown());
    }
}
