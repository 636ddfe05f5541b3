package org.offloadlab.nic.internal;

/**
 * A map from {@code long} keys to non-negative {@code int} values with open addressing and linear probing: two
 * primitive arrays, no object per entry. Deletion shifts the following entries back (Knuth's Algorithm R), so there are
 * no tombstones and lookups stay short at any churn. The capacity is fixed at construction (load ≤ 0.5).
 */
public final class LongIntHashMap {

    private final long[] keys;
    /** value + 1; 0 marks an empty bucket. */
    private final int[] values;
    private final int mask;
    private int size;

    /** A map that holds up to {@code maxEntries} entries. */
    public LongIntHashMap(int maxEntries) {
        int buckets = Integer.highestOneBit(Math.max(4, maxEntries) * 2 - 1) << 1;
        keys = new long[buckets];
        values = new int[buckets];
        mask = buckets - 1;
    }

    private int bucket(long key) {
        long h = key * 0x9E3779B97F4A7C15L; // Fibonacci hashing: the high bits are well mixed
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** The value for {@code key}, or -1. */
    public int get(long key) {
        for (int i = bucket(key);; i = (i + 1) & mask) {
            int v = values[i];
            if (v == 0) {
                return -1;
            }
            if (keys[i] == key) {
                return v - 1;
            }
        }
    }

    /** Maps {@code key} to {@code value} ({@code >= 0}), replacing any earlier value. */
    public void put(long key, int value) {
        for (int i = bucket(key);; i = (i + 1) & mask) {
            if (values[i] == 0) {
                if (size >= (mask + 1) / 2) {
                    throw new IllegalStateException("map full: " + size + " entries");
                }
                keys[i] = key;
                values[i] = value + 1;
                size++;
                return;
            }
            if (keys[i] == key) {
                values[i] = value + 1;
                return;
            }
        }
    }

    /** Removes {@code key}; returns its value or -1. */
    public int remove(long key) {
        int i = bucket(key);
        while (values[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (values[i] == 0) {
            return -1;
        }
        int removed = values[i] - 1;
        // backward-shift deletion: move later entries of the probe run into the hole if their home allows it
        int hole = i;
        for (int j = (i + 1) & mask; values[j] != 0; j = (j + 1) & mask) {
            int home = bucket(keys[j]);
            boolean movable = hole <= j ? home <= hole || home > j : home <= hole && home > j;
            if (movable) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        values[hole] = 0;
        size--;
        return removed;
    }

    /** Removes every entry. */
    public void clear() {
        java.util.Arrays.fill(values, 0);
        size = 0;
    }

    public int size() {
        return size;
    }

    /** Heap bytes of the two arrays. */
    public long footprintBytes() {
        return (long) keys.length * 12;
    }
}
