package org.offloadlab.dma;

/** The event counters kept per group and in total by {@link Accounting}. */
public enum Counter {
    /** Received bytes placed in host memory (group buffers or posted application buffers): acknowledgeable. */
    PLACED_BYTES,
    /** Of those, bytes placed straight into posted application buffers. */
    ZERO_COPY_RX_BYTES,
    /** Received bytes the host has been notified of. */
    DELIVERED_BYTES,
    /** Received bytes the application has read. */
    READ_BYTES,
    /** Copy operations by the host CPU (buffered receive reads, buffered sends). */
    COPIES,
    /** Bytes copied by the host CPU. */
    COPY_BYTES,
    /** Bus transactions: one per data write or read of a buffer, one per completion batch carrying the group. */
    DMA_TRANSACTIONS,
    /** Receive chunks handed to the host (a buffer may be handed over in several parts). */
    HANDOVERS,
    /** Receive buffers finished with (full, or closed with the connection). */
    CLOSED_BUFFERS,
    /** Capacity in bytes of the finished receive buffers. */
    CLOSED_CAPACITY,
    /** Bytes written into the finished receive buffers: fill ratio = CLOSED_FILL / CLOSED_CAPACITY. */
    CLOSED_FILL,
    /** Completion batches that carried this group's entries (in total: interrupts requested). */
    INTERRUPTS,
    /** Transfers that bypassed batching (urgent data, PSH on a latency-sensitive connection, expedited group). */
    EXPEDITED,
    /** Segments for a zero-copy connection that found no posted application buffer and went buffered. */
    ZERO_COPY_FALLBACKS,
    /** Buffers taken from the default group because the own group was exhausted. */
    BORROWS,
    /** Segments placed only in part or not at all because the group was exhausted (window shrink policy). */
    REFUSALS,
    /** Bytes refused that way (not acknowledgeable; the peer resends). */
    REFUSED_BYTES,
    /** Segments dropped whole by the drop policy. */
    DROPS,
    /** Bytes dropped whole by the drop policy. */
    DROPPED_BYTES,
    /** Send bytes copied into group buffers. */
    TX_BUFFERED_BYTES,
    /** Send bytes pinned in place (zero-copy). */
    TX_ZERO_COPY_BYTES,
    /** Send bytes refused because the group had no buffer (the application must retry). */
    TX_REFUSED_BYTES,
    /** Send bytes the adapter fetched from host memory. */
    TX_DMA_BYTES,
    /** Send bytes acknowledged by the peer. */
    TX_ACKED_BYTES,
    /** Send completions delivered to the host (buffers reusable). */
    COMPLETIONS,
    /** Pages pinned for zero-copy sends. */
    PINNED_PAGES,
    /** Host CPU time by the cost model, in picoseconds. */
    CPU_PICOS
}
