package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 9293 §3.10.7.4 in SYN-RECEIVED. */
class SynReceivedTest extends TcpHarness {

    @BeforeEach
    void setUp() {
        synReceived();
    }

    @Test
    void ackEstablishes() {
        send(fromPeer());
        expectState(State.ESTABLISHED);
        assertEquals(List.of(State.LISTEN, State.SYN_RECEIVED, State.ESTABLISHED), log.states());
        expectNothing();
    }

    @Test
    void ackWithDataEstablishesAndDelivers() {
        send(fromPeer().withPayload(bytes("abc")));
        expectState(State.ESTABLISHED);
        assertEquals("abc", read());
    }

    @Test
    void unacceptableAckIsReset() {
        int bad = localIss() + 100;
        send(fromPeer().withAck(bad));
        expect(Segment.of(LOCAL_PORT, REMOTE_PORT, bad, 0, RST, 0));
        expectState(State.SYN_RECEIVED);
    }

    @Test
    void duplicateSynRepeatsSynAck() {
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, REMOTE_ISS, 0, SYN, WINDOW)
                .withOptions(TcpOptions.NONE.withMss(1460)));
        expect(Segment.of(LOCAL_PORT, REMOTE_PORT, localIss(), REMOTE_ISS + 1, SYN | ACK, WINDOW)
                .withOptions(TcpOptions.NONE.withMss(1460)));
    }

    @Test
    void synAckIsRetransmittedOnTimeout() {
        at(s(1));
        expect(Segment.of(LOCAL_PORT, REMOTE_PORT, localIss(), REMOTE_ISS + 1, SYN | ACK, WINDOW)
                .withOptions(TcpOptions.NONE.withMss(1460)));
        send(fromPeer());
        expectState(State.ESTABLISHED);
        // RFC 6298 §5.7: after a lost SYN(-ACK) the RTO for data starts at 3 s
        assertEquals(s(3), conn.softState().rtoNanos());
        // RFC 6928 §2: and the initial window is a single segment
        assertEquals(1460, conn.cwnd());
    }

    @Test
    void exactResetOfPassiveOpenClosesSilently() {
        send(fromPeer().withFlags(RST));
        expectState(State.CLOSED);
        int ev = conn.takeEvents();
        assertTrue(ConnectionEvent.CLOSED.in(ev));
        assertTrue(!ConnectionEvent.RESET.in(ev));
    }

    @Test
    void inWindowResetNotExactGetsChallengeAck() {
        send(fromPeer().withSeq(REMOTE_ISS + 10).withFlags(RST));
        expectState(State.SYN_RECEIVED);
        expect(toPeer());
    }

    @Test
    void finInSynReceivedMovesToCloseWait() {
        send(fromPeer().withFlags(ACK | FIN));
        expectState(State.CLOSE_WAIT);
    }

    @Test
    void closeBeforeEstablishedSendsFinAfterHandshake() {
        conn.close(now);
        expectState(State.SYN_RECEIVED);
        send(fromPeer());
        expectState(State.FIN_WAIT_1);
        expect(toPeer().withFlags(FIN | ACK));
    }
}
