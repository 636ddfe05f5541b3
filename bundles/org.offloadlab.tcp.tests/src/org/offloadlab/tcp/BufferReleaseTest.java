package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Data buffers are allocated lazily and given back once drained at a quiet point, so an idle connection that has
 * carried traffic holds no arrays; a steady stream keeps its array between drains.
 */
class BufferReleaseTest extends TcpHarness {

    @BeforeEach
    void setUp() {
        established();
    }

    @Test
    void idleAfterRequestResponseHoldsNoArrays() {
        assertEquals(0, conn.bufferArrayBytes());
        send(fromPeer().withPayload(bytes(100, 1)));
        assertTrue(conn.bufferArrayBytes() > 0);
        assertEquals(100, read().length());
        assertEquals(100, write(bytes(100, 2)));
        // the response carries the ACK; the window stays put until an MSS is free (RFC 9293 §3.8.6.2.2)
        expect(toPeer().withFlags(ACK | PSH).withWindow(WINDOW - 100).withPayload(bytes(100, 2)));
        assertTrue(conn.bufferArrayBytes() > 0, "the response is not acknowledged yet");
        send(fromPeer()); // the peer's ACK: everything acknowledged, and no data from the peer
        assertEquals(0, conn.bufferArrayBytes());
        expectNothing();
        assertEquals(Long.MAX_VALUE, conn.pollAt());
    }

    @Test
    void readAfterTheDelayedAckReleases() {
        send(fromPeer().withPayload(bytes("abc")));
        at(ms(200));
        expect(toPeer().withWindow(WINDOW - 3)); // delayed ACK: the peer paused
        assertTrue(conn.bufferArrayBytes() > 0, "unread data stays");
        assertEquals("abc", read());
        assertEquals(0, conn.bufferArrayBytes());
    }

    @Test
    void delayedAckReleasesWhatWasAlreadyRead() {
        send(fromPeer().withPayload(bytes("abc")));
        assertEquals("abc", read());
        assertTrue(conn.bufferArrayBytes() > 0, "read while the peer may still be sending");
        at(ms(200));
        dispatch();
        assertEquals(0, conn.bufferArrayBytes());
    }

    @Test
    void streamDrainedBetweenSegmentsKeepsItsArray() {
        send(fromPeer().withPayload(bytes(1460, 1)));
        assertEquals(1460, read().length());
        int held = conn.bufferArrayBytes();
        assertTrue(held > 0);
        for (int i = 0; i < 50; i++) {
            send(fromPeer().withPayload(bytes(1460, i)));
            dispatch(); // every second full segment: ACK at once (RFC 5681 §4.2)
            assertEquals(1460, read().length());
            assertEquals(held, conn.bufferArrayBytes(), "no release and reallocation per drain");
        }
    }

    @Test
    void bulkSendReleasesOnlyWhenAllIsAcknowledged() {
        assertEquals(20_000, write(bytes(20_000, 3)));
        for (int round = 0; conn.sendQueued() > 0; round++) {
            assertTrue(round < 20);
            assertTrue(conn.bufferArrayBytes() > 0, "unacknowledged data stays");
            dispatch();
            send(fromPeer()); // acknowledges what was sent so far
        }
        assertEquals(0, conn.bufferArrayBytes());
        assertEquals(5, write("again")); // allocated again on demand
        expect(toPeer().withFlags(ACK | PSH).withPayload(bytes("again")));
    }
}
