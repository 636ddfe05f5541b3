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
    HOST_STACK,
    /**
     * A second adapter that is active too, carrying its own share of the connections (the two links of an 802.3ad
     * aggregate: the partner's flow hash sends each flow to one adapter), with its own host driver. It takes the failed
     * adapter's connections on top of its own, which run on without a pause ({@link SurvivorLoad}). Only as the sole
     * substitute: nothing is left to take over when it fails too.
     */
    ACTIVE_ADAPTER
}
