package org.offloadlab.analysis.internal;

import org.offloadlab.analysis.ConnectionState;
import org.offloadlab.pcap.TcpSegment;

/**
 * The furthest state a connection reached, as a passive observer can tell it (RFC 9293 §3.3.2 and §3.5–3.6). The
 * observer cannot see the endpoints' own states, only the control segments that drive them.
 */
final class StateTracker {

    private boolean syn;
    private boolean synAck;
    private boolean handshakeAck;
    private boolean established;
    private boolean finFromA;
    private boolean finFromB;
    private boolean refused;
    private boolean reset;
    /** Which side sent the first SYN (the client); meaningful when {@link #syn} is set. */
    private boolean clientIsA;
    /** The server's ISN + 1: the acknowledgment that completes the handshake (RFC 9293 §3.5, step 3). */
    private long serverIsnPlusOne;

    void onSegment(boolean fromA, TcpSegment s) {
        int flags = s.flags();
        if (s.isSyn()) {
            if (!s.isAck()) {
                if (!syn) {
                    syn = true;
                    clientIsA = fromA;
                }
            } else if (!synAck) {
                synAck = true;
                serverIsnPlusOne = Seq.add(s.seq(), 1);
                if (!syn) {
                    // Only the SYN-ACK was captured: its receiver is the client.
                    clientIsA = !fromA;
                }
            }
        } else if ((flags & TcpSegment.RST) == 0) {
            boolean fromClient = fromA == clientIsA;
            if (synAck && s.isAck() && fromClient && s.ack() == serverIsnPlusOne) {
                handshakeAck = true;
            }
            if ((!syn && !synAck) || (synAck && (s.payloadLength() > 0 || handshakeAck))) {
                // Mid-connection capture, or the handshake completed (possibly with the third segment lost).
                established = true;
            }
        }
        if (s.isFin()) {
            if (fromA) {
                finFromA = true;
            } else {
                finFromB = true;
            }
        }
        if (s.isRst() && !(finFromA && finFromB)) {
            // RFC 9293 §3.5.2: a RST answering a SYN means nobody listened.
            if (syn && !synAck && !established) {
                refused = true;
            } else {
                reset = true;
            }
        }
    }

    boolean sawSyn() {
        return syn || synAck;
    }

    boolean clientIsA() {
        return clientIsA;
    }

    /** SYN, SYN-ACK and the ACK completing the handshake were all captured. */
    boolean handshakeSeen() {
        return syn && synAck && handshakeAck;
    }

    /** Both SYNs were seen, so whether window scaling is in effect is known (RFC 7323 §2.2). */
    boolean bothSynsSeen() {
        return syn && synAck;
    }

    ConnectionState state() {
        if (refused) {
            return ConnectionState.REFUSED;
        }
        if (reset) {
            return ConnectionState.RESET;
        }
        if (finFromA && finFromB) {
            return ConnectionState.CLOSED;
        }
        if (finFromA || finFromB) {
            return ConnectionState.HALF_CLOSED;
        }
        if (established || (!syn && !synAck)) {
            return ConnectionState.ESTABLISHED;
        }
        return synAck ? ConnectionState.SYN_RECEIVED : ConnectionState.SYN_SENT;
    }
}
