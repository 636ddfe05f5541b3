package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** SACK generation (RFC 2018 §4) and SACK-based loss recovery (RFC 6675). */
class SackRecoveryTest extends TcpHarness {

    private void sackEstablished() {
        config = baseConfig().toBuilder().sack(true).build();
        conn = TcpConnection.connect(config, log, LOCAL_PORT, REMOTE_PORT, 7, now);
        dispatch();
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, REMOTE_ISS, localIss() + 1, SYN | ACK, WINDOW)
                .withOptions(TcpOptions.NONE.withMss(1460).withSackPermitted(true)));
        dispatch();
    }

    @Test
    void receiverReportsMostRecentBlockFirst() {
        sackEstablished();
        int base = conn.hardState().rcvNxt();
        send(fromPeer().withSeq(base + 100).withPayload(bytes(100, 1)));
        assertEquals(List.of(new SackBlock(base + 100, base + 200)), dispatch().get(0).options().sackBlocks());
        send(fromPeer().withSeq(base + 300).withPayload(bytes(100, 1)));
        assertEquals(List.of(new SackBlock(base + 300, base + 400), new SackBlock(base + 100, base + 200)),
                dispatch().get(0).options().sackBlocks());
        send(fromPeer().withSeq(base + 200).withPayload(bytes(50, 1)));
        assertEquals(List.of(new SackBlock(base + 100, base + 250), new SackBlock(base + 300, base + 400)),
                dispatch().get(0).options().sackBlocks());
        send(fromPeer().withSeq(base).withPayload(bytes(100, 1)));
        Segment ack = dispatch().get(0);
        assertEquals(base + 250, ack.ack());
        assertEquals(List.of(new SackBlock(base + 300, base + 400)), ack.options().sackBlocks());
    }

    @Test
    void outOfOrderBareFinDrawsAnImmediateDupAckWithItsBlock() {
        sackEstablished();
        int base = conn.hardState().rcvNxt();
        // RFC 5681 §4.2: immediate duplicate ACK; the block covers the FIN's one sequence number, as Linux reports it
        send(fromPeer().withSeq(base + 100).withFlags(ACK | FIN));
        Segment dup = dispatch().get(0);
        assertEquals(base, dup.ack());
        assertEquals(List.of(new SackBlock(base + 100, base + 101)), dup.options().sackBlocks());
        send(fromPeer().withSeq(base).withPayload(bytes(100, 1)));
        Segment ack = dispatch().get(0);
        assertEquals(base + 101, ack.ack());
        assertEquals(List.of(), ack.options().sackBlocks());
        expectState(State.CLOSE_WAIT);
    }

    @Test
    void outOfOrderDataWithFinHasOneBlockEndingAfterTheFin() {
        sackEstablished();
        int base = conn.hardState().rcvNxt();
        send(fromPeer().withSeq(base + 100).withFlags(ACK | FIN).withPayload(bytes(50, 1)));
        assertEquals(List.of(new SackBlock(base + 100, base + 151)), dispatch().get(0).options().sackBlocks());
    }

    @Test
    void senderRetransmitsOnlyTheHoles() {
        sackEstablished();
        int una = conn.hardState().sndUna();
        write(bytes(14600, 3));
        assertEquals(10, dispatch().size());
        // segments 0 and 4 lost; the peer SACKs 1-3 and 5-9 progressively
        int mss = 1460;
        for (int i = 1; i <= 9; i++) {
            if (i == 4) {
                continue;
            }
            List<SackBlock> blocks = i < 4
                    ? List.of(new SackBlock(una + mss, una + (i + 1) * mss))
                    : List.of(new SackBlock(una + 5 * mss, una + (i + 1) * mss),
                            new SackBlock(una + mss, una + 4 * mss));
            send(fromPeer().withAck(una).withOptions(TcpOptions.NONE.withSackBlocks(blocks)));
        }
        assertTrue(conn.softState().inRecovery());
        List<Segment> out = dispatch();
        assertEquals(una, out.get(0).seq());
        assertTrue(out.stream().anyMatch(s -> s.seq() == una + 4 * mss), out::toString);
        assertTrue(out.stream().noneMatch(s -> s.seq() == una + mss), "SACKed data is not resent");
        assertEquals(List.of(new SackBlock(una + mss, una + 4 * mss), new SackBlock(una + 5 * mss, una + 10 * mss)),
                conn.softState().scoreboard());
        send(fromPeer().withAck(una + 10 * mss));
        assertTrue(!conn.softState().inRecovery());
        assertTrue(conn.softState().scoreboard().isEmpty());
    }

    @Test
    void bogusSackBlocksAreIgnored() {
        sackEstablished();
        int una = conn.hardState().sndUna();
        write(bytes(2000, 3));
        dispatch();
        send(fromPeer().withAck(una).withOptions(TcpOptions.NONE.withSackBlocks(
                List.of(new SackBlock(una + 5000, una + 6000), new SackBlock(una - 100, una)))));
        assertTrue(conn.softState().scoreboard().isEmpty());
    }

    @Test
    void duplicateDataIsReportedWithDsack() {
        sackEstablished();
        int base = conn.hardState().rcvNxt();
        send(fromPeer().withSeq(base).withPayload(bytes(100, 1)));
        dispatch();
        at(ms(300));
        dispatch();
        // the same segment again (a spurious retransmission): answered at once, its block first (RFC 2883 §4.1.1)
        send(fromPeer().withSeq(base).withPayload(bytes(100, 1)));
        Segment ack = dispatch().get(0);
        assertEquals(base + 100, ack.ack());
        assertEquals(List.of(new SackBlock(base, base + 100)), ack.options().sackBlocks());
        // reported once only
        send(fromPeer().withSeq(base + 100).withPayload(bytes(50, 1)));
        at(ms(600));
        assertTrue(dispatch().get(0).options().sackBlocks().isEmpty());
    }
}
