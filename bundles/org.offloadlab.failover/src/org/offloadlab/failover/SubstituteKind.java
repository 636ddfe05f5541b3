package org.offloadlab.failover;

/** What takes over a failed adapter's connections. */
public enum SubstituteKind {
    /** An idle standby offload adapter on the same network (same address, its own port to the wire). */
    STANDBY_ADAPTER,
    /**
     * The host's own software stack: the same TCP engine (one {@code TcpConnection} per connection) run by the host, so
     * the "host interface" is a function call — modelled as an adapter whose bus has no latency and no per-transaction
     * overhead.
     */
    HOST_STACK
}
