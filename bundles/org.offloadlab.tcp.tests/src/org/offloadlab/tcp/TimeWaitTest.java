package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 9293 §3.10.7.4 in TIME-WAIT; 2·MSL on virtual time. */
class TimeWaitTest extends TcpHarness {

    @BeforeEach
    void setUp() {
        timeWait();
    }

    @Test
    void closesAfterTwoMsl() {
        assertEquals(s(240), conn.pollAt()); // RFC defaults: MSL = 2 min
        at(s(240) - 1);
        expectNothing();
        expectState(State.TIME_WAIT);
        at(s(240));
        expectNothing();
        expectState(State.CLOSED);
        assertTrue(ConnectionEvent.CLOSED.in(conn.takeEvents()));
    }

    @Test
    void retransmittedFinIsAckedAndRestartsTimer() {
        at(s(10));
        int finSeq = conn.hardState().rcvNxt() - 1;
        send(fromPeer().withSeq(finSeq).withFlags(ACK | FIN));
        expect(toPeer());
        assertEquals(s(250), conn.pollAt());
    }

    @Test
    void synIsAnsweredWithChallengeAck() {
        send(fromPeer().withFlags(SYN));
        expect(toPeer());
        expectState(State.TIME_WAIT);
    }

    @Test
    void linuxProfileWaitsSixtySeconds() {
        config = TcpConfig.linuxDefaults().toBuilder().windowScaling(false).timestamps(false).sack(false)
                .receiveBufferSize(64 * 1024).build();
        now = 0;
        expectedWindow = WINDOW;
        timeWait();
        assertEquals(s(60), conn.pollAt());
    }
}
