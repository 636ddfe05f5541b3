package org.offloadlab.tcp.internal;

import org.offloadlab.tcp.SeqNum;

/**
 * The sender's per-segment record of what is in flight, for RACK-TLP (RFC 8985): each segment sent and not yet
 * cumulatively acknowledged, in sequence order, with the time it was last (re)transmitted and whether it is SACKed,
 * marked lost, or retransmitted and not yet known lost again. Soft state; allocated while data is outstanding and
 * dropped when everything is acknowledged, so an idle connection holds none (like the send buffer). Parallel primitive
 * arrays in a ring, no object per segment.
 * <p>
 * The RACK variables of RFC 8985 §6.1 live here too: RACK.xmit_ts, RACK.end_seq, RACK.rtt, RACK.min_RTT (over this
 * flight's samples), RACK.fack and RACK.reordering_seen.
 */
public final class TransmitLog {

    /** Covered by a SACK block. */
    public static final byte SACKED = 1;
    /** Marked lost (RACK time rule or RFC 6675 IsLost) and not SACKed since. */
    public static final byte LOST = 2;
    /** Retransmitted and not known lost again: counts once more in the pipe (RFC 6675 §4 SetPipe). */
    public static final byte RETRANS = 4;
    /** Ever retransmitted: a delivery of it is ambiguous (RFC 8985 §6.2 step 2). */
    public static final byte EVER_RETRANS = 8;

    // small at first: a connection that only sends its FIN, or a short request, needs one or two records
    private int[] starts = new int[4];
    private int[] ends = new int[4];
    private long[] sentAt = new long[4];
    private byte[] marks = new byte[4];
    private int head;
    private int size;
    /** Records with {@link #EVER_RETRANS}: the loss-free path skips RACK's scan when there are none. */
    private int retransmitted;

    /** RACK.xmit_ts / RACK.end_seq: the most recently sent segment known delivered (valid when {@link #rackValid}). */
    private long rackXmitTs;
    private int rackEndSeq;
    private boolean rackValid;
    /** RACK.rtt: the RTT of that delivery. */
    private long rackRtt;
    private long minRtt = Long.MAX_VALUE;
    /** RACK.fack: the highest end of any delivered segment. */
    private int fack;
    private boolean reorderingSeen;

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Whether any record in flight was ever retransmitted (then RACK may find it lost again). */
    public boolean anyRetransmitted() {
        return retransmitted > 0;
    }

    private int at(int i) {
        return (head + i) & (starts.length - 1);
    }

    public int start(int i) {
        return starts[at(i)];
    }

    public int end(int i) {
        return ends[at(i)];
    }

    public long sentAt(int i) {
        return sentAt[at(i)];
    }

    public boolean has(int i, byte mark) {
        return (marks[at(i)] & mark) != 0;
    }

    private void set(int i, int mark) {
        marks[at(i)] |= (byte) mark;
    }

    private void clear(int i, int mark) {
        marks[at(i)] &= (byte) ~mark;
    }

    /** The highest sequence number recorded plus one (SND.MAX of the logged data), or {@code fallback} if empty. */
    public int highEnd(int fallback) {
        return size == 0 ? fallback : end(size - 1);
    }

    /**
     * A transmission of [start, end) at {@code now}. Beyond the last record it is new data and appended; otherwise it
     * is a retransmission of the records it overlaps, which take the new send time (RFC 8985 §6.1: xmit_ts is the time
     * of the latest transmission).
     */
    public void onSend(int start, int end, long now) {
        if (size == 0 || SeqNum.ge(start, end(size - 1))) {
            if (size == starts.length) {
                grow();
            }
            int k = at(size);
            starts[k] = start;
            ends[k] = end;
            sentAt[k] = now;
            marks[k] = 0;
            size++;
            return;
        }
        for (int i = 0; i < size; i++) {
            if (SeqNum.le(end(i), start)) {
                continue;
            }
            if (SeqNum.ge(start(i), end)) {
                break;
            }
            sentAt[at(i)] = now;
            if (!has(i, EVER_RETRANS)) {
                retransmitted++;
            }
            set(i, RETRANS | EVER_RETRANS);
        }
        if (SeqNum.gt(end, end(size - 1))) {
            onSend(end(size - 1), end, now); // a retransmission that also carries new octets (a grown segment)
        }
    }

    private void grow() {
        int n = starts.length * 2;
        int[] s = new int[n];
        int[] e = new int[n];
        long[] t = new long[n];
        byte[] m = new byte[n];
        for (int i = 0; i < size; i++) {
            int k = at(i);
            s[i] = starts[k];
            e[i] = ends[k];
            t[i] = sentAt[k];
            m[i] = marks[k];
        }
        starts = s;
        ends = e;
        sentAt = t;
        marks = m;
        head = 0;
    }

    /**
     * A new ACK: records below {@code sndUna} are delivered and removed, records inside the scoreboard's ranges become
     * SACKed; each newly delivered record updates the RACK state (RFC 8985 §6.2 steps 1–3).
     */
    public void onAck(int sndUna, SackScoreboard sb, long now) {
        while (size > 0 && SeqNum.le(end(0), sndUna)) {
            if (!has(0, SACKED)) {
                delivered(0, now);
            }
            if (has(0, EVER_RETRANS)) {
                retransmitted--;
            }
            head = at(1);
            size--;
        }
        if (size > 0 && SeqNum.lt(start(0), sndUna)) {
            starts[at(0)] = sndUna; // partly acknowledged
        }
        if (sb == null || sb.isEmpty()) {
            return;
        }
        int r = 0;
        for (int i = 0; i < size && r < sb.rangeCount(); i++) {
            if (has(i, SACKED)) {
                continue;
            }
            while (r < sb.rangeCount() && SeqNum.le(sb.right(r), start(i))) {
                r++;
            }
            if (r < sb.rangeCount() && SeqNum.le(sb.left(r), start(i)) && SeqNum.le(end(i), sb.right(r))) {
                delivered(i, now);
                set(i, SACKED);
                clear(i, LOST | RETRANS);
            }
        }
    }

    private void delivered(int i, long now) {
        long t = sentAt(i);
        int e = end(i);
        // RFC 8985 §6.2 step 3: a never-retransmitted segment delivered below RACK.fack was reordered
        if (!has(i, EVER_RETRANS) && rackValid && SeqNum.lt(e, fack)) {
            reorderingSeen = true;
        }
        if (!rackValid || SeqNum.gt(e, fack)) {
            fack = e;
        }
        long rtt = now - t;
        // RFC 8985 §6.2 step 2: a retransmitted segment delivered sooner than min_RTT after its retransmission was
        // delivered by an earlier transmission
        if (has(i, EVER_RETRANS) && rtt < minRtt) {
            return;
        }
        if (rtt < minRtt) {
            minRtt = rtt;
        }
        if (!rackValid || t > rackXmitTs || t == rackXmitTs && SeqNum.gt(e, rackEndSeq)) {
            rackXmitTs = t;
            rackEndSeq = e;
            rackRtt = rtt;
            rackValid = true;
        }
    }

    /**
     * RFC 8985 §6.2 step 4: the reordering window. Zero while no reordering has been seen and either in recovery or
     * with at least DupThresh segments SACKed (so RACK is at least as fast as DupThresh); otherwise min_RTT/4, capped
     * at SRTT. (The adaptive multiplier of RFC 8985 §6.2 step 4, driven by D-SACK, is not implemented.)
     */
    public long reorderWindow(boolean inRecovery, long srtt) {
        if (!reorderingSeen && (inRecovery || sackedCount() >= SackScoreboard.DUP_THRESH)) {
            return 0;
        }
        long w = minRtt == Long.MAX_VALUE ? 0 : minRtt / 4;
        return srtt > 0 ? Math.min(w, srtt) : w;
    }

    private int sackedCount() {
        int n = 0;
        for (int i = 0; i < size && n < SackScoreboard.DUP_THRESH; i++) {
            if (has(i, SACKED)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Loss detection (RFC 8985 §6.2 step 5, plus RFC 6675 IsLost for never-retransmitted segments below the highest
     * SACK): marks records lost. Returns the time until the earliest record not yet lost would be (the RACK reorder
     * timer, §6.3), or 0 when none is waiting; adds the number of newly lost records to {@code lostOut[0]}.
     */
    public long detectLoss(long now, long reoWnd, SackScoreboard sb, int smss, int[] lostOut) {
        long timeout = 0;
        int highestSacked = sb == null ? 0 : sb.highestSacked(0);
        boolean anySack = sb != null && !sb.isEmpty();
        for (int i = 0; i < size; i++) {
            if (has(i, SACKED) || has(i, LOST) && !has(i, RETRANS)) {
                continue;
            }
            long t = sentAt(i);
            if (anySack && !has(i, EVER_RETRANS) && SeqNum.lt(start(i), highestSacked)
                    && sb.isLost(start(i), smss)) {
                markLost(i, lostOut);
                continue;
            }
            if (!rackValid || !(t < rackXmitTs || t == rackXmitTs && SeqNum.lt(end(i), rackEndSeq))) {
                continue; // not sent before the most recently delivered segment
            }
            long remaining = t + rackRtt + reoWnd - now;
            if (remaining <= 0) {
                markLost(i, lostOut);
            } else if (remaining > timeout) {
                timeout = remaining;
            }
        }
        return timeout;
    }

    private void markLost(int i, int[] lostOut) {
        set(i, LOST);
        clear(i, RETRANS);
        lostOut[0]++;
    }

    /** After a retransmission timeout every unSACKed record is lost (RFC 8985 §6.3, Linux tcp_timeout_mark_lost). */
    public void markAllLost() {
        for (int i = 0; i < size; i++) {
            if (!has(i, SACKED)) {
                set(i, LOST);
                clear(i, RETRANS);
            }
        }
    }

    /** Marks the first record lost (RFC 6675 §5 step 4.3: the segment at HighACK+1 is presumed dropped). */
    public void markFirstLost() {
        if (size > 0 && !has(0, SACKED)) {
            set(0, LOST);
            clear(0, RETRANS);
        }
    }

    /** Forgets all SACK marks (the receiver may have reneged, RFC 2018 §8). */
    public void clearSacked() {
        for (int i = 0; i < size; i++) {
            clear(i, SACKED);
        }
    }

    /** Whether any record is marked lost and not yet retransmitted. */
    public boolean hasLostToSend() {
        return firstLostToSend() >= 0;
    }

    /** NextSeg rule 1 with RACK marks: the lowest record marked lost and not retransmitted since, or -1. */
    public int firstLostToSend() {
        for (int i = 0; i < size; i++) {
            if (has(i, LOST) && !has(i, RETRANS)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * NextSeg rule 3 (RFC 6675 §4): the lowest record below the highest SACKed octet that is neither SACKed, lost nor
     * retransmitted, or -1.
     */
    public int firstUnsackedBelow(int highestSacked) {
        for (int i = 0; i < size && SeqNum.lt(start(i), highestSacked); i++) {
            if ((marks[at(i)] & (SACKED | LOST | RETRANS)) == 0) {
                return i;
            }
        }
        return -1;
    }

    /** NextSeg rule 4 (RFC 6675 §4): the highest record not SACKed, or -1. */
    public int lastUnsacked() {
        for (int i = size - 1; i >= 0; i--) {
            if (!has(i, SACKED)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * SetPipe (RFC 6675 §4) over the records: an unSACKed octet counts once unless it is marked lost, and once more
     * while a retransmission of it is in flight.
     */
    public long pipe() {
        long pipe = 0;
        for (int i = 0; i < size; i++) {
            byte m = marks[at(i)];
            if ((m & SACKED) != 0) {
                continue;
            }
            long len = SeqNum.distance(start(i), end(i));
            if ((m & LOST) == 0) {
                pipe += len;
            }
            if ((m & RETRANS) != 0) {
                pipe += len;
            }
        }
        return pipe;
    }

    public long rackRtt() {
        return rackRtt;
    }

    public boolean reorderingSeen() {
        return reorderingSeen;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("TransmitLog[");
        for (int i = 0; i < Math.min(size, 8); i++) {
            sb.append(SeqNum.unsigned(start(i))).append('-').append(SeqNum.unsigned(end(i))).append(':')
                    .append(marks[at(i)]).append(' ');
        }
        return sb.append(size > 8 ? "... " + size : "").append(']').toString();
    }

    /** For tests: the marks of record i. */
    public byte marks(int i) {
        return marks[at(i)];
    }
}
