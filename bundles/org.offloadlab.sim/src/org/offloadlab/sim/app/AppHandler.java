package org.offloadlab.sim.app;

/** Readiness and lifecycle callbacks of a workload's connections; all default to doing nothing. */
public interface AppHandler {

    /** An outgoing connection completed its handshake. */
    default void connected(AppConnection c, long nowNanos) {
    }

    /** A listening port produced a new established connection. */
    default void accepted(AppConnection c, long nowNanos) {
    }

    /** In-order data (or the end of the peer's stream) can be received. */
    default void readable(AppConnection c, long nowNanos) {
    }

    /** Send-buffer space was freed. */
    default void writable(AppConnection c, long nowNanos) {
    }

    /** The connection is gone: closed normally, refused, reset or timed out. */
    default void closed(AppConnection c, CloseReason reason, long nowNanos) {
    }
}
