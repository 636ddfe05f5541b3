package org.offloadlab.dma;

/** How a send is carried to the adapter. */
public enum SendMode {
    /**
     * Zero-copy at or above {@link DmaConfig#zeroCopySendThreshold()}, buffered below (as Linux MSG_ZEROCOPY users do).
     */
    AUTO,
    /** Copy into group send buffers; the application may reuse its buffer at once. */
    BUFFERED,
    /** Pin the application buffer; it is released when the data is acknowledged and the completion delivered. */
    ZERO_COPY
}
