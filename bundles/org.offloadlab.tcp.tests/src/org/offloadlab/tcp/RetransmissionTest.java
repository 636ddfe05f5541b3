package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 6298: the retransmission timer, Karn's algorithm, exponential backoff, the minimum RTO, user timeout. */
class RetransmissionTest extends TcpHarness {

    @BeforeEach
    void setUp() {
        established();
    }

    @Test
    void unackedDataIsRetransmittedAfterRtoWithBackoff() {
        write("data");
        Segment first = toPeer().withFlags(ACK | PSH).withPayload(bytes("data"));
        expect(first);
        assertEquals(s(1), conn.pollAt()); // RFC 6298 §2.1 initial RTO
        at(s(1));
        expect(first);
        assertEquals(s(3), conn.pollAt()); // §5.5 doubled
        at(s(3));
        expect(first);
        assertEquals(s(7), conn.pollAt());
        assertEquals(2, conn.softState().rtoBackoff());
    }

    @Test
    void rttSampleSetsRto() {
        now = s(10);
        synSent();
        at(s(10) + ms(100));
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, REMOTE_ISS, localIss() + 1, SYN | ACK, WINDOW));
        // RFC 6298 §2.2: SRTT = R, RTTVAR = R/2, RTO = max(1 s, SRTT + 4·RTTVAR) = 1 s with the RFC floor
        assertEquals(ms(100), conn.softState().srttNanos());
        assertEquals(ms(50), conn.softState().rttvarNanos());
        assertEquals(s(1), conn.softState().rtoNanos());
        dispatch();
        assertEquals(Long.MAX_VALUE, conn.pollAt()); // §5.2: all acknowledged, timer off
    }

    @Test
    void linuxProfileUses200msMinimum() {
        config = TcpConfig.linuxDefaults().toBuilder().windowScaling(false).timestamps(false).sack(false)
                .receiveBufferSize(64 * 1024).build();
        now = 0;
        established();
        write("x");
        dispatch();
        at(ms(10));
        send(fromPeer());
        assertEquals(ms(200), conn.softState().rtoNanos());
    }

    @Test
    void karnIgnoresRetransmittedSegments() {
        long before = conn.softState().srttNanos();
        write("data");
        dispatch();
        at(s(1));
        dispatch(); // retransmission
        at(s(1) + ms(10));
        send(fromPeer());
        assertEquals(before, conn.softState().srttNanos()); // ambiguous: no sample (Karn)
    }

    @Test
    void goBackNAfterTimeoutResendsFromSndUna() {
        write(bytes(3 * 1460, 1));
        List<Segment> first = dispatch();
        assertEquals(3, first.size());
        at(s(1));
        List<Segment> again = dispatch();
        assertEquals(1, again.size()); // loss window: 1 SMSS (RFC 5681 §3.1)
        assertEquals(first.get(0), again.get(0));
        assertEquals(1460, conn.cwnd());
    }

    @Test
    void userTimeoutAbortsAConnectionThatGetsNoAcks() {
        write("data");
        dispatch();
        while (conn.state() != State.CLOSED) {
            at(conn.pollAt());
            dispatch();
        }
        assertEquals(s(300), now); // RFC 9293 §3.10.8: 5 minutes
        assertTrue(ConnectionEvent.TIMED_OUT.in(conn.takeEvents()));
    }

    @Test
    void peerAckRestartsTimer() {
        write(bytes(2920, 1));
        dispatch();
        at(ms(500));
        send(fromPeer().withAck(conn.hardState().sndUna() + 1460));
        dispatch();
        assertEquals(ms(500) + conn.softState().rtoNanos(), conn.pollAt()); // §5.3
    }
}
