package org.offloadlab.analysis.internal;

import java.util.Arrays;

/**
 * A bounded set of disjoint half-open ranges [start, end) of unwrapped sequence offsets, kept sorted. Most connections
 * need one range; the arrays grow on demand up to {@code maxRanges}. When a new disjoint range would exceed the bound,
 * the range furthest ahead is dropped and counted, so the in-order prefix (what the application received) stays exact
 * while the unique-byte count becomes approximate.
 */
final class RangeSet {

    private final int maxRanges;
    private long[] starts = new long[1];
    private long[] ends = new long[1];
    private int size;
    private int dropped;
    private long droppedBytes;

    RangeSet(int maxRanges) {
        this.maxRanges = maxRanges;
    }

    void add(long start, long end) {
        if (end <= start) {
            return;
        }
        // Fast path: appending at or after the last range, the common case for in-order data.
        if (size > 0 && start >= starts[size - 1]) {
            int last = size - 1;
            if (start <= ends[last]) {
                ends[last] = Math.max(ends[last], end);
                return;
            }
            insertAt(size, start, end);
            return;
        }
        // First range whose end reaches start: everything before it stays untouched.
        int first = firstEndingAtOrAfter(start);
        int last = first;
        while (last < size && starts[last] <= end) {
            last++;
        }
        if (first == last) {
            insertAt(first, start, end);
            return;
        }
        long mergedStart = Math.min(start, starts[first]);
        long mergedEnd = Math.max(end, ends[last - 1]);
        starts[first] = mergedStart;
        ends[first] = mergedEnd;
        int removed = last - first - 1;
        if (removed > 0) {
            System.arraycopy(starts, last, starts, first + 1, size - last);
            System.arraycopy(ends, last, ends, first + 1, size - last);
            size -= removed;
        }
    }

    private int firstEndingAtOrAfter(long start) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void insertAt(int index, long start, long end) {
        if (size == maxRanges) {
            if (index == size) {
                drop(end - start);
                return;
            }
            drop(ends[size - 1] - starts[size - 1]);
            size--;
        }
        if (size == starts.length) {
            int capacity = Math.min(maxRanges, Math.max(4, size * 2));
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
        }
        System.arraycopy(starts, index, starts, index + 1, size - index);
        System.arraycopy(ends, index, ends, index + 1, size - index);
        starts[index] = start;
        ends[index] = end;
        size++;
    }

    private void drop(long bytes) {
        dropped++;
        droppedBytes += bytes;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    long lowest() {
        return size == 0 ? 0 : starts[0];
    }

    /** Total length covered, including ranges dropped for lack of room. */
    long coveredBytes() {
        long total = droppedBytes;
        for (int i = 0; i < size; i++) {
            total += ends[i] - starts[i];
        }
        return total;
    }

    /** Length of the contiguous run that starts exactly at {@code from}, 0 when {@code from} is not covered. */
    long contiguousFrom(long from) {
        int i = firstEndingAtOrAfter(from);
        if (i < size && starts[i] <= from && ends[i] > from) {
            return ends[i] - from;
        }
        return 0;
    }

    /** Ranges dropped because the set was full. */
    int dropped() {
        return dropped;
    }
}
