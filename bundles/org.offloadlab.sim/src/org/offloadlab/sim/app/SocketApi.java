package org.offloadlab.sim.app;

/**
 * The socket API an application workload runs against. Implemented by an emulated peer's own TCP stack and by the
 * host's sockets over the offload adapter (host bundle), so the same workload can run on either side. Calls happen
 * inside simulation events; {@code nowNanos} is the current virtual time.
 */
public interface SocketApi {

    /** This endpoint's address (an opaque host id, as in {@code TcpStack}). */
    int address();

    /** Accepts connections on {@code port}; each accepted connection is reported to {@code handler.accepted}. */
    void listen(int port, int backlog, AppHandler handler, long nowNanos);

    /** Stops accepting on {@code port}; established connections are unaffected. */
    void unlisten(int port, long nowNanos);

    /**
     * Opens a connection to {@code remoteHost:remotePort} from an ephemeral local port. The outcome arrives at
     * {@code handler.connected} or {@code handler.closed}.
     */
    AppConnection connect(int remoteHost, int remotePort, AppHandler handler, long nowNanos);
}
