package org.offloadlab.analysis.internal;

/**
 * Which payload bytes of one direction the capture holds: the union of all data segments (retransmissions, duplicates
 * and reordering resolved) in unwrapped sequence space, and where the application's byte stream starts (ISN + 1, RFC
 * 9293 §3.4, or the lowest sequence number seen when the SYN is missing).
 */
final class SequenceCoverage {

    /** Bound on remembered holes per direction (RFC 2018 receivers keep far fewer). */
    static final int MAX_RANGES = 64;

    private final RangeSet ranges = new RangeSet(MAX_RANGES);
    private final Unwrapper line = new Unwrapper();
    private boolean streamStartKnown;
    private long streamStart;

    /** The SYN carries the ISN; the first data byte is ISN + 1. */
    void onSyn(long isn) {
        if (!streamStartKnown) {
            streamStart = line.unwrap(Seq.add(isn, 1));
            streamStartKnown = true;
        }
    }

    /** Records payload bytes [seq, seq + length). */
    void onData(long seq, int length) {
        if (length <= 0) {
            return;
        }
        long start = line.unwrap(seq);
        ranges.add(start, start + length);
        // The end becomes the reference for the next segment, so a stream longer than 2^31 keeps unwrapping.
        line.unwrap(Seq.add(seq, length));
    }

    long inOrderBytes() {
        if (ranges.isEmpty()) {
            return 0;
        }
        return ranges.contiguousFrom(streamStartKnown ? streamStart : ranges.lowest());
    }

    long uniqueBytes() {
        return ranges.coveredBytes();
    }

    /** Gaps in the union; a missing start of the stream (after a seen SYN) counts as one. */
    int holes() {
        if (ranges.isEmpty()) {
            return 0;
        }
        int gaps = ranges.size() - 1 + ranges.dropped();
        if (streamStartKnown && ranges.lowest() > streamStart) {
            gaps++;
        }
        return gaps;
    }
}
