package org.offloadlab.tcp;

/** The engine's timers; each is a virtual-time deadline in the connection's soft state. */
public enum Timer {
    /** Retransmission timeout (RFC 6298). */
    RETRANSMIT,
    /** Persist timer for zero-window probes (RFC 9293 §3.8.6.1) and the sender SWS override (§3.8.6.2.1). */
    PERSIST,
    /** Delayed acknowledgment (RFC 9293 §3.8.6.3, RFC 5681 §4.2). */
    DELAYED_ACK,
    /** Keep-alive (RFC 9293 §3.8.4). */
    KEEPALIVE,
    /** 2·MSL in TIME-WAIT (RFC 9293 §3.6.1). */
    TIME_WAIT,
    /** User timeout for unacknowledged data (RFC 9293 §3.10.8, RFC 5482). */
    USER_TIMEOUT
}
