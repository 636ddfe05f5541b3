package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keep-alive (RFC 9293 §3.8.4, RFC 1122 §4.2.3.6). */
class KeepAliveTest extends TcpHarness {

    @BeforeEach
    void setUp() {
        config = baseConfig().toBuilder().keepAlive(true).keepAliveIdleNanos(s(60)).keepAliveIntervalNanos(s(10))
                .keepAliveProbes(3).build();
        established();
    }

    @Test
    void idleConnectionIsProbed() {
        assertEquals(s(60), conn.pollAt());
        assertEquals(s(60), conn.deadline(Timer.KEEPALIVE));
        assertEquals(Long.MAX_VALUE, conn.deadline(Timer.RETRANSMIT));
        at(s(60));
        int una = conn.hardState().sndUna();
        expect(toPeer().withSeq(una - 1));
        // an answer resets the idle timer
        at(s(61));
        send(fromPeer());
        dispatch();
        assertEquals(s(121), conn.pollAt());
    }

    @Test
    void unansweredProbesResetTheConnection() {
        HardState h = conn.hardState();
        for (long t : new long[]{s(60), s(70), s(80)}) {
            at(t);
            expect(toPeer().withSeq(h.sndUna() - 1));
        }
        at(s(90));
        expect(Segment.of(LOCAL_PORT, REMOTE_PORT, h.sndNxt(), h.rcvNxt(), RST | ACK, 0));
        assertEquals(State.CLOSED, conn.state());
        assertTrue(ConnectionEvent.TIMED_OUT.in(conn.takeEvents()));
    }

    @Test
    void probeAnswerIsAnAckBySeqCheck() {
        // the receiving side of a keep-alive answers it as an unacceptable segment (RFC 9293 §3.10.7.4)
        int rcvNxt = conn.hardState().rcvNxt();
        send(fromPeer().withSeq(rcvNxt - 1));
        expect(toPeer());
    }
}
