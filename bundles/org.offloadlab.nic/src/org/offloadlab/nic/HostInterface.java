package org.offloadlab.nic;

/**
 * The only way the host reaches the adapter: a submission ring it writes commands into and announces with a doorbell
 * (MMIO write), a completion ring the adapter writes into host memory, and interrupts (MSI-X) moderated by
 * {@link InterruptCoalescing} and re-enabled by the host's completion-queue doorbell, as in NAPI. Every interaction is
 * counted in {@link #counters()}. Calls happen inside simulation events at {@code nowNanos}.
 */
public interface HostInterface {

    NicCapabilities capabilities();

    /** Writes {@code command} into the submission ring (host memory); false when the ring is full. */
    boolean post(Command command);

    /** Free submission-ring entries. */
    int submissionSpace();

    /** Rings the submission doorbell: the adapter will fetch every command posted so far. */
    void ringDoorbell(long nowNanos);

    /** The interrupt service routine; replaces any earlier one. */
    void setInterruptHandler(InterruptHandler handler);

    /**
     * Reads up to {@code budget} completions that have reached host memory, in order, and frees their ring entries.
     * Returns how many were read.
     */
    int poll(CompletionConsumer consumer, int budget, long nowNanos);

    /** Completions that have reached host memory and not been read. */
    int completionsReady(long nowNanos);

    /**
     * Rings the completion-queue doorbell: tells the adapter which entries were consumed and re-enables interrupts
     * (NAPI's napi_complete + IRQ unmask).
     */
    void rearm(long nowNanos);

    InteractionCounters counters();

    /**
     * Host receive-buffer bytes the adapter assumes for each new connection: it delivers no more data than this until
     * the host returns credit (CREDIT). The driver sizes its socket receive buffers to it.
     */
    int initialReceiveCredit();

    /** Bytes of send data the adapter buffers per connection; the driver never has more unacknowledged than this. */
    int sendBufferBytes();
}
