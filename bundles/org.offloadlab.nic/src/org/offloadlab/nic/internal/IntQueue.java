package org.offloadlab.nic.internal;

import java.util.Arrays;

/** A growable FIFO of {@code int}s (a ring), for slot lists that must not box. */
public final class IntQueue {

    private int[] items = new int[16];
    private int head;
    private int size;

    public void add(int v) {
        if (size == items.length) {
            int[] n = new int[items.length * 2];
            for (int i = 0; i < size; i++) {
                n[i] = items[(head + i) & (items.length - 1)];
            }
            items = n;
            head = 0;
        }
        items[(head + size) & (items.length - 1)] = v;
        size++;
    }

    public int poll() {
        if (size == 0) {
            throw new IllegalStateException("queue empty");
        }
        int v = items[head];
        head = (head + 1) & (items.length - 1);
        size--;
        return v;
    }

    public int get(int i) {
        return items[(head + i) & (items.length - 1)];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public void clear() {
        head = 0;
        size = 0;
        if (items.length > 1024) {
            items = new int[16];
        } else {
            Arrays.fill(items, 0);
        }
    }
}
