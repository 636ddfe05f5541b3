package org.offloadlab.sim.app;

import java.nio.ByteBuffer;

/**
 * One connection as an application sees it: a byte stream each way. Non-blocking; readiness comes via
 * {@link AppHandler}.
 */
public interface AppConnection {

    int remoteHost();

    int localPort();

    int remotePort();

    /**
     * Queues as much of {@code src} as the send buffer takes; returns the number of bytes taken (0 when full, -1 if
     * this side is already closed for sending).
     */
    int send(ByteBuffer src, long nowNanos);

    /** Copies available in-order data into {@code dst}; returns bytes copied, 0 if none, -1 at end of stream. */
    int receive(ByteBuffer dst, long nowNanos);

    /** Bytes {@link #send} would take now. */
    int sendSpace();

    /** Bytes {@link #receive} would return now. */
    int available();

    /** Half-close: no more data will be sent (FIN after the queued data). */
    void shutdownOutput(long nowNanos);

    /** Graceful close of both directions. */
    void close(long nowNanos);

    /** Abortive close (RST). */
    void abort(long nowNanos);
}
