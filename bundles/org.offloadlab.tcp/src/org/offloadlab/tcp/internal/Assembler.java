package org.offloadlab.tcp.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.offloadlab.tcp.SackBlock;

/**
 * Out-of-order ranges held above RCV.NXT, as offsets relative to RCV.NXT. Each range remembers when it was last
 * extended so that SACK blocks can be reported most-recent first (RFC 2018 §4). Bounded: a segment that would need more
 * than {@link #MAX_RANGES} ranges is not stored (the sender retransmits it).
 */
public final class Assembler {

    public static final int MAX_RANGES = 32;

    private int[] starts;
    private int[] ends;
    private int[] stamps;
    private int count;
    private int clock;

    public int rangeCount() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public int stamp(int i) {
        return stamps[i];
    }

    /** Octets held out of order. */
    public long heldOctets() {
        long n = 0;
        for (int i = 0; i < count; i++) {
            n += ends[i] - starts[i];
        }
        return n;
    }

    /** The end of the highest range (0 when empty). */
    public int highestEnd() {
        return count == 0 ? 0 : ends[count - 1];
    }

    /**
     * Records {@code [offset, offset+len)} (offset > 0, relative to RCV.NXT). Returns false if it could not be stored.
     */
    public boolean add(int offset, int len) {
        if (len <= 0) {
            return true;
        }
        if (starts == null) {
            starts = new int[4];
            ends = new int[4];
            stamps = new int[4];
        }
        int s = offset;
        int e = offset + len;
        // find first range whose end >= s (mergeable or after)
        int i = 0;
        while (i < count && ends[i] < s) {
            i++;
        }
        int j = i;
        while (j < count && starts[j] <= e) {
            s = Math.min(s, starts[j]);
            e = Math.max(e, ends[j]);
            j++;
        }
        int removed = j - i;
        if (removed == 0 && count == MAX_RANGES) {
            return false;
        }
        int newCount = count - removed + 1;
        if (newCount > starts.length) {
            int size = Math.min(MAX_RANGES, starts.length * 2);
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            stamps = Arrays.copyOf(stamps, size);
        }
        System.arraycopy(starts, j, starts, i + 1, count - j);
        System.arraycopy(ends, j, ends, i + 1, count - j);
        System.arraycopy(stamps, j, stamps, i + 1, count - j);
        starts[i] = s;
        ends[i] = e;
        stamps[i] = ++clock;
        count = newCount;
        return true;
    }

    /**
     * RCV.NXT advanced by {@code n} octets: re-bases the ranges and returns how many further octets have become
     * contiguous (a range now starting at or below 0), which the caller adds to RCV.NXT too.
     */
    public int advance(int n) {
        int extra = 0;
        for (int i = 0; i < count; i++) {
            starts[i] -= n;
            ends[i] -= n;
        }
        while (count > 0 && starts[0] <= 0) {
            if (ends[0] > 0) {
                extra += ends[0];
                for (int i = 1; i < count; i++) {
                    starts[i] -= ends[0];
                    ends[i] -= ends[0];
                }
            }
            System.arraycopy(starts, 1, starts, 0, count - 1);
            System.arraycopy(ends, 1, ends, 0, count - 1);
            System.arraycopy(stamps, 1, stamps, 0, count - 1);
            count--;
        }
        return extra;
    }

    /**
     * Up to {@code max} ranges as SACK blocks in sequence space, the most recently extended first (RFC 2018 §4: the
     * first block reports the most recent segment, then the other most recent ones).
     */
    public List<SackBlock> sackBlocks(int rcvNxt, int max) {
        int n = Math.min(max, count);
        List<SackBlock> blocks = new ArrayList<>(n);
        boolean[] used = new boolean[count];
        for (int k = 0; k < n; k++) {
            int best = -1;
            for (int i = 0; i < count; i++) {
                if (!used[i] && (best < 0 || stamps[i] > stamps[best])) {
                    best = i;
                }
            }
            used[best] = true;
            blocks.add(new SackBlock(rcvNxt + starts[best], rcvNxt + ends[best]));
        }
        return blocks;
    }

    public void clear() {
        count = 0;
    }

    /** Drops the range arrays when empty (an idle connection holds none); {@link #add} allocates them again. */
    public void release() {
        if (count == 0) {
            starts = null;
            ends = null;
            stamps = null;
        }
    }

    /** Octets of range arrays held, for memory checks. */
    public int allocated() {
        return starts == null ? 0 : 3 * Integer.BYTES * starts.length;
    }
}
