package org.offloadlab.analysis.internal;

import java.util.Arrays;

/** A growable array of primitive booleans. */
final class BooleanList {

    private boolean[] values = new boolean[16];
    private int size;

    void add(boolean value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1));
        }
        values[size++] = value;
    }

    boolean[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
