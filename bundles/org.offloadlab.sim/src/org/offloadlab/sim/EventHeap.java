package org.offloadlab.sim;

import java.util.Arrays;

/**
 * A 4-ary min-heap of {@link Scheduled} handles on (time, sequence) whose keys live in two primitive arrays beside the
 * handle array: comparisons read adjacent longs instead of chasing a pointer per child, and a 4-ary heap has half the
 * levels of a binary one. Each handle knows its slot ({@link Scheduled#index}), for O(log n) removal. Used on its own
 * ({@link HeapQueue}) and, small and cache-resident, as the sorted front of the {@link CalendarQueue}.
 */
final class EventHeap {

    private final byte tag;
    private Scheduled[] heap = new Scheduled[16];
    private long[] times = new long[16];
    private long[] sequences = new long[16];
    private int size;

    /**
     * @param tag
     *            the value {@link Scheduled#queue} takes while a handle is in this heap
     */
    EventHeap(byte tag) {
        this.tag = tag;
    }

    int size() {
        return size;
    }

    /** The smallest time in the heap; only when not empty. */
    long minTime() {
        return times[0];
    }

    Scheduled min() {
        return heap[0];
    }

    void add(Scheduled s) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
            times = Arrays.copyOf(times, size * 2);
            sequences = Arrays.copyOf(sequences, size * 2);
        }
        s.queue = tag;
        siftUp(size++, s, s.time, s.sequence);
    }

    Scheduled poll() {
        Scheduled s = heap[0];
        removeAt(0);
        return s;
    }

    /** Copies the handles into {@code out} from {@code at} and empties the heap; returns the new end. */
    int drainTo(Scheduled[] out, int at) {
        for (int i = 0; i < size; i++) {
            out[at++] = heap[i];
            heap[i] = null;
        }
        size = 0;
        return at;
    }

    private boolean before(int i, long time, long sequence) {
        long t = times[i];
        return t < time || t == time && sequences[i] < sequence;
    }

    void removeAt(int i) {
        Scheduled removed = heap[i];
        removed.index = -1;
        removed.queue = Scheduled.NONE;
        int last = --size;
        if (i < last) {
            Scheduled moved = heap[last];
            long t = times[last];
            long q = sequences[last];
            heap[last] = null;
            int at = siftDown(i, moved, t, q);
            if (at == i) {
                siftUp(i, moved, t, q);
            }
        } else {
            heap[last] = null;
        }
    }

    private void place(int i, Scheduled s, long time, long sequence) {
        heap[i] = s;
        times[i] = time;
        sequences[i] = sequence;
        s.index = i;
    }

    private void siftUp(int i, Scheduled s, long time, long sequence) {
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            if (before(parent, time, sequence)) {
                break;
            }
            place(i, heap[parent], times[parent], sequences[parent]);
            i = parent;
        }
        place(i, s, time, sequence);
    }

    /** Moves the entry down from slot {@code i}; returns where it came to rest. */
    private int siftDown(int i, Scheduled s, long time, long sequence) {
        int n = size;
        while (true) {
            int first = 4 * i + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            int end = Math.min(first + 4, n);
            for (int c = first + 1; c < end; c++) {
                if (before(c, times[best], sequences[best])) {
                    best = c;
                }
            }
            if (!before(best, time, sequence)) {
                break;
            }
            place(i, heap[best], times[best], sequences[best]);
            i = best;
        }
        place(i, s, time, sequence);
        return i;
    }
}
