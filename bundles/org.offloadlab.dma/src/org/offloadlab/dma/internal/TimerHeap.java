package org.offloadlab.dma.internal;

import java.util.Arrays;

/**
 * A binary min-heap of (deadline, connection) pairs for the partial-buffer flush timers. Entries are never removed
 * early: the owner compares a popped entry with the connection's current deadline and ignores stale ones, which keeps
 * re-arming O(log n) without a per-connection heap index.
 */
public final class TimerHeap {

    private long[] deadline = new long[16];
    private int[] owner = new int[16];
    private int size;

    /** Adds a deadline for {@code connection}. */
    public void add(long at, int connection) {
        if (size == deadline.length) {
            deadline = Arrays.copyOf(deadline, size * 2);
            owner = Arrays.copyOf(owner, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (before(parent, at, connection)) {
                break;
            }
            deadline[i] = deadline[parent];
            owner[i] = owner[parent];
            i = parent;
        }
        deadline[i] = at;
        owner[i] = connection;
    }

    /** Earliest deadline, or {@link Long#MAX_VALUE} when empty. */
    public long peekDeadline() {
        return size == 0 ? Long.MAX_VALUE : deadline[0];
    }

    /** Connection of the earliest deadline; only valid when not empty. */
    public int peekConnection() {
        return owner[0];
    }

    /** Removes the earliest entry. */
    public void removeFirst() {
        if (size == 0) {
            throw new IllegalStateException("removeFirst on an empty timer heap");
        }
        size--;
        long at = deadline[size];
        int connection = owner[size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(child + 1, deadline[child], owner[child])) {
                child++;
            }
            if (!before(child, at, connection)) {
                break;
            }
            deadline[i] = deadline[child];
            owner[i] = owner[child];
            i = child;
        }
        deadline[i] = at;
        owner[i] = connection;
    }

    /** Number of entries, stale ones included. */
    public int size() {
        return size;
    }

    /** Ties broken by connection number so the firing order is deterministic. */
    private boolean before(int slot, long at, int connection) {
        return deadline[slot] < at || (deadline[slot] == at && owner[slot] <= connection);
    }
}
