package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 5961: blind reset, SYN and data injection mitigations, with the challenge-ACK rate limit. */
class Rfc5961Test extends TcpHarness {

    @BeforeEach
    void setUp() {
        config = baseConfig().toBuilder().challengeAckLimit(3).build();
        established();
    }

    @Test
    void inWindowResetGetsChallengeAck() {
        int rcvNxt = conn.hardState().rcvNxt();
        send(fromPeer().withSeq(rcvNxt + 100).withFlags(RST));
        expectState(State.ESTABLISHED);
        expect(toPeer());
        assertEquals(1, conn.dropCount(DropReason.RST_NOT_EXACT));
    }

    @Test
    void outOfWindowResetIsSilentlyDropped() {
        int rcvNxt = conn.hardState().rcvNxt();
        send(fromPeer().withSeq(rcvNxt + 100_000).withFlags(RST));
        expectNothing();
        expectState(State.ESTABLISHED);
    }

    @Test
    void synInEstablishedGetsChallengeAck() {
        send(fromPeer().withFlags(SYN).withSeq(12345));
        expectState(State.ESTABLISHED);
        expect(toPeer());
        assertEquals(1, conn.dropCount(DropReason.SYN_IN_WINDOW));
    }

    @Test
    void tooOldAckGetsChallengeAck() {
        int una = conn.hardState().sndUna();
        send(fromPeer().withAck(una - 200_000).withPayload(bytes("inject")));
        expect(toPeer());
        assertEquals(0, conn.available());
        assertEquals(1, conn.dropCount(DropReason.ACK_TOO_OLD));
    }

    @Test
    void challengeAcksAreRateLimited() {
        for (int i = 0; i < 10; i++) {
            send(fromPeer().withFlags(SYN));
        }
        expect(toPeer()); // one ACK goes out; only 3 per second are allowed at all
        for (int i = 0; i < 10; i++) {
            send(fromPeer().withFlags(SYN));
            dispatch();
        }
        at(s(1));
        send(fromPeer().withFlags(SYN));
        expect(toPeer()); // a new second, a new budget
    }

    @Test
    void rateLimitCountsAckedChallenges() {
        int sent = 0;
        for (int i = 0; i < 10; i++) {
            send(fromPeer().withFlags(SYN));
            sent += dispatch().size();
        }
        assertEquals(3, sent);
    }
}
