package org.offloadlab.nic;

/**
 * How the adapter keeps SYN floods from exhausting its connection table (RFC 4987 §3). Every mode bounds adapter
 * memory: embryonic connections never exceed the SYN queue capacity.
 */
public enum SynDefense {
    /** A bounded SYN queue; a SYN that finds it full is dropped (RFC 4987 §3.2 "increasing the backlog" bounded). */
    QUEUE_DROP,
    /** A bounded SYN queue that evicts the oldest half-open connection for a new SYN (RFC 4987 §3.5). */
    QUEUE_EVICT,
    /** No state for half-open connections at all: every SYN-ACK carries a SYN cookie (RFC 4987 §3.6). */
    COOKIES,
    /** The SYN queue while it has room, SYN cookies once it is full — what Linux does (tcp_syncookies=1). */
    QUEUE_THEN_COOKIES
}
