package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 9293 §3.10.7.4 in LAST-ACK. */
class LastAckTest extends TcpHarness {

    @BeforeEach
    void setUp() {
        lastAck();
    }

    @Test
    void ackOfFinCloses() {
        send(fromPeer());
        expectState(State.CLOSED);
        assertTrue(ConnectionEvent.CLOSED.in(conn.takeEvents()));
        expectNothing();
    }

    @Test
    void ackNotCoveringFinKeepsWaiting() {
        send(fromPeer().withAck(conn.hardState().sndNxt() - 1));
        expectState(State.LAST_ACK);
    }

    @Test
    void finIsRetransmitted() {
        int finSeq = conn.hardState().sndNxt() - 1;
        at(s(1));
        expect(toPeer().withSeq(finSeq).withFlags(ACK | FIN));
    }
}
