package org.offloadlab.analysis.internal;

import org.offloadlab.analysis.DirectionStats;
import org.offloadlab.pcap.TcpOptions;
import org.offloadlab.pcap.TcpSegment;

/**
 * Everything remembered about one direction of a connection: Wireshark's per-flow sequence state (read and written by
 * {@link SegmentClassifier}, so the flags agree with tshark), the counters of the segments this side sent, which
 * payload bytes the capture holds, and RTT timing of this side's data.
 * <p>
 * Memory: one of these lives per direction of every connection until the analysis ends, so it is a single object of
 * primitive fields. Raw 32-bit sequence numbers are kept in {@code int}s (read back through accessors as unsigned
 * {@code long}s); what most connections never need (more than one payload range, segments awaiting an ACK) is allocated
 * only while needed. As in Wireshark, a sequence or acknowledgment value of 0 means "not seen yet".
 */
final class FlowState {

    /** Window scale unknown (no SYN seen in this direction). */
    static final int SCALE_UNKNOWN = -1;
    /** The handshake showed that window scaling is not in use (RFC 7323 §2.2: both SYNs must carry the option). */
    static final int SCALE_NOT_USED = -2;

    /** Bound on remembered payload ranges per direction (RFC 2018 receivers keep far fewer holes). */
    static final int MAX_RANGES = 64;

    // ---- Wireshark's per-flow state (SegmentClassifier) ----

    /** Shift count, or {@link #SCALE_UNKNOWN} / {@link #SCALE_NOT_USED}. */
    int windowScale = SCALE_UNKNOWN;
    /** Last raw 16-bit window field sent; -1 (above any window) until then, so the first is never "the same". */
    int window = -1;
    private int nextSeq;
    long nextSeqTime;
    private int maxSeqToBeAcked;
    private int lastAck;
    long lastAckTime;
    /** Duplicate ACKs in a row; -1 after an "ACKed unseen segment" so that one is not reported twice. */
    int duplicateAcks;
    /** Analysis bits of the last segment sent (keep-alive and zero-window-probe ACKs look at them). */
    int lastSegmentBits;
    /** A SYN was the last handshake segment: its window is never scaled (RFC 7323 §2.2). */
    boolean firstAck;
    private int baseSeq;
    boolean baseSeqSet;

    // ---- counters of the segments this side sent ----

    private long packets;
    private long bytes;
    private long payloadBytes;
    private int syn;
    private int fin;
    private int rst;
    private int urg;
    private int sackSegments;
    private int mss = -1;
    /** Window-scale shift offered in this side's first SYN, -1 when none. */
    private byte offeredWindowScale = -1;
    private boolean synOptionsSeen;
    private boolean sackPermitted;
    private boolean timestamps;
    private boolean payloadTruncated;

    // ---- payload coverage: the union of data segments in unwrapped sequence space ----

    /**
     * Raw sequence numbers are placed on a 64-bit line so they keep growing past 2^32 (RFC 9293 §3.4, RFC 7323 §5):
     * {@link #lineOrigin} is offset 0, each value lands nearest to {@link #lineHighest}.
     */
    private boolean lineAnchored;
    private int lineOrigin;
    private long lineHighest;
    /** Where the application's byte stream starts: ISN + 1 of the first SYN (RFC 9293 §3.4). */
    private boolean streamStartKnown;
    private long streamStart;
    /**
     * The covered range while there is only one (the common case: in-order data, or duplicates of it); empty when start
     * == end. Once a second disjoint range appears, all ranges move to {@link #moreRanges}.
     */
    private long rangeStart;
    private long rangeEnd;
    private RangeSet moreRanges;

    // ---- RTT timing (Karn's rule, RFC 6298 §3) ----

    /** Segments awaiting an ACK; null whenever none are (most of a connection's life). */
    private RttSampler outstanding;
    /** Raw sequence number just past the highest byte sent, kept while {@link #outstanding} is released. */
    private int rttHighestEnd;
    private boolean rttSentAny;

    /** Highest sequence number sent plus one (SYN and FIN count). */
    long nextSeq() {
        return nextSeq & Seq.MASK;
    }

    void nextSeq(long value) {
        nextSeq = (int) value;
    }

    /** Highest in-order sequence number the peer may acknowledge without having acknowledged unseen data. */
    long maxSeqToBeAcked() {
        return maxSeqToBeAcked & Seq.MASK;
    }

    void maxSeqToBeAcked(long value) {
        maxSeqToBeAcked = (int) value;
    }

    /** Last acknowledgment field sent (raw, even without the ACK flag). */
    long lastAck() {
        return lastAck & Seq.MASK;
    }

    void lastAck(long value) {
        lastAck = (int) value;
    }

    /** Initial sequence number (or seq - 1 when the first segment was not a SYN); used to tell reused ports. */
    long baseSeq() {
        return baseSeq & Seq.MASK;
    }

    void baseSeq(long value) {
        baseSeq = (int) value;
    }

    /** The window field sent last, as an unsigned value ({@link Seq#MASK} before any). */
    long windowValue() {
        return window & Seq.MASK;
    }

    int effectiveShift() {
        return firstAck || windowScale == SCALE_NOT_USED ? 0 : windowScale;
    }

    /** Counts a segment this side sent, {@code frameLength} bytes on the wire. */
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
                offeredWindowScale = (byte) (options.windowScale() < 0 ? -1 : Math.min(options.windowScale(), 14));
                sackPermitted = options.sackPermitted();
                timestamps = options.hasTimestamps();
            }
            onSyn(s.seq());
            onData(Seq.add(s.seq(), 1), length);
        } else {
            onData(s.seq(), length);
        }
        fin += s.isFin() ? 1 : 0;
        rst += s.isRst() ? 1 : 0;
        urg += s.isUrg() ? 1 : 0;
        sackSegments += options.sackBlocks().isEmpty() ? 0 : 1;
    }

    /** Window-scale shift offered in this side's SYN, -1 when none. */
    int offeredWindowScale() {
        return offeredWindowScale;
    }

    DirectionStats toStats(boolean windowScaleKnown) {
        return new DirectionStats(packets, bytes, payloadBytes, uniqueBytes(), inOrderBytes(), holes(), syn, fin, rst,
                urg, sackSegments, mss, offeredWindowScale, windowScaleKnown, sackPermitted, timestamps,
                payloadTruncated);
    }

    // ---- coverage ----

    /** The SYN carries the ISN; the first data byte is ISN + 1. */
    private void onSyn(long isn) {
        if (!streamStartKnown) {
            streamStart = unwrap(Seq.add(isn, 1));
            streamStartKnown = true;
        }
    }

    /** Records payload bytes [seq, seq + length). */
    private void onData(long seq, int length) {
        if (length <= 0) {
            return;
        }
        long start = unwrap(seq);
        addRange(start, start + length);
        // The end becomes the reference for the next segment, so a stream longer than 2^31 keeps unwrapping.
        unwrap(Seq.add(seq, length));
    }

    /** Offset of {@code raw} on the 64-bit line; anchors the line at it when nothing was seen yet. */
    private long unwrap(long raw) {
        if (!lineAnchored) {
            lineAnchored = true;
            lineOrigin = (int) raw;
            lineHighest = 0;
            return 0;
        }
        long value = Seq.unwrap((raw - (lineOrigin & Seq.MASK)) & Seq.MASK, lineHighest);
        if (value > lineHighest) {
            lineHighest = value;
        }
        return value;
    }

    private void addRange(long start, long end) {
        if (moreRanges == null) {
            if (rangeEnd == rangeStart) {
                rangeStart = start;
                rangeEnd = end;
                return;
            }
            if (start <= rangeEnd && end >= rangeStart) {
                // Overlaps or touches the single range: still one range.
                rangeStart = Math.min(rangeStart, start);
                rangeEnd = Math.max(rangeEnd, end);
                return;
            }
            // A hole: from now on the general set keeps the ranges.
            moreRanges = new RangeSet(MAX_RANGES);
            moreRanges.add(rangeStart, rangeEnd);
        }
        moreRanges.add(start, end);
    }

    private boolean noRanges() {
        return moreRanges == null ? rangeEnd == rangeStart : moreRanges.isEmpty();
    }

    private long lowestRange() {
        return moreRanges == null ? rangeStart : moreRanges.lowest();
    }

    private long inOrderBytes() {
        if (noRanges()) {
            return 0;
        }
        long from = streamStartKnown ? streamStart : lowestRange();
        if (moreRanges != null) {
            return moreRanges.contiguousFrom(from);
        }
        return rangeStart <= from && rangeEnd > from ? rangeEnd - from : 0;
    }

    private long uniqueBytes() {
        return moreRanges == null ? rangeEnd - rangeStart : moreRanges.coveredBytes();
    }

    /** Gaps in the union; a missing start of the stream (after a seen SYN) counts as one. */
    private int holes() {
        if (noRanges()) {
            return 0;
        }
        int gaps = moreRanges == null ? 0 : moreRanges.size() - 1 + moreRanges.dropped();
        if (streamStartKnown && lowestRange() > streamStart) {
            gaps++;
        }
        return gaps;
    }

    // ---- RTT ----

    /** A segment carrying {@code [seq, end)} of sequence space (SYN and FIN included) was sent at {@code time}. */
    void rttSent(long seq, long end, long time) {
        if (seq == end) {
            return;
        }
        if (outstanding == null) {
            outstanding = rttSentAny ? new RttSampler(rttHighestEnd & Seq.MASK) : new RttSampler();
        }
        outstanding.sent(seq, end, time);
        releaseIdleSampler();
    }

    /**
     * The peer acknowledged everything below {@code ack} at {@code time}.
     *
     * @return the RTT sample in ns, or -1 when none
     */
    long rttAcknowledged(long ack, long time) {
        if (outstanding == null) {
            return -1;
        }
        long sample = outstanding.acknowledged(ack, time);
        releaseIdleSampler();
        return sample;
    }

    /** Nothing awaits an ACK: keep only the highest end sent (for Karn's rule) until the next flight. */
    private void releaseIdleSampler() {
        if (outstanding.isIdle()) {
            rttSentAny = outstanding.sentAny();
            rttHighestEnd = (int) outstanding.highestEnd();
            outstanding = null;
        }
    }
}
