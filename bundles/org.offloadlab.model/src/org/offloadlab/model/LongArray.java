package org.offloadlab.model;

import java.util.Arrays;

/**
 * An immutable array of longs, the value type of compact model attributes (times, sequence numbers, byte counts). One object holding one primitive
 * array per attribute, instead of one boxed value or EObject per sample, keeps results of long runs with many
 * connections cheap. In XMI it is the values separated by single spaces; EMF converts it through
 * {@link #valueOf(String)} and {@link #toString()}.
 */
public final class LongArray {

    /** The empty array. */
    public static final LongArray EMPTY = new LongArray(new long[0]);

    private final long[] values;

    private LongArray(long[] values) {
        this.values = values;
    }

    /** An array holding a copy of {@code values}. */
    public static LongArray of(long... values) {
        return values.length == 0 ? EMPTY : new LongArray(values.clone());
    }

    /** An array holding a copy of the first {@code length} of {@code values}. */
    public static LongArray of(long[] values, int length) {
        return length == 0 ? EMPTY : new LongArray(Arrays.copyOf(values, length));
    }

    /**
     * Parses the XMI form: values separated by whitespace.
     *
     * @throws IllegalArgumentException
     *             naming the first value that is not a number
     */
    public static LongArray valueOf(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return EMPTY;
        }
        String[] parts = t.split("\\s+");
        long[] v = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Long.parseLong(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("value " + (i + 1) + " of a long array is not a number: '"
                        + (parts[i].length() > 40 ? parts[i].substring(0, 40) + "…" : parts[i]) + "'", e);
            }
        }
        return new LongArray(v);
    }

    /** The number of values. */
    public int length() {
        return values.length;
    }

    /** The value at {@code index}. */
    public long get(int index) {
        return values[index];
    }

    /** A copy of the values. */
    public long[] toArray() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LongArray a && Arrays.equals(values, a.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    /** The XMI form: the values separated by single spaces. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(values.length * 8);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(values[i]);
        }
        return b.toString();
    }
}
