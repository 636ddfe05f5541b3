package org.offloadlab.tcp;

/**
 * Receives a connection's state transitions and application events synchronously, on the caller's thread, during
 * {@code process}, {@code dispatch} and API calls. Implementations must not call back into the engine re-entrantly
 * except through the application API methods.
 */
public interface ConnectionListener {

    /** A listener that ignores everything. */
    ConnectionListener NONE = new ConnectionListener() {
    };

    /** Every transition made through the connection's single state setter. */
    default void stateChanged(TcpConnection connection, State from, State to, long nowNanos) {
    }

    /** An application event. */
    default void event(TcpConnection connection, ConnectionEvent event, long nowNanos) {
    }

    /**
     * The connection went from "nothing to do until {@link TcpConnection#pollAt()}" to "dispatch me now", e.g. because
     * the application queued data. A scheduler uses this to avoid polling every connection.
     */
    default void wakeUp(TcpConnection connection, long nowNanos) {
    }
}
