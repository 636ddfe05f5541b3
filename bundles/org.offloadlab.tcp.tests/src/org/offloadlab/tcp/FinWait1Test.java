package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 9293 §3.10.7.4 in FIN-WAIT-1. */
class FinWait1Test extends TcpHarness {

    @BeforeEach
    void setUp() {
        finWait1();
    }

    @Test
    void ackOfFinMovesToFinWait2() {
        send(fromPeer());
        expectState(State.FIN_WAIT_2);
        expectNothing();
    }

    @Test
    void finAndAckTogetherMoveToTimeWait() {
        send(fromPeer().withFlags(ACK | FIN));
        expectedWindow = WINDOW - 1;
        expect(toPeer());
        expectState(State.TIME_WAIT);
    }

    @Test
    void crossingFinMovesToClosing() {
        send(fromPeer().withAck(conn.hardState().sndNxt() - 1).withFlags(ACK | FIN));
        expectState(State.CLOSING);
    }

    @Test
    void finIsRetransmitted() {
        int finSeq = conn.hardState().sndNxt() - 1;
        at(s(1));
        expect(toPeer().withSeq(finSeq).withFlags(ACK | FIN));
    }

    @Test
    void peerStillSendsAfterShutdownOutput() {
        // half-close: shutdownOutput (not close) keeps the receive side open
        TcpHarness h = new TcpHarness() {
        };
        h.established();
        h.conn.shutdownOutput(h.now);
        h.dispatch();
        h.send(h.fromPeer().withPayload(bytes("more")));
        assertEquals(State.FIN_WAIT_2, h.conn.state());
        assertEquals("more", h.read());
    }

    @Test
    void dataAfterCloseResets() {
        HardState h = conn.hardState();
        send(fromPeer().withAck(h.sndNxt() - 1).withPayload(bytes("late")));
        expectState(State.CLOSED);
        // RFC 1122 §4.2.2.13: the application closed, so the data can never be read: reset
        expect(Segment.of(LOCAL_PORT, REMOTE_PORT, h.sndNxt(), h.rcvNxt(), RST | ACK, 0));
        assertEquals(-1, conn.receive(ByteBuffer.allocate(10), now));
    }
}
