package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The urgent mechanism with RFC 6093 semantics: the pointer marks the octet after the urgent data, data inline. */
class UrgentTest extends TcpHarness {

    @BeforeEach
    void setUp() {
        established();
        conn.setNoDelay(true, now);
    }

    @Test
    void sendUrgentSetsPointerAfterTheLastUrgentOctet() {
        write("ab");
        dispatch();
        conn.sendUrgent(ByteBuffer.wrap(bytes("!")), now);
        expect(toPeer().withFlags(ACK | PSH | URG).withUrgentPointer(1).withPayload(bytes("!")));
        send(fromPeer());
        write("c");
        expect(toPeer().withFlags(ACK | PSH).withPayload(bytes("c")));
    }

    @Test
    void receivedUrgentPointerIsSignalledAndDataStaysInline() {
        send(fromPeer().withFlags(ACK | URG).withUrgentPointer(3).withPayload(bytes("abcdef")));
        assertTrue(ConnectionEvent.URGENT.in(conn.takeEvents()));
        assertEquals(3, conn.urgentMark());
        ByteBuffer b = ByteBuffer.allocate(2);
        conn.receive(b, now);
        assertEquals(1, conn.urgentMark());
        assertEquals("cdef", read());
        assertEquals(-1, conn.urgentMark());
    }
}
