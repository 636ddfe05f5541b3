package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 9293 §3.10.7.4 in FIN-WAIT-2. */
class FinWait2Test extends TcpHarness {

    @BeforeEach
    void setUp() {
        finWait2();
    }

    @Test
    void finMovesToTimeWait() {
        send(fromPeer().withFlags(ACK | FIN));
        expectedWindow = WINDOW - 1;
        expect(toPeer());
        expectState(State.TIME_WAIT);
    }

    @Test
    void nothingIsPendingWhileWaiting() {
        assertEquals(Long.MAX_VALUE, conn.pollAt());
    }

    @Test
    void exactResetResets() {
        send(fromPeer().withFlags(RST));
        expectState(State.CLOSED);
    }
}
