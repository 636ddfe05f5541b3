package org.offloadlab.model;

import java.util.Arrays;

/**
 * An immutable array of doubles, the value type of compact model attributes (series values). One object holding one primitive
 * array per attribute, instead of one boxed value or EObject per sample, keeps results of long runs with many
 * connections cheap. In XMI it is the values separated by single spaces; EMF converts it through
 * {@link #valueOf(String)} and {@link #toString()}.
 */
public final class DoubleArray {

    /** The empty array. */
    public static final DoubleArray EMPTY = new DoubleArray(new double[0]);

    private final double[] values;

    private DoubleArray(double[] values) {
        this.values = values;
    }

    /** An array holding a copy of {@code values}. */
    public static DoubleArray of(double... values) {
        return values.length == 0 ? EMPTY : new DoubleArray(values.clone());
    }

    /** An array holding a copy of the first {@code length} of {@code values}. */
    public static DoubleArray of(double[] values, int length) {
        return length == 0 ? EMPTY : new DoubleArray(Arrays.copyOf(values, length));
    }

    /**
     * Parses the XMI form: values separated by whitespace.
     *
     * @throws IllegalArgumentException
     *             naming the first value that is not a number
     */
    public static DoubleArray valueOf(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return EMPTY;
        }
        String[] parts = t.split("\\s+");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("value " + (i + 1) + " of a double array is not a number: '"
                        + (parts[i].length() > 40 ? parts[i].substring(0, 40) + "…" : parts[i]) + "'", e);
            }
        }
        return new DoubleArray(v);
    }

    /** The number of values. */
    public int length() {
        return values.length;
    }

    /** The value at {@code index}. */
    public double get(int index) {
        return values[index];
    }

    /** A copy of the values. */
    public double[] toArray() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DoubleArray a && Arrays.equals(values, a.values);
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
