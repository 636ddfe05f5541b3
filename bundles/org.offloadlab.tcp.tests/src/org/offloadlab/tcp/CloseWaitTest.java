package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 9293 §3.10.7.4 in CLOSE-WAIT: the peer has closed, we may still send. */
class CloseWaitTest extends TcpHarness {

    @BeforeEach
    void setUp() {
        closeWait();
    }

    @Test
    void canStillSend() {
        write("reply");
        expect(toPeer().withFlags(ACK | PSH).withPayload(bytes("reply")));
    }

    @Test
    void closeMovesToLastAck() {
        conn.close(now);
        expectState(State.LAST_ACK);
        expect(toPeer().withFlags(ACK | FIN));
    }

    @Test
    void moreDataFromPeerIsIgnored() {
        int before = conn.available();
        send(fromPeer().withPayload(bytes("zzz")));
        assertEquals(before, conn.available());
    }
}
