package org.offloadlab.tcp;

/** The connection states of RFC 9293 §3.3.2, named as in the RFC. */
public enum State {
    /** No connection (fictional: no TCB). */
    CLOSED,
    /** Waiting for a connection request from any remote TCP. */
    LISTEN,
    /** Sent a connection request, waiting for a matching one. */
    SYN_SENT,
    /** Received and sent a connection request, waiting for its acknowledgment. */
    SYN_RECEIVED,
    /** Open: data can flow both ways. */
    ESTABLISHED,
    /** Sent FIN, waiting for its acknowledgment or the peer's FIN. */
    FIN_WAIT_1,
    /** Our FIN was acknowledged, waiting for the peer's FIN. */
    FIN_WAIT_2,
    /** Received the peer's FIN, waiting for the local close. */
    CLOSE_WAIT,
    /** Both sides sent FIN simultaneously, waiting for the acknowledgment of ours. */
    CLOSING,
    /** Received FIN and sent ours, waiting for its acknowledgment. */
    LAST_ACK,
    /** Waiting 2·MSL so that the peer surely received the acknowledgment of its FIN. */
    TIME_WAIT;

    /** RFC 9293 §3.3.2: states after the handshake in which sequence numbers are synchronized. */
    public boolean isSynchronized() {
        return ordinal() >= SYN_RECEIVED.ordinal();
    }

    /** States in which the application can still send data. */
    public boolean canSend() {
        return this == ESTABLISHED || this == CLOSE_WAIT;
    }

    /** States in which the peer may still send us data (its FIN not yet received). */
    public boolean canReceive() {
        return this == ESTABLISHED || this == FIN_WAIT_1 || this == FIN_WAIT_2;
    }
}
