package org.offloadlab.dma;

import java.util.List;

/**
 * Host memory registered with the adapter: several {@link BufferPool}s of different buffer sizes. A buffer handle is an
 * int: pool number in the high 7 bits, buffer index in the low 24, so handles travel in int arrays.
 */
public final class HostMemory {

    private static final int INDEX_BITS = 24;
    private static final int INDEX_MASK = (1 << INDEX_BITS) - 1;
    /** Most pools host memory can have. */
    public static final int MAX_POOLS = 127;

    private final BufferPool[] pools;

    /** Registers one pool per spec, numbered in list order. */
    public HostMemory(List<PoolSpec> specs) {
        if (specs.isEmpty() || specs.size() > MAX_POOLS) {
            throw new IllegalArgumentException("host memory needs 1 .. " + MAX_POOLS + " pools, got " + specs.size());
        }
        pools = new BufferPool[specs.size()];
        for (int i = 0; i < pools.length; i++) {
            pools[i] = new BufferPool(i, specs.get(i));
        }
    }

    /** The handle of buffer {@code index} in pool {@code pool}. */
    public static int handle(int pool, int index) {
        return (pool << INDEX_BITS) | index;
    }

    /** Pool number of a handle. */
    public static int poolOf(int handle) {
        return handle >>> INDEX_BITS;
    }

    /** Buffer index of a handle. */
    public static int indexOf(int handle) {
        return handle & INDEX_MASK;
    }

    /** Pool number {@code i}. */
    public BufferPool pool(int i) {
        if (i < 0 || i >= pools.length) {
            throw new IllegalArgumentException("no pool " + i + " (host memory has " + pools.length + ")");
        }
        return pools[i];
    }

    /** Number of pools. */
    public int poolCount() {
        return pools.length;
    }

    /** Bytes per buffer of the buffer behind {@code handle}. */
    public int bufferSize(int handle) {
        return pools[poolOf(handle)].bufferSize();
    }

    /** Total registered bytes. */
    /** Bytes of all buffers allocated to groups (posted or in use); O(pools). */
    public long allocatedBytes() {
        long n = 0;
        for (int i = 0; i < poolCount(); i++) {
            BufferPool p = pool(i);
            n += (long) p.inUse() * p.bufferSize();
        }
        return n;
    }

    public long registeredBytes() {
        long sum = 0;
        for (BufferPool p : pools) {
            sum += (long) p.bufferSize() * p.capacity();
        }
        return sum;
    }

    int fill(int handle) {
        return pools[poolOf(handle)].fill(indexOf(handle));
    }

    void fill(int handle, int value) {
        pools[poolOf(handle)].fill(indexOf(handle), value);
    }

    int refs(int handle) {
        return pools[poolOf(handle)].refs(indexOf(handle));
    }

    void refs(int handle, int value) {
        pools[poolOf(handle)].refs(indexOf(handle), value);
    }

    int owner(int handle) {
        return pools[poolOf(handle)].owner(indexOf(handle));
    }
}
