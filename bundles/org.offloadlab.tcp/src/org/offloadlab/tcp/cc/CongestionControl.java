package org.offloadlab.tcp.cc;

/**
 * A congestion-control algorithm as a strategy of the engine (RFC 5681 §3 framework). The engine owns loss detection,
 * fast retransmit/recovery bookkeeping and the SACK scoreboard; the strategy only decides cwnd and ssthresh. All sizes
 * are octets, times virtual nanoseconds. Implementations are per connection, not thread-safe, and hold soft state only.
 */
public interface CongestionControl {

    /** Creates one instance per connection. */
    @FunctionalInterface
    interface Factory {
        /**
         * @param smss
         *            sender maximum segment size
         * @param initialWindow
         *            IW in octets (RFC 6928 / RFC 5681 §3.1)
         */
        CongestionControl create(int smss, long initialWindow);
    }

    /** Short name, e.g. "newreno". */
    String name();

    long cwnd();

    long ssthresh();

    /**
     * New data was cumulatively acknowledged outside loss recovery (RFC 5681 §3.1 slow start / congestion avoidance).
     *
     * @param ackedBytes
     *            octets newly acknowledged
     * @param srttNanos
     *            smoothed RTT, 0 if unknown
     */
    void onAck(long nowNanos, long ackedBytes, long srttNanos);

    /** Loss detected by duplicate ACKs or SACK (RFC 5681 §3.2 step 2, RFC 6675 §5 step 4.2). */
    void onCongestionEvent(long nowNanos, long flightSize);

    /** Loss recovery ended with a full acknowledgment (RFC 6582 §3.2 step 3). */
    void onRecoveryEnd(long nowNanos, long flightSize);

    /** The retransmission timer expired (RFC 5681 §3.1 equation 4 and loss window). */
    void onRetransmitTimeout(long nowNanos, long flightSize);

    /** Restart after idle (RFC 5681 §4.1): cwnd = min(cwnd, restart window). */
    void onIdleRestart(long nowNanos, long restartWindow);

    /**
     * Installs a checkpointed state of the same algorithm (failover with a soft-state checkpoint). The caller decides
     * whether the checkpoint is still valid for the path (see {@code TcpConnection.restore(HardState, SoftState, …)}).
     *
     * @return false if the snapshot is of another algorithm (or this one cannot install snapshots): nothing changed
     */
    default boolean install(CongestionState snapshot) {
        return false;
    }

    /** A snapshot of the algorithm's state (soft state). */
    CongestionState state();
}
