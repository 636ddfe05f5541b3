package org.offloadlab.nic;

/** What a host command asks of the adapter. Each names the fields of {@link Command} it uses. */
public enum CommandType {
    /** Serve SYNs for {@code port} with at most {@code value} half-open connections; answered by COMMAND_DONE. */
    LISTEN,
    /** Stop answering SYNs for {@code port}; answered by COMMAND_DONE. */
    UNLISTEN,
    /**
     * Active open from {@code port} to {@code remoteHost:remotePort}; {@code value} is the host's reference, echoed in
     * CONNECTED or CONNECT_FAILED.
     */
    CONNECT,
    /** Queue {@code data} on connection {@code tid}; unsignalled (progress is reported by TX_ACKED). */
    SEND,
    /** The host freed {@code value} bytes of its receive buffer for {@code tid}: the adapter may deliver that much. */
    CREDIT,
    /** Half-close {@code tid} (FIN after the queued data). */
    SHUTDOWN,
    /** Close {@code tid} gracefully. */
    CLOSE,
    /** Abort {@code tid} (RST). */
    ABORT,
    /**
     * Take over a connection from its hard state ({@code hardState}, {@code remoteHost}); {@code value} is the host's
     * reference, echoed in RESTORED. The failover path of IBM patent EP1609063.
     */
    RESTORE,
    /** Liveness probe: answered by a HEARTBEAT completion echoing {@code value}. */
    HEARTBEAT
}
