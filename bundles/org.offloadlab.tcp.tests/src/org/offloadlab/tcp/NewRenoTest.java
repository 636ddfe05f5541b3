package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offloadlab.tcp.cc.NewReno;

/** RFC 5681 fast retransmit / fast recovery with RFC 6582 partial ACKs; RFC 3042 limited transmit. */
class NewRenoTest extends TcpHarness {

    private int una;

    @BeforeEach
    void setUp() {
        established();
        una = conn.hardState().sndUna();
        write(bytes(14600, 9));
        assertEquals(10, dispatch().size());
        write(bytes(14600, 10));
    }

    private Segment dupAck() {
        return fromPeer().withAck(una);
    }

    @Test
    void limitedTransmitSendsNewSegmentsOnFirstTwoDupAcks() {
        send(dupAck());
        List<Segment> out = dispatch();
        assertEquals(1, out.size());
        assertEquals(una + 14600, out.get(0).seq());
        send(dupAck());
        assertEquals(1, dispatch().size());
    }

    @Test
    void thirdDupAckTriggersFastRetransmit() {
        send(dupAck());
        dispatch();
        send(dupAck());
        dispatch();
        send(dupAck());
        List<Segment> out = dispatch();
        assertEquals(una, out.get(0).seq()); // the presumed lost segment
        assertTrue(conn.softState().inRecovery());
        // ssthresh = FlightSize/2 = (14600 + 2 limited-transmit segments)/2 (RFC 5681 eq. 4)
        assertEquals((14600 + 2920) / 2, conn.softState().congestion().ssthresh());
    }

    @Test
    void partialAckRetransmitsNextHoleAndFullAckEndsRecovery() {
        for (int i = 0; i < 3; i++) {
            send(dupAck());
            dispatch();
        }
        int recover = conn.softState().recoveryPoint();
        send(fromPeer().withAck(una + 1460)); // partial: the next segment was lost too
        List<Segment> out = dispatch();
        assertEquals(una + 1460, out.get(0).seq());
        assertTrue(conn.softState().inRecovery());
        send(fromPeer().withAck(recover));
        dispatch();
        assertTrue(!conn.softState().inRecovery());
        long ssthresh = conn.softState().congestion().ssthresh();
        assertTrue(conn.cwnd() <= ssthresh);
    }

    @Test
    void slowStartAndCongestionAvoidanceGrowth() {
        NewReno cc = new NewReno(1000, 10_000);
        cc.onAck(0, 1000, 0);
        assertEquals(11_000, cc.cwnd());
        cc.onCongestionEvent(0, 20_000);
        assertEquals(10_000, cc.ssthresh());
        assertEquals(10_000, cc.cwnd());
        for (int i = 0; i < 10; i++) {
            cc.onAck(0, 1000, 0);
        }
        assertEquals(11_000, cc.cwnd()); // one SMSS per window of acknowledged data
        cc.onRetransmitTimeout(0, 11_000);
        assertEquals(1000, cc.cwnd());
        assertEquals(5500, cc.ssthresh());
    }
}
