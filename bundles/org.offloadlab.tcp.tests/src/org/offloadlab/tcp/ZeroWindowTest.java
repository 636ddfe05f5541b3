package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Zero windows: persist probes (RFC 9293 §3.8.6.1) and receiver SWS avoidance (§3.8.6.2.2). */
class ZeroWindowTest extends TcpHarness {

    @Test
    void zeroWindowIsProbedWithBackoff() {
        established();
        send(fromPeer().withWindow(0));
        write("waiting");
        expectNothing();
        int una = conn.hardState().sndUna();
        Segment probe = toPeer().withSeq(una - 1);
        assertEquals(s(1), conn.pollAt());
        at(s(1));
        expect(probe);
        at(conn.pollAt());
        assertEquals(s(3), now);
        expect(probe);
        at(conn.pollAt());
        assertEquals(s(7), now);
        expect(probe);
        // the window opens: data flows, probing stops
        send(fromPeer().withWindow(1000));
        expect(toPeer().withFlags(ACK | PSH).withPayload(bytes("waiting")));
    }

    @Test
    void probingNeverTimesOutWhileThePeerAnswers() {
        established();
        send(fromPeer().withWindow(0));
        write("x");
        for (int i = 0; i < 30; i++) {
            at(conn.pollAt());
            dispatch();
            send(fromPeer().withWindow(0));
        }
        assertEquals(State.ESTABLISHED, conn.state());
    }

    @Test
    void fullReceiveBufferAdvertisesZeroAndReopensAfterRead() {
        config = baseConfig().toBuilder().receiveBufferSize(4096).build();
        expectedWindow = 4096;
        established();
        send(fromPeer().withPayload(bytes(4096, 1)).withWindow(WINDOW));
        dispatch();
        at(ms(300));
        List<Segment> acks = dispatch();
        Segment last = acks.isEmpty() ? null : acks.get(acks.size() - 1);
        HardState h = conn.hardState();
        assertEquals(0, h.rcvWnd() - (h.rcvNxt() - h.rcvWup()));
        if (last != null) {
            assertEquals(0, last.window());
        }
        // data beyond a zero window is not accepted, and is answered with an ACK
        send(fromPeer().withPayload(bytes("more")));
        assertEquals(4096, conn.available());
        expect(toPeer().withWindow(0));
        // a small read does not reopen the window (receiver SWS avoidance)
        conn.receive(ByteBuffer.allocate(100), now);
        expectNothing();
        // reading half the buffer does, with a window update
        conn.receive(ByteBuffer.allocate(2000), now);
        expect(toPeer().withWindow(2100));
    }
}
