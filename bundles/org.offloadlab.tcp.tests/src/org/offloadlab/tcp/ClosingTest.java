package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 9293 §3.10.7.4 in CLOSING (simultaneous close, §3.6 figure 13). */
class ClosingTest extends TcpHarness {

    @BeforeEach
    void setUp() {
        closing();
    }

    @Test
    void ackOfFinMovesToTimeWait() {
        send(fromPeer());
        expectState(State.TIME_WAIT);
        assertEquals(List.of(State.SYN_SENT, State.ESTABLISHED, State.FIN_WAIT_1, State.CLOSING, State.TIME_WAIT),
                log.states());
    }

    @Test
    void finIsRetransmittedUntilAcked() {
        int finSeq = conn.hardState().sndNxt() - 1;
        at(s(1));
        expect(toPeer().withSeq(finSeq).withFlags(ACK | FIN));
    }

    @Test
    void resetCloses() {
        send(fromPeer().withFlags(RST));
        expectState(State.CLOSED);
    }
}
