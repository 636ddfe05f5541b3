package org.offloadlab.dma;

/**
 * A pool of fixed-size host buffers registered with the adapter. The free list is an index stack in an int array and a
 * buffer is identified by its index, so allocating and releasing touch two array slots and create no object. Each
 * buffer records its owning group (or {@link #FREE}) so a second release — a buffer owned twice — fails at once.
 * <p>
 * The per-buffer {@code fill} and {@code refs} slots belong to the receive and send paths: bytes written so far, and
 * how many holders (the adapter filling it, chunks not yet consumed by the host) keep it alive.
 */
public final class BufferPool {

    /** Largest buffer count of one pool: the low 24 bits of a handle. */
    public static final int MAX_BUFFERS = 1 << 24;
    /** Owner of a buffer on the free list. */
    public static final int FREE = -1;

    private final int index;
    private final int bufferSize;
    private final int[] freeStack;
    private int freeCount;
    private final int[] owner;
    private final int[] fill;
    private final int[] refs;

    /** Pool number {@code index} of the host memory, built from {@code spec}; all buffers free. */
    public BufferPool(int index, PoolSpec spec) {
        this.index = index;
        this.bufferSize = spec.bufferSize();
        int n = spec.bufferCount();
        freeStack = new int[n];
        owner = new int[n];
        fill = new int[n];
        refs = new int[n];
        // lowest index on top: deterministic and cache-friendly first use
        for (int i = 0; i < n; i++) {
            freeStack[i] = n - 1 - i;
            owner[i] = FREE;
        }
        freeCount = n;
    }

    /** Takes a free buffer for {@code group}; returns its index, or -1 when the pool is empty. */
    public int allocate(int group) {
        if (freeCount == 0) {
            return -1;
        }
        int b = freeStack[--freeCount];
        owner[b] = group;
        return b;
    }

    /** Puts buffer {@code b} back on the free list. */
    public void release(int b) {
        if (owner[b] == FREE) {
            throw new IllegalStateException("buffer " + b + " of pool " + index + " released but it is free");
        }
        owner[b] = FREE;
        fill[b] = 0;
        refs[b] = 0;
        freeStack[freeCount++] = b;
    }

    /** Group holding buffer {@code b}, or {@link #FREE}. */
    public int owner(int b) {
        return owner[b];
    }

    /** Pool number within the host memory. */
    public int index() {
        return index;
    }

    /** Bytes per buffer. */
    public int bufferSize() {
        return bufferSize;
    }

    /** Buffers in the pool. */
    public int capacity() {
        return owner.length;
    }

    /** Buffers on the free list. */
    public int free() {
        return freeCount;
    }

    /** Buffers held by groups. */
    public int inUse() {
        return owner.length - freeCount;
    }

    int fill(int b) {
        return fill[b];
    }

    void fill(int b, int value) {
        fill[b] = value;
    }

    int refs(int b) {
        return refs[b];
    }

    void refs(int b, int value) {
        refs[b] = value;
    }
}
