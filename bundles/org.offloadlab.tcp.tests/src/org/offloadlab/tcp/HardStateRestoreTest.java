package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The centrepiece of failover: a connection rebuilt from its {@link HardState} alone continues the byte stream with
 * nothing lost, duplicated or reordered, whatever state it was in.
 */
class HardStateRestoreTest extends TcpHarness {

    private static final long LIMIT = 3_000L * 1_000_000_000L;

    @Test
    void codecRoundTrips() {
        established();
        write("unacked");
        dispatch();
        write("unsent");
        send(fromPeer().withAck(localIss() + 1).withPayload(bytes("unread")));
        HardState h = conn.hardState();
        byte[] wire = HardStateCodec.encode(h);
        assertEquals(h, HardStateCodec.decode(wire));
        assertEquals(HardStateCodec.MAGIC, java.nio.ByteBuffer.wrap(wire).getInt());
        assertArrayEquals(bytes("unackedunsent"), h.sendData());
        assertArrayEquals(bytes("unread"), h.receivedData());
    }

    @Test
    void codecRejectsGarbage() {
        assertThrows(IllegalArgumentException.class, () -> HardStateCodec.decode(new byte[]{1, 2, 3}));
        established();
        byte[] wire = HardStateCodec.encode(conn.hardState());
        wire[4] = 9;
        assertThrows(IllegalArgumentException.class, () -> HardStateCodec.decode(wire));
        byte[] cut = java.util.Arrays.copyOf(HardStateCodec.encode(conn.hardState()), 40);
        assertThrows(IllegalArgumentException.class, () -> HardStateCodec.decode(cut));
    }

    @Test
    void restoredConnectionHasTheSameHardStateAndFreshSoftState() {
        established();
        write(bytes(5000, 3));
        dispatch();
        HardState h = conn.hardState();
        TcpConnection r = TcpConnection.restore(h, config, null, now);
        assertEquals(h, r.hardState());
        SoftState soft = r.softState();
        assertEquals(s(1), soft.rtoNanos()); // RFC 6298 §2.1
        assertEquals(0, soft.srttNanos());
        assertEquals(14600, soft.congestion().cwnd()); // IW10 (RFC 6928), the documented restart window
        assertEquals(now + s(1), soft.retransmitAt());
        assertTrue(soft.ackPending());
    }

    @Test
    void restoredConnectionContinuesTheStream() {
        established();
        write("hello ");
        expect(toPeer().withFlags(ACK | PSH).withPayload(bytes("hello ")));
        write("world");
        conn = TcpConnection.restore(HardStateCodec.decode(HardStateCodec.encode(conn.hardState())), config, log,
                now);
        // the restored side tells the peer at once where it is, and sends the unsent octets
        java.util.List<Segment> out = dispatch();
        assertEquals(1, out.size());
        // Nagle: "world" waits for the ACK of "hello " (outstanding before the checkpoint)
        assertEquals(0, out.get(0).payloadLength());
        send(fromPeer());
        expect(toPeer().withFlags(ACK | PSH).withPayload(bytes("world")));
    }

    @Test
    void restoredSenderRetransmitsWhatWasInFlight() {
        established();
        write("lost in the failure");
        dispatch(); // ... and the peer never got it
        HardState h = conn.hardState();
        conn = TcpConnection.restore(h, config, log, now);
        dispatch();
        at(conn.pollAt());
        assertEquals(s(1), now);
        Segment rtx = dispatch().get(0);
        assertEquals(h.sndUna(), rtx.seq());
        assertArrayEquals(bytes("lost in the failure"), rtx.payloadBytes());
    }

    /** Restores A and B over and over at random points of transfers under loss. */
    @Test
    void randomCheckpointsUnderLoss() {
        for (long seed = 1; seed <= 200; seed++) {
            Random r = new Random(seed * 31);
            TcpConfig ca = LinkSimulation.randomConfig(r);
            TcpConfig cb = LinkSimulation.randomConfig(r);
            LinkSimulation sim = new LinkSimulation(seed, r.nextDouble() * 0.05, r.nextDouble() * 0.02,
                    r.nextDouble() * 0.02, r.nextInt(150_000), r.nextInt(80_000), ca, cb);
            sim.open();
            double p = 0.002 + r.nextDouble() * 0.02;
            Random when = new Random(seed);
            boolean ok = sim.run(LIMIT, () -> {
                if (when.nextDouble() < p) {
                    sim.restoreA();
                }
                if (when.nextDouble() < p) {
                    sim.restoreB();
                }
            });
            final long s = seed;
            assertTrue(ok, () -> "seed " + s + ": " + sim.describe());
            assertArrayEquals(sim.dataA, sim.receivedAtB.toByteArray(), "A->B seed " + seed);
            assertArrayEquals(sim.dataB, sim.receivedAtA.toByteArray(), "B->A seed " + seed);
        }
    }

    /** Restores each side right after every state transition, so every state it passes through is checkpointed. */
    @Test
    void checkpointInEveryState() {
        Set<State> seen = EnumSet.noneOf(State.class);
        for (long seed = 1; seed <= 100; seed++) {
            Random r = new Random(seed * 17);
            TcpConfig ca = LinkSimulation.randomConfig(r);
            TcpConfig cb = LinkSimulation.randomConfig(r);
            LinkSimulation sim = new LinkSimulation(seed, r.nextDouble() * 0.03, 0, 0, r.nextInt(50_000),
                    r.nextInt(50_000), ca, cb);
            sim.open();
            State[] last = {null, null};
            boolean ok = sim.run(LIMIT, () -> {
                if (sim.a.state() != last[0]) {
                    last[0] = sim.a.state();
                    seen.add(last[0]);
                    sim.restoreA();
                }
                if (sim.b.state() != last[1]) {
                    last[1] = sim.b.state();
                    seen.add(last[1]);
                    sim.restoreB();
                }
            });
            final long s = seed;
            assertTrue(ok, () -> "seed " + s + ": " + sim.describe());
            assertArrayEquals(sim.dataA, sim.receivedAtB.toByteArray());
            assertArrayEquals(sim.dataB, sim.receivedAtA.toByteArray());
        }
        // simultaneous-close states need crossing FINs; the common ones must all have been checkpointed
        assertTrue(seen.containsAll(EnumSet.of(State.LISTEN, State.SYN_SENT, State.SYN_RECEIVED, State.ESTABLISHED,
                State.FIN_WAIT_1, State.FIN_WAIT_2, State.CLOSE_WAIT, State.LAST_ACK, State.TIME_WAIT)),
                seen::toString);
    }

    private void restoreInPlace() {
        HardState h = conn.hardState();
        conn = TcpConnection.restore(HardStateCodec.decode(HardStateCodec.encode(h)), config, log, now);
        assertEquals(h, conn.hardState());
        dispatch(); // the restored side's ACK (or nothing)
    }

    @Test
    void everyFixtureStateSurvivesARestore() {
        List<Runnable> fixtures = List.of(this::listen, this::synSent, this::synReceived, this::established,
                this::finWait1, this::finWait2, this::closing, this::timeWait, this::closeWait, this::lastAck);
        for (Runnable f : fixtures) {
            now = 0;
            expectedWindow = WINDOW;
            f.run();
            State before = conn.state();
            restoreInPlace();
            assertEquals(before, conn.state());
        }
    }

    @Test
    void restoredClosingConnectionFinishesTheClose() {
        closing();
        restoreInPlace();
        send(fromPeer());
        expectState(State.TIME_WAIT);
    }

    @Test
    void restoredLastAckConnectionFinishesTheClose() {
        lastAck();
        restoreInPlace();
        send(fromPeer());
        expectState(State.CLOSED);
    }

    @Test
    void restoredSynSentConnectionCompletesTheHandshake() {
        synSent();
        restoreInPlace();
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, REMOTE_ISS, localIss() + 1, SYN | ACK, WINDOW));
        expectState(State.ESTABLISHED);
        expect(toPeer());
    }

    @Test
    void restoredListenerAcceptsAConnection() {
        listen();
        restoreInPlace();
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, REMOTE_ISS, 0, SYN, WINDOW));
        expectState(State.SYN_RECEIVED);
        assertEquals(1, dispatch().size());
    }

    @Test
    void restoredTimeWaitStartsAFreshTwoMsl() {
        timeWait();
        at(s(100));
        restoreInPlace();
        assertEquals(s(100) + s(240), conn.pollAt());
    }

    @Test
    void restoredClosedApplicationStillResetsOnData() {
        finWait2();
        restoreInPlace();
        HardState h = conn.hardState();
        send(fromPeer().withPayload(bytes("late")));
        expectState(State.CLOSED);
        expect(Segment.of(LOCAL_PORT, REMOTE_PORT, h.sndNxt(), h.rcvNxt(), RST | ACK, 0));
    }
}
