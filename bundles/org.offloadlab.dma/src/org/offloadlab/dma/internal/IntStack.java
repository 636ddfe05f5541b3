package org.offloadlab.dma.internal;

import java.util.Arrays;

/** A growable stack of ints: free lists and posted-buffer rings without boxing. */
public final class IntStack {

    private int[] items;
    private int size;

    /** An empty stack with room for {@code initialCapacity} items before it grows. */
    public IntStack(int initialCapacity) {
        items = new int[Math.max(1, initialCapacity)];
    }

    /** Pushes {@code value}, growing the backing array when full. */
    public void push(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, items.length * 2);
        }
        items[size++] = value;
    }

    /** Removes and returns the top value; the caller checks {@link #isEmpty()} first. */
    public int pop() {
        if (size == 0) {
            throw new IllegalStateException("pop from an empty stack");
        }
        return items[--size];
    }

    /** The value at {@code index} (0 is the bottom). */
    public int get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size);
        }
        return items[index];
    }

    /** Number of values held. */
    public int size() {
        return size;
    }

    /** Whether the stack holds nothing. */
    public boolean isEmpty() {
        return size == 0;
    }
}
