package org.offloadlab.sim;

import java.util.Arrays;

/**
 * The default event queue: a calendar queue (R. Brown, "Calendar queues: a fast O(1) priority queue implementation for
 * the simulation event set problem", CACM 31(10), 1988) with resizing, whose current bucket is sorted by a small heap.
 * It keeps the exact (time, sequence) order of a heap with O(1) amortised schedule, cancel and move when the bucket
 * width fits the event density.
 * <p>
 * Three parts, by time slot ({@code time >>> shift}, a slot is one bucket width):
 * <ul>
 * <li><b>near</b>: a 4-ary {@link EventHeap} with every event whose slot is before {@code curSlot}. Only it is ever
 * popped, so ties and the order inside a bucket are decided by (time, sequence) exactly as by a plain heap. It holds
 * about one bucket's worth of events and stays in the cache.</li>
 * <li><b>wheel</b>: {@code buckets} (a power of two) unsorted buckets for slots {@code [curSlot, curSlot + buckets)},
 * one slot per bucket. A bucket is {@value #CAP} consecutive entries of one handle array ({@code slots}), plus an
 * overflow list (doubly linked through the handles) for the rare bucket with more; schedule fills the first free entry,
 * cancel clears the handle's entry (it knows it: {@link Scheduled#index}). Both are O(1). When near is empty, the next
 * non-empty bucket (found through a two-level bitmap) is moved into near and {@code curSlot} passes it. The entries of
 * a bucket sit in one or two cache lines, so moving a bucket into near is one sequential read and independent loads of
 * its handles — a linked list made it a chain of dependent cache misses, which dominated with millions of events.</li>
 * <li><b>far</b>: a second heap for events beyond the wheel's year (rare: long timers, bursts far ahead); they enter
 * the wheel as it advances, and if the wheel runs empty the calendar jumps straight to the earliest of them.</li>
 * </ul>
 * Every event in near precedes every event in the wheel, which precede every event in far, so the queue's order is
 * near's order. Like Brown's queue it resizes when the number of events leaves [buckets/8, 2·buckets]: the new width is
 * set from a sample of pending times — the density of the earliest quarter of the sample, so a few far-away timers do
 * not widen the buckets — to hold about {@value #PER_BUCKET} events. Degenerate inputs stay correct: equal times all
 * land in one bucket and near degrades to a heap.
 */
final class CalendarQueue extends EventQueue {

    private static final int MIN_BUCKETS = 256;
    private static final int MAX_BUCKETS = 1 << 23;
    /** Entries per bucket in the slot array (8 compressed references: 32 bytes); more go to the overflow list. */
    private static final int CAP = 8;
    private static final int CAP_BITS = 3;
    private static final int SAMPLE = 1024;
    private static final int PER_BUCKET = 3;
    private static final int MAX_SHIFT = 50;

    private final EventHeap near = new EventHeap(Scheduled.HEAP);
    private final EventHeap far = new EventHeap(Scheduled.FAR);
    /** Bucket b's entries are {@code slots[b·CAP, (b+1)·CAP)}; null = free. */
    private Scheduled[] slots;
    /** Head of bucket b's overflow list, for entries beyond {@code CAP}. */
    private Scheduled[] overflow;
    private int nBuckets;
    /** Bit b set = bucket b not empty; {@code summary} bit w set = {@code occupied[w] != 0}. */
    private long[] occupied;
    private long[] summary;
    private int mask;
    private int shift = 10;
    /** The first slot the wheel holds; near holds every earlier slot. */
    private long curSlot;
    private int wheelCount;
    private int size;

    CalendarQueue() {
        allocate(MIN_BUCKETS);
    }

    private void allocate(int n) {
        slots = new Scheduled[n << CAP_BITS];
        overflow = new Scheduled[n];
        nBuckets = n;
        occupied = new long[n >>> 6];
        summary = new long[(occupied.length + 63) >>> 6];
        mask = n - 1;
    }

    @Override
    int size() {
        return size;
    }

    @Override
    void add(Scheduled s) {
        size++;
        place(s);
        if (size > 2 * nBuckets && nBuckets < MAX_BUCKETS) {
            rebuild();
        }
    }

    @Override
    void remove(Scheduled s) {
        switch (s.queue) {
            case Scheduled.HEAP -> near.removeAt(s.index);
            case Scheduled.FAR -> far.removeAt(s.index);
            default -> unlink(s);
        }
        size--;
        shrinkIfSparse();
    }

    @Override
    Scheduled pollUntil(long endNanos) {
        if (near.size() == 0 && !refill()) {
            return null;
        }
        if (near.minTime() > endNanos) {
            return null;
        }
        Scheduled s = near.poll();
        size--;
        shrinkIfSparse();
        return s;
    }

    private void shrinkIfSparse() {
        if (size < nBuckets >>> 3 && nBuckets > MIN_BUCKETS) {
            rebuild();
        }
    }

    private void place(Scheduled s) {
        long slot = s.time >>> shift;
        long ahead = slot - curSlot;
        if (ahead < 0) {
            near.add(s);
        } else if (ahead < nBuckets) {
            push(s, (int) slot & mask);
        } else {
            far.add(s);
        }
    }

    private void push(Scheduled s, int b) {
        wheelCount++;
        occupied[b >>> 6] |= 1L << b;
        summary[b >>> 12] |= 1L << (b >>> 6);
        int base = b << CAP_BITS;
        for (int i = base, end = base + CAP; i < end; i++) {
            if (slots[i] == null) {
                slots[i] = s;
                s.index = i;
                s.queue = Scheduled.WHEEL;
                return;
            }
        }
        Scheduled head = overflow[b];
        s.next = head;
        s.prev = null;
        if (head != null) {
            head.prev = s;
        }
        overflow[b] = s;
        s.index = -1;
        s.queue = Scheduled.OVERFLOW;
    }

    private void unlink(Scheduled s) {
        int b;
        if (s.queue == Scheduled.WHEEL) {
            slots[s.index] = null;
            b = s.index >>> CAP_BITS;
            s.index = -1;
        } else {
            b = (int) (s.time >>> shift) & mask;
            if (s.prev != null) {
                s.prev.next = s.next;
            } else {
                overflow[b] = s.next;
            }
            if (s.next != null) {
                s.next.prev = s.prev;
            }
            s.next = null;
            s.prev = null;
        }
        s.queue = Scheduled.NONE;
        wheelCount--;
        if (overflow[b] == null && bucketSlotsEmpty(b)) {
            clearOccupied(b);
        }
    }

    private boolean bucketSlotsEmpty(int b) {
        int base = b << CAP_BITS;
        for (int i = base, end = base + CAP; i < end; i++) {
            if (slots[i] != null) {
                return false;
            }
        }
        return true;
    }

    private void clearOccupied(int b) {
        int w = b >>> 6;
        if ((occupied[w] &= ~(1L << b)) == 0) {
            summary[w >>> 6] &= ~(1L << w);
        }
    }

    /** Moves the next non-empty bucket into near; false if the queue is empty. */
    private boolean refill() {
        if (wheelCount == 0) {
            if (far.size() == 0) {
                return false;
            }
            // nothing within a year: jump to the earliest far event instead of stepping through empty buckets
            curSlot = far.minTime() >>> shift;
            pullFar();
        }
        int from = (int) curSlot & mask;
        int b = nextOccupied(from);
        curSlot += (b - from) & mask;
        clearOccupied(b);
        int base = b << CAP_BITS;
        for (int i = base, end = base + CAP; i < end; i++) {
            Scheduled s = slots[i];
            if (s != null) {
                slots[i] = null;
                wheelCount--;
                near.add(s);
            }
        }
        drainOverflow(b, null, 0);
        curSlot++;
        pullFar();
        return true;
    }

    /**
     * Empties bucket b's overflow list, into near if {@code out} is null, otherwise into {@code out} from {@code at};
     * returns the new end.
     */
    private int drainOverflow(int b, Scheduled[] out, int at) {
        Scheduled s = overflow[b];
        overflow[b] = null;
        while (s != null) {
            Scheduled next = s.next;
            s.next = null;
            s.prev = null;
            wheelCount--;
            if (out == null) {
                near.add(s);
            } else {
                out[at++] = s;
            }
            s = next;
        }
        return at;
    }

    /** Moves far events that the advancing wheel now covers into their buckets. */
    private void pullFar() {
        while (far.size() > 0 && (far.minTime() >>> shift) - curSlot < nBuckets) {
            place(far.poll());
        }
    }

    /** The first non-empty bucket at or after {@code from}, circularly; the wheel must not be empty. */
    private int nextOccupied(int from) {
        int w = from >>> 6;
        long bits = occupied[w] & (-1L << from);
        if (bits != 0) {
            return (w << 6) + Long.numberOfTrailingZeros(bits);
        }
        int word = nextWord(w + 1);
        if (word < 0) {
            word = nextWord(0);
        }
        return (word << 6) + Long.numberOfTrailingZeros(occupied[word]);
    }

    private int nextWord(int from) {
        if (from >= occupied.length) {
            return -1;
        }
        int s = from >>> 6;
        long bits = summary[s] & (-1L << from);
        while (bits == 0) {
            if (++s >= summary.length) {
                return -1;
            }
            bits = summary[s];
        }
        return (s << 6) + Long.numberOfTrailingZeros(bits);
    }

    /**
     * Resizes to a power of two near the number of events and recalibrates the bucket width; every event of the wheel
     * and far is placed again (O(n), amortised over the n/2 operations since the last resize). Near keeps its events:
     * the new first wheel slot is the old boundary rounded up to the new width.
     */
    private void rebuild() {
        Scheduled[] all = new Scheduled[wheelCount + far.size()];
        int k = 0;
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != null) {
                all[k++] = slots[i];
            }
        }
        for (int b = 0; b < nBuckets; b++) {
            k = drainOverflow(b, all, k);
        }
        k = far.drainTo(all, k);
        int n = Math.max(MIN_BUCKETS, Math.min(MAX_BUCKETS, Integer.highestOneBit(Math.max(1, size))));
        int newShift = calibrate(all, k);
        long boundary = curSlot << shift; // unsigned: at most 2^63
        allocate(n);
        shift = newShift;
        curSlot = (boundary >>> shift) + ((boundary & ((1L << shift) - 1)) != 0 ? 1 : 0);
        wheelCount = 0;
        for (int i = 0; i < k; i++) {
            place(all[i]);
        }
    }

    private int calibrate(Scheduled[] all, int k) {
        if (k < 2) {
            return shift;
        }
        int m = Math.min(k, SAMPLE);
        long[] t = new long[m];
        for (int i = 0; i < m; i++) {
            t[i] = all[(int) ((long) i * k / m)].time;
        }
        Arrays.sort(t);
        int q = Math.max(1, m / 4);
        long span = t[q] - t[0];
        while (span == 0 && q < m - 1) {
            q = Math.min(m - 1, 2 * q);
            span = t[q] - t[0];
        }
        if (span == 0) {
            return shift; // all equal: any width is as good
        }
        // q/m of the k events lie within span, so the width for PER_BUCKET events is PER_BUCKET·span·m/(q·k)
        double width = PER_BUCKET * (double) span * m / ((double) q * k);
        int s = width < 2 ? 0 : 63 - Long.numberOfLeadingZeros((long) width);
        return Math.min(MAX_SHIFT, s);
    }
}
