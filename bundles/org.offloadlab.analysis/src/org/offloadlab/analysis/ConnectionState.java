package org.offloadlab.analysis;

/**
 * The furthest TCP state a passively observed connection reached, as far as the capture shows (RFC 9293 §3.3.2 names,
 * reduced to what an observer can tell).
 */
public enum ConnectionState {
    /** Only the opening SYN was seen. */
    SYN_SENT,
    /** SYN and SYN-ACK seen, but not the final ACK of the handshake. */
    SYN_RECEIVED,
    /** Handshake complete (or data flowing when the capture started mid-connection). */
    ESTABLISHED,
    /** One side sent FIN. */
    HALF_CLOSED,
    /** Both sides sent FIN. */
    CLOSED,
    /** A SYN was answered by RST: nobody listened. */
    REFUSED,
    /** Ended by RST after it had started. */
    RESET
}
