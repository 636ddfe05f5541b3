package org.offloadlab.analysis.internal;

import org.offloadlab.analysis.DirectionStats;
import org.offloadlab.pcap.TcpOptions;
import org.offloadlab.pcap.TcpSegment;

/** Counters and payload coverage for the segments one side sent. */
final class DirectionTracker {

    private long packets;
    private long bytes;
    private long payloadBytes;
    private int syn;
    private int fin;
    private int rst;
    private int urg;
    private int sackSegments;
    private boolean synOptionsSeen;
    private int mss = -1;
    private int windowScale = -1;
    private boolean sackPermitted;
    private boolean timestamps;
    private boolean payloadTruncated;
    private final SequenceCoverage coverage = new SequenceCoverage();
    private final RttSampler rtt = new RttSampler();

    /** Counts a segment of {@code frameLength} bytes on the wire. */
    void count(TcpSegment s, int frameLength) {
        packets++;
        bytes += frameLength;
        int length = s.payloadLength();
        payloadBytes += length;
        if (s.capturedPayloadLength() < length) {
            payloadTruncated = true;
        }
        TcpOptions options = s.options();
        if (s.isSyn()) {
            syn++;
            if (!synOptionsSeen) {
                // RFC 9293 §3.7.1 (MSS), RFC 7323 §2.2 (window scale) and RFC 2018 §2 (SACK-permitted) are only
                // valid on SYNs: remember what the first SYN of this side offered.
                synOptionsSeen = true;
                mss = options.mss();
                windowScale = options.windowScale() < 0 ? -1 : Math.min(options.windowScale(), 14);
                sackPermitted = options.sackPermitted();
                timestamps = options.hasTimestamps();
            }
            coverage.onSyn(s.seq());
            coverage.onData(Seq.add(s.seq(), 1), length);
        } else {
            coverage.onData(s.seq(), length);
        }
        fin += s.isFin() ? 1 : 0;
        rst += s.isRst() ? 1 : 0;
        urg += s.isUrg() ? 1 : 0;
        sackSegments += options.sackBlocks().isEmpty() ? 0 : 1;
    }

    RttSampler rtt() {
        return rtt;
    }

    boolean synSeen() {
        return syn > 0;
    }

    /** Window-scale shift offered in this side's SYN, -1 when none. */
    int offeredWindowScale() {
        return windowScale;
    }

    DirectionStats toStats(boolean windowScaleKnown) {
        return new DirectionStats(packets, bytes, payloadBytes, coverage.uniqueBytes(), coverage.inOrderBytes(),
                coverage.holes(), syn, fin, rst, urg, sackSegments, mss, windowScale, windowScaleKnown, sackPermitted,
                timestamps, payloadTruncated);
    }
}
