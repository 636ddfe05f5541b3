package org.offloadlab.tcp;

/** Application-facing events; also pollable as a bit set via {@link TcpConnection#takeEvents()}. */
public enum ConnectionEvent {
    /** The handshake completed. */
    ESTABLISHED,
    /** In-order data is available to {@link TcpConnection#receive}. */
    READABLE,
    /** Acknowledged data freed send-buffer space. */
    WRITABLE,
    /** The peer's FIN was received: end of its stream (after the readable data). */
    PEER_CLOSED,
    /** The urgent pointer advanced (RFC 6093: urgent data is inline, see {@link TcpConnection#urgentMark()}). */
    URGENT,
    /** The connection attempt was refused by a RST (RFC 9293 §3.10.7.3). */
    REFUSED,
    /** The peer reset the connection (RFC 9293 §3.10.7.4 second check). */
    RESET,
    /** The user timeout, keep-alive or connection attempt timed out. */
    TIMED_OUT,
    /** The connection reached CLOSED. */
    CLOSED;

    /** The event's bit in {@link TcpConnection#takeEvents()}. */
    public int mask() {
        return 1 << ordinal();
    }

    /** Whether the bit set contains this event. */
    public boolean in(int events) {
        return (events & mask()) != 0;
    }
}
