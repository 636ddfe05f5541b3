package org.offloadlab.dma;

/**
 * One pool at one moment.
 *
 * @param pool
 *            pool number
 * @param bufferSize
 *            bytes per buffer
 * @param capacity
 *            buffers in the pool
 * @param free
 *            buffers on the free list (capacity − free are held by groups)
 */
public record PoolStats(int pool, int bufferSize, int capacity, int free) {

    /** Buffers held by groups. */
    public int held() {
        return capacity - free;
    }
}
