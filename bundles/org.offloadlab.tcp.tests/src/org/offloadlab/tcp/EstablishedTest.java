package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 9293 §3.10.7.4 in ESTABLISHED: data both ways, acknowledgments, acceptability, reset, close. */
class EstablishedTest extends TcpHarness {

    @BeforeEach
    void setUp() {
        established();
    }

    @Test
    void sendsDataAndFreesItOnAck() {
        assertEquals(5, write("hello"));
        expect(toPeer().withFlags(ACK | PSH).withPayload(bytes("hello")));
        assertEquals(5, conn.sendQueued());
        send(fromPeer());
        assertEquals(0, conn.sendQueued());
        assertTrue(ConnectionEvent.WRITABLE.in(conn.takeEvents()));
        expectNothing();
    }

    @Test
    void receivedDataIsAckedAfterDelay() {
        send(fromPeer().withPayload(bytes("abc")));
        expectNothing();
        assertEquals(ms(200), conn.pollAt());
        at(ms(200));
        expect(toPeer().withWindow(WINDOW - 3));
        assertEquals("abc", read());
    }

    @Test
    void everySecondFullSegmentIsAckedAtOnce() {
        send(fromPeer().withPayload(bytes(1460, 1)));
        expectNothing();
        send(fromPeer().withPayload(bytes(1460, 2)));
        expect(toPeer().withWindow(WINDOW - 2920));
    }

    @Test
    void outOfOrderDataIsAckedAtOnceAndReassembled() {
        int base = conn.hardState().rcvNxt();
        send(fromPeer().withSeq(base + 3).withPayload(bytes("def")));
        expect(toPeer());
        send(fromPeer().withSeq(base).withPayload(bytes("abc")));
        expect(toPeer().withWindow(WINDOW - 6)); // a hole was filled: immediate ACK
        assertEquals("abcdef", read());
    }

    @Test
    void unacceptableSegmentIsAnsweredWithAck() {
        int base = conn.hardState().rcvNxt();
        send(fromPeer().withSeq(base - 1000).withPayload(bytes("old")));
        expect(toPeer());
        send(fromPeer().withSeq(base + 70000).withPayload(bytes("far")));
        expect(toPeer());
        assertEquals(2, conn.dropCount(DropReason.OUT_OF_WINDOW));
    }

    @Test
    void overlappingRetransmissionDeliversOnlyNewPart() {
        send(fromPeer().withPayload(bytes("abc")));
        int base = conn.hardState().rcvNxt();
        send(fromPeer().withSeq(base - 3).withPayload(bytes("abcdef")));
        assertEquals("abcdef", read());
    }

    @Test
    void segmentWithoutAckIsDropped() {
        send(fromPeer().withFlags(0).withPayload(bytes("x")));
        assertEquals(0, conn.available());
        assertEquals(1, conn.dropCount(DropReason.NO_ACK));
    }

    @Test
    void exactResetResets() {
        send(fromPeer().withFlags(RST));
        expectState(State.CLOSED);
        assertTrue(ConnectionEvent.RESET.in(conn.takeEvents()));
        expectNothing();
    }

    @Test
    void finMovesToCloseWait() {
        send(fromPeer().withFlags(ACK | FIN).withPayload(bytes("bye")));
        expect(toPeer().withWindow(WINDOW - 4)); // the right edge stays put; data and FIN used 4 sequence numbers
        expectState(State.CLOSE_WAIT);
        assertEquals("bye", read());
        assertEquals(-1, conn.receive(ByteBuffer.allocate(10), now));
    }

    @Test
    void outOfOrderFinWaitsForTheHole() {
        int base = conn.hardState().rcvNxt();
        send(fromPeer().withSeq(base + 2).withFlags(ACK | FIN).withPayload(bytes("cd")));
        expectState(State.ESTABLISHED);
        expect(toPeer());
        send(fromPeer().withSeq(base).withPayload(bytes("ab")));
        expectState(State.CLOSE_WAIT);
        assertEquals("abcd", read());
    }

    @Test
    void closeSendsFinAfterData() {
        write("tail");
        conn.close(now);
        expect(toPeer().withFlags(ACK | PSH | FIN).withPayload(bytes("tail")));
        expectState(State.FIN_WAIT_1);
    }

    @Test
    void closeWithUnreadDataResets() {
        send(fromPeer().withPayload(bytes("unread")));
        HardState h = conn.hardState();
        conn.close(now);
        expectState(State.CLOSED);
        expect(Segment.of(LOCAL_PORT, REMOTE_PORT, h.sndNxt(), h.rcvNxt(), RST | ACK, 0));
    }

    @Test
    void abortSendsReset() {
        HardState h = conn.hardState();
        conn.abort(now);
        expect(Segment.of(LOCAL_PORT, REMOTE_PORT, h.sndNxt(), h.rcvNxt(), RST | ACK, 0));
        expectState(State.CLOSED);
    }

    @Test
    void nagleHoldsSmallSegmentsWhileDataIsUnacked() {
        write("a");
        expect(toPeer().withFlags(ACK | PSH).withPayload(bytes("a")));
        write("b");
        expectNothing();
        write("c");
        expectNothing();
        send(fromPeer());
        expect(toPeer().withFlags(ACK | PSH).withPayload(bytes("bc")));
    }

    @Test
    void noDelaySendsAtOnce() {
        conn.setNoDelay(true, now);
        write("a");
        expect(toPeer().withFlags(ACK | PSH).withPayload(bytes("a")));
        write("b");
        expect(toPeer().withFlags(ACK | PSH).withPayload(bytes("b")));
    }

    @Test
    void largeWriteIsSegmentedByMss() {
        write(bytes(3000, 5));
        java.util.List<Segment> out = dispatch();
        assertEquals(2, out.size());
        assertEquals(1460, out.get(0).payloadLength());
        assertEquals(1460, out.get(1).payloadLength());
        // Nagle holds the 80-octet tail until the outstanding data is acknowledged
        send(fromPeer());
        expect(toPeer().withFlags(ACK | PSH).withPayload(java.util.Arrays.copyOfRange(bytes(3000, 5), 2920, 3000)));
    }

    @Test
    void initialWindowIsTenSegments() {
        write(bytes(30000, 5));
        assertEquals(10, dispatch().size()); // RFC 6928
    }

    @Test
    void sendBufferLimitIsEnforced() {
        assertEquals(64 * 1024, write(bytes(100_000, 1)));
        assertEquals(0, write("more"));
    }

    @Test
    void peerWindowLimitsSending() {
        send(fromPeer().withWindow(1000));
        write(bytes(3000, 5));
        // sender SWS avoidance (RFC 9293 §3.8.6.2.1): 1000 octets is neither a full segment nor half the max window
        expectNothing();
        // ... until the override timeout
        at(conn.pollAt());
        java.util.List<Segment> out = dispatch();
        assertEquals(1, out.size());
        assertEquals(1000, out.get(0).payloadLength());
    }

    @Test
    void ackOfUnsentDataIsDroppedAndAcked() {
        send(fromPeer().withAck(conn.hardState().sndNxt() + 10).withPayload(bytes("x")));
        expect(toPeer());
        assertEquals(0, conn.available());
        assertEquals(1, conn.dropCount(DropReason.ACK_UNSENT));
    }

    @Test
    void pureAckAtTheRightEdgeIsAccepted() {
        // the peer filled our window and its data was lost: its ACKs carry SEG.SEQ = our right edge (Linux accepts)
        int edge = conn.hardState().rcvNxt() + WINDOW;
        write("x");
        dispatch();
        send(fromPeer().withSeq(edge));
        org.junit.jupiter.api.Assertions.assertEquals(0, conn.sendQueued()); // its ACK was processed
        org.junit.jupiter.api.Assertions.assertEquals(0, conn.dropCount(DropReason.OUT_OF_WINDOW));
    }

    @Test
    void acksForUnacceptablePureSegmentsAreRateLimited() {
        int rcvNxt = conn.hardState().rcvNxt();
        send(fromPeer().withSeq(rcvNxt - 5));
        expect(toPeer());
        send(fromPeer().withSeq(rcvNxt - 5));
        expectNothing(); // an ACK war is broken: at most one answer per 500 ms
        at(ms(500));
        send(fromPeer().withSeq(rcvNxt - 5));
        expect(toPeer());
        // segments with data are always answered (they are not part of an ACK loop)
        send(fromPeer().withSeq(rcvNxt - 5).withPayload(bytes("old")));
        expect(toPeer());
    }

    @Test
    void windowEdgeIsRelativeToTheAckThatCarriedIt() {
        // the peer offers 6000 octets with ACK = SND.UNA ...
        send(fromPeer().withWindow(6000));
        int una = conn.hardState().sndUna();
        conn.setNoDelay(true, now);
        write(bytes(2000, 1));
        dispatch();
        // ... then acknowledges 1000 of them in a segment with an older SEG.SEQ (the WL1 rule ignores its window):
        // the edge stays at the old ACK + 6000, so 4000 more octets may go out (not 5000): two full segments, the
        // 1080-octet rest waits (sender SWS avoidance); an edge at SND.UNA + SND.WND would have let three go
        int rcvNxt = conn.hardState().rcvNxt();
        send(fromPeer().withSeq(rcvNxt - 1).withAck(una + 1000).withWindow(60000).withPayload(bytes("zz")));
        dispatch();
        write(bytes(5000, 2));
        java.util.List<Segment> out = dispatch();
        org.junit.jupiter.api.Assertions.assertEquals(2920, out.stream().mapToInt(Segment::payloadLength).sum());
    }
}
