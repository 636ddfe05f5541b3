package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 9293 §3.10.7.3: SYN-SENT, active and simultaneous open. */
class SynSentTest extends TcpHarness {

    @BeforeEach
    void setUp() {
        synSent();
    }

    private Segment synAck() {
        return Segment.of(REMOTE_PORT, LOCAL_PORT, REMOTE_ISS, localIss() + 1, SYN | ACK, WINDOW)
                .withOptions(TcpOptions.NONE.withMss(1460));
    }

    @Test
    void synAckEstablishes() {
        send(synAck());
        expect(toPeer());
        expectState(State.ESTABLISHED);
        assertTrue(ConnectionEvent.ESTABLISHED.in(conn.takeEvents()));
        assertEquals(List.of(State.SYN_SENT, State.ESTABLISHED), log.states());
    }

    @Test
    void synAckWithDataDeliversIt() {
        send(synAck().withPayload(bytes("hello")));
        expect(toPeer().withWindow(WINDOW - 5));
        assertEquals("hello", read());
    }

    @Test
    void badAckIsAnsweredWithReset() {
        send(synAck().withAck(localIss() + 5));
        expect(Segment.of(LOCAL_PORT, REMOTE_PORT, localIss() + 5, 0, RST, 0));
        expectState(State.SYN_SENT);
        send(synAck().withAck(localIss()));
        expect(Segment.of(LOCAL_PORT, REMOTE_PORT, localIss(), 0, RST, 0));
    }

    @Test
    void resetWithAcceptableAckRefuses() {
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, 0, localIss() + 1, RST | ACK, 0));
        expectState(State.CLOSED);
        int ev = conn.takeEvents();
        assertTrue(ConnectionEvent.REFUSED.in(ev));
        assertTrue(ConnectionEvent.CLOSED.in(ev));
        expectNothing();
    }

    @Test
    void resetWithoutAckIsIgnored() {
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, 0, 0, RST, 0));
        expectState(State.SYN_SENT);
        expectNothing();
    }

    @Test
    void simultaneousOpen() {
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, REMOTE_ISS, 0, SYN, WINDOW)
                .withOptions(TcpOptions.NONE.withMss(1460)));
        expectState(State.SYN_RECEIVED);
        expect(Segment.of(LOCAL_PORT, REMOTE_PORT, localIss(), REMOTE_ISS + 1, SYN | ACK, WINDOW)
                .withOptions(TcpOptions.NONE.withMss(1460)));
        // the peer's SYN-ACK repeats its SYN and acknowledges ours: ESTABLISHED (RFC 9293 §3.5 figure 8)
        send(synAck());
        expectNothing();
        expectState(State.ESTABLISHED);
        assertEquals(List.of(State.SYN_SENT, State.SYN_RECEIVED, State.ESTABLISHED), log.states());
    }

    @Test
    void synIsRetransmittedWithBackoffUntilUserTimeout() {
        Segment syn = Segment.of(LOCAL_PORT, REMOTE_PORT, localIss(), 0, SYN, WINDOW)
                .withOptions(TcpOptions.NONE.withMss(1460));
        assertEquals(s(1), conn.pollAt());
        at(s(1));
        expect(syn);
        assertEquals(s(3), conn.pollAt());
        at(s(3));
        expect(syn);
        at(s(7));
        expect(syn);
        at(conn.pollAt());
        expect(syn);
        while (conn.state() != State.CLOSED) {
            at(conn.pollAt());
            dispatch();
        }
        assertTrue(ConnectionEvent.TIMED_OUT.in(conn.takeEvents()));
        assertEquals(s(300), now);
    }

    @Test
    void dataQueuedBeforeEstablishedIsSentAfter() {
        write("early");
        expectNothing();
        send(synAck());
        expect(toPeer().withFlags(ACK | PSH).withPayload(bytes("early")));
    }

    @Test
    void closeInSynSentCloses() {
        conn.close(now);
        expectState(State.CLOSED);
        expectNothing();
    }
}
