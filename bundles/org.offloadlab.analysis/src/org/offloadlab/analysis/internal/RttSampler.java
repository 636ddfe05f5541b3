package org.offloadlab.analysis.internal;

/**
 * Round-trip samples for data sent in one direction, taken from the ACK that first covers a segment. Karn's rule (RFC
 * 6298 §3): a segment whose bytes were sent more than once gives no sample, and neither does an ACK that covers such a
 * segment. Outstanding segments sit in a ring that grows on demand to a bound and is released whenever everything was
 * acknowledged; when the ring is full, further segments are simply not timed. A {@link FlowState} drops the whole
 * sampler while it {@linkplain #isIdle() is idle}, keeping only {@link #highestEnd()}, and resumes from it.
 */
final class RttSampler {

    private static final int MAX_OUTSTANDING = 4096;
    private static final int INITIAL_CAPACITY = 4;
    /** Entries are (start, end, time) triples; the end's bit 32 marks a segment whose bytes were sent again. */
    private static final int STRIDE = 3;
    private static final long AMBIGUOUS = 1L << 32;

    private long[] ring;
    private int head;
    private int count;
    /** Raw sequence number just past the highest byte sent so far. */
    private long highestEnd;
    private boolean sentAny;

    RttSampler() {
    }

    /** Resumes timing after an idle period in which nothing was outstanding. */
    RttSampler(long highestEnd) {
        this.highestEnd = highestEnd;
        this.sentAny = true;
    }

    /** Nothing awaits an acknowledgment. */
    boolean isIdle() {
        return count == 0;
    }

    boolean sentAny() {
        return sentAny;
    }

    /** Raw sequence number just past the highest byte sent so far; meaningful once {@link #sentAny()}. */
    long highestEnd() {
        return highestEnd;
    }

    /** A segment carrying {@code [seq, end)} of sequence space (SYN and FIN included) was sent at {@code time}. */
    void sent(long seq, long end, long time) {
        if (seq == end) {
            return;
        }
        if (sentAny && Seq.lt(seq, highestEnd)) {
            markAmbiguous(seq, end);
            if (Seq.gt(end, highestEnd)) {
                highestEnd = end;
            }
            return;
        }
        sentAny = true;
        highestEnd = end;
        if (ring == null) {
            ring = new long[INITIAL_CAPACITY * STRIDE];
        } else if (count == capacity() && !grow()) {
            return;
        }
        int slot = ((head + count) % capacity()) * STRIDE;
        ring[slot] = seq;
        ring[slot + 1] = end;
        ring[slot + 2] = time;
        count++;
    }

    private int capacity() {
        return ring.length / STRIDE;
    }

    private void markAmbiguous(long seq, long end) {
        for (int i = 0; i < count; i++) {
            int slot = ((head + i) % capacity()) * STRIDE;
            long entryEnd = ring[slot + 1] & Seq.MASK;
            if (Seq.lt(seq, entryEnd) && Seq.gt(end, ring[slot])) {
                ring[slot + 1] |= AMBIGUOUS;
            }
        }
    }

    private boolean grow() {
        int capacity = capacity();
        if (capacity >= MAX_OUTSTANDING) {
            return false;
        }
        long[] grown = new long[capacity * 2 * STRIDE];
        for (int i = 0; i < count; i++) {
            System.arraycopy(ring, ((head + i) % capacity) * STRIDE, grown, i * STRIDE, STRIDE);
        }
        ring = grown;
        head = 0;
        return true;
    }

    /**
     * The peer acknowledged everything below {@code ack} at {@code time}.
     *
     * @return the RTT sample in ns, or -1 when this ACK covers no timed segment or only ambiguous ones
     */
    long acknowledged(long ack, long time) {
        long sample = -1;
        boolean clean = true;
        while (count > 0 && Seq.le(ring[head * STRIDE + 1] & Seq.MASK, ack)) {
            clean &= (ring[head * STRIDE + 1] & AMBIGUOUS) == 0;
            sample = time - ring[head * STRIDE + 2];
            head = (head + 1) % capacity();
            count--;
        }
        if (count == 0 && ring != null) {
            // Everything is acknowledged: give the memory back until the next flight.
            ring = null;
            head = 0;
        }
        return clean ? sample : -1;
    }
}
