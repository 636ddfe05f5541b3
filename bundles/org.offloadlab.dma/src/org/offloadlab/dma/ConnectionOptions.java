package org.offloadlab.dma;

/**
 * Per-connection behaviour.
 *
 * @param zeroCopyReceive
 *            place received data into application buffers posted with {@link DmaManager#postReceiveBuffer}; buffered
 *            when none is posted (counted as a fallback)
 * @param latencySensitive
 *            PSH on this connection expedites the handover past the DMA batching
 */
public record ConnectionOptions(boolean zeroCopyReceive, boolean latencySensitive) {

    /** Buffered receive, not latency-sensitive. */
    public static final ConnectionOptions DEFAULT = new ConnectionOptions(false, false);
}
