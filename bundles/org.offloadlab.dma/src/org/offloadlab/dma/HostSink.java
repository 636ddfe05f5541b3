package org.offloadlab.dma;

/**
 * What the host learns from the adapter, called while a completion batch is delivered (an interrupt). Calls arrive in
 * stream order per connection. The sink may call {@link DmaManager#read} from inside a callback.
 */
public interface HostSink {

    /** A sink that ignores everything. */
    HostSink NONE = (connection, streamOffset, length, zeroCopy, now) -> {
        // nothing
    };

    /** Received bytes {@code [streamOffset, streamOffset + length)} of {@code connection} are in host memory. */
    void delivered(int connection, long streamOffset, int length, boolean zeroCopy, long now);

    /** Sent bytes up to {@code streamEnd} are acknowledged and their buffers released or unpinned. */
    default void sendCompleted(int connection, long streamEnd, long now) {
    }

    /** One interrupt carrying {@code batchSize} completions. */
    default void interrupt(int batchSize, long now) {
    }
}
