package org.offloadlab.nic.internal;

import java.util.Arrays;

/**
 * An indexed binary min-heap of connection slots by deadline: the adapter's timer structure. One entry per connection
 * that has a deadline (its {@code pollAt}); an idle connection has none and costs nothing. Moving a deadline is O(log
 * n); the adapter keeps a single simulator event for the heap's minimum, never one event per connection. Ties are
 * broken by slot number, so the order is deterministic.
 */
public final class DeadlineHeap {

    private int[] heap;
    /** Heap index + 1 of each slot, 0 when absent. */
    private final int[] position;
    private final long[] deadline;
    private int size;

    public DeadlineHeap(int slots) {
        heap = new int[Math.min(slots, 1024)];
        position = new int[slots];
        deadline = new long[slots];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The earliest deadline, or {@link Long#MAX_VALUE}. */
    public long minDeadline() {
        return size == 0 ? Long.MAX_VALUE : deadline[heap[0]];
    }

    /** The slot with the earliest deadline (heap must not be empty). */
    public int minSlot() {
        return heap[0];
    }

    public boolean contains(int slot) {
        return position[slot] != 0;
    }

    /** Sets (or moves) the deadline of {@code slot}; {@link Long#MAX_VALUE} removes it. */
    public void set(int slot, long at) {
        if (at == Long.MAX_VALUE) {
            remove(slot);
            return;
        }
        int p = position[slot];
        if (p == 0) {
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, Math.min(position.length, size * 2));
            }
            deadline[slot] = at;
            heap[size] = slot;
            position[slot] = size + 1;
            size++;
            siftUp(size - 1);
        } else {
            long old = deadline[slot];
            deadline[slot] = at;
            if (at < old) {
                siftUp(p - 1);
            } else if (at > old) {
                siftDown(p - 1);
            }
        }
    }

    /** Removes {@code slot} if present. */
    public void remove(int slot) {
        int p = position[slot];
        if (p == 0) {
            return;
        }
        int i = p - 1;
        position[slot] = 0;
        size--;
        if (i < size) {
            int last = heap[size];
            heap[i] = last;
            position[last] = i + 1;
            siftDown(i);
            if (heap[i] == last) {
                siftUp(i);
            }
        }
    }

    /** Removes every entry. */
    public void clear() {
        while (size > 0) {
            position[heap[--size]] = 0;
        }
    }

    /** Removes and returns the slot with the earliest deadline. */
    public int poll() {
        int s = heap[0];
        remove(s);
        return s;
    }

    private boolean less(int a, int b) {
        return deadline[a] < deadline[b] || deadline[a] == deadline[b] && a < b;
    }

    private void siftUp(int i) {
        int s = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = heap[parent];
            if (!less(s, p)) {
                break;
            }
            heap[i] = p;
            position[p] = i + 1;
            i = parent;
        }
        heap[i] = s;
        position[s] = i + 1;
    }

    private void siftDown(int i) {
        int s = heap[i];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int c = heap[child];
            int right = child + 1;
            if (right < size && less(heap[right], c)) {
                child = right;
                c = heap[child];
            }
            if (!less(c, s)) {
                break;
            }
            heap[i] = c;
            position[c] = i + 1;
            i = child;
        }
        heap[i] = s;
        position[s] = i + 1;
    }

    /** Heap bytes of the arrays. */
    public long footprintBytes() {
        return (long) position.length * 12 + (long) heap.length * 4;
    }
}
