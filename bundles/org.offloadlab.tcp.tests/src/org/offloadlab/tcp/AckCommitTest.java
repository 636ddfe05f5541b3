package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Commit mode ({@link TcpConnection#acknowledgeOnlyCommitted}): the ACK field never passes what the owner committed,
 * repeated ACKs are held instead of sent as duplicates (RFC 5681 §2), the right edge of the window stays put (RFC 9293
 * §3.8.6.2.1), and the FIN is acknowledged only once committed.
 */
class AckCommitTest extends TcpHarness {

    private int base;

    @BeforeEach
    void setUp() {
        established();
        conn.acknowledgeOnlyCommitted();
        base = conn.rcvNxt();
    }

    @Test
    void startsCommittedAtRcvNxt() {
        assertEquals(base, conn.rcvCommitted());
    }

    @Test
    void holdsTheAckUntilTheCommitThenKeepsTheRightEdge() {
        send(fromPeer().withPayload(bytes(1460, 1)));
        send(fromPeer().withSeq(base + 1460).withPayload(bytes(1460, 2)));
        // every second full segment is due an ACK at once, but it would only repeat ACK = base: a duplicate ACK
        expectNothing();
        conn.commitReceived(base + 1460, now);
        // the same right edge (base + 65535) seen from the committed point
        expect(toPeer().withAck(base + 1460).withWindow(WINDOW - 1460));
        conn.commitReceived(base + 2920, now);
        expect(toPeer().withAck(base + 2920).withWindow(WINDOW - 2920));
        expectNothing();
    }

    @Test
    void aRepeatedSegmentIsNotAnsweredWithADuplicateAck() {
        send(fromPeer().withPayload(bytes(100, 1)));
        at(ms(200)); // the delayed ACK: held
        expectNothing();
        for (int i = 0; i < 3; i++) {
            send(fromPeer().withPayload(bytes(100, 1))); // the peer retransmits: still nothing new to say
            expectNothing();
        }
        conn.commitReceived(base + 100, now);
        expect(toPeer().withAck(base + 100).withWindow(WINDOW - 100));
    }

    @Test
    void dataWeSendCarriesTheCommittedAck() {
        send(fromPeer().withPayload(bytes(100, 1)));
        write("hello");
        List<Segment> out = dispatch();
        assertEquals(1, out.size());
        assertEquals(base, out.get(0).ack());
        assertEquals(WINDOW - 100 + 100, out.get(0).window(), "right edge base + 100 + (65535 - 100)");
    }

    @Test
    void theFinIsAcknowledgedOnlyWhenCommitted() {
        send(fromPeer().withPayload(bytes("abc")).withFlags(ACK | FIN));
        expectState(State.CLOSE_WAIT);
        expectNothing(); // the FIN wants an ACK at once, but nothing of it is committed
        conn.commitReceived(base + 3, now);
        expect(toPeer().withAck(base + 3).withWindow(WINDOW - 3));
        conn.commitReceived(base + 4, now);
        expect(toPeer().withWindow(WINDOW - 4));
        assertEquals(base + 4, conn.rcvCommitted());
    }

    @Test
    void aCommitBeyondRcvNxtIsClamped() {
        send(fromPeer().withPayload(bytes("abc")));
        conn.commitReceived(base + 1000, now);
        assertEquals(base + 3, conn.rcvCommitted());
        conn.commitReceived(base + 1, now); // never backwards
        assertEquals(base + 3, conn.rcvCommitted());
    }

    @Test
    void offByDefault() {
        established();
        send(fromPeer().withPayload(bytes(1460, 1)));
        send(fromPeer().withPayload(bytes(1460, 2)));
        expect(toPeer().withWindow(WINDOW - 2920));
        conn.commitReceived(conn.rcvNxt() - 1000, now); // ignored
        assertEquals(conn.rcvNxt(), conn.rcvCommitted());
    }
}
