package org.offloadlab.dma;

/**
 * One pool of host memory registered with the adapter: {@code bufferCount} buffers of {@code bufferSize} bytes.
 *
 * @param bufferSize
 *            bytes per buffer, 256 .. 16 MiB
 * @param bufferCount
 *            buffers in the pool, 1 .. 2^24 (the handle keeps 24 bits for the index)
 */
public record PoolSpec(int bufferSize, int bufferCount) {

    /** Validates the sizes. */
    public PoolSpec {
        if (bufferSize < 256 || bufferSize > (16 << 20)) {
            throw new IllegalArgumentException("buffer size must be 256 B .. 16 MiB, was " + bufferSize);
        }
        if (bufferCount < 1 || bufferCount > BufferPool.MAX_BUFFERS) {
            throw new IllegalArgumentException(
                    "buffer count must be 1 .. " + BufferPool.MAX_BUFFERS + ", was " + bufferCount);
        }
    }

    /** Bytes the pool pins in host memory. */
    public long bytes() {
        return (long) bufferSize * bufferCount;
    }
}
