package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.offloadlab.tcp.cc.CongestionState;
import org.offloadlab.tcp.cc.Cubic;
import org.offloadlab.tcp.cc.NewReno;

/**
 * Restore from hard state plus a soft-state checkpoint ("full checkpoint" failover): the path estimates are installed
 * when the checkpoint is fresh, clamped to the RFC 5681 §4.1 restart window when it is older than its RTO, ignored when
 * they belong to another algorithm, and the stream stays byte-exact whatever checkpoint is used.
 */
class SoftStateRestoreTest {

    private static final long LIMIT = 3_000L * 1_000_000_000L;
    private static final long MS = 1_000_000L;

    /** A sender of a bulk transfer caught with a measured RTT and data in flight. */
    private record Snapshot(HardState hard, SoftState soft, long at, TcpConfig config) {

        /** The same checkpoint with a grown congestion window, as a long transfer would have. */
        Snapshot grown(long cwnd, long ssthresh) {
            SoftState s = soft;
            CongestionState c = s.congestion();
            CongestionState g = new CongestionState(c.algorithm(), cwnd, ssthresh, c.wMax(), c.k(), c.epochStart(),
                    c.wEst());
            return new Snapshot(hard, new SoftState(g, s.srttNanos(), s.rttvarNanos(), s.rtoNanos(), s.rtoBackoff(),
                    s.sndNxtPointer(), s.dupAcks(), s.inRecovery(), s.recoveryPoint(), s.highRxt(), s.scoreboard(),
                    s.outOfOrder(), s.retransmitAt(), s.persistAt(), s.delayedAckAt(), s.keepAliveAt(), s.timeWaitAt(),
                    s.userTimeoutAt(), s.keepAliveProbes(), s.ackPending()), at, config);
        }
    }

    private static Snapshot grownSender(TcpConfig config) {
        LinkSimulation sim = new LinkSimulation(7, 0, 0, 0, 400_000, 1000, config, config);
        sim.open();
        Snapshot[] snap = {null};
        sim.run(LIMIT, () -> {
            TcpConnection a = sim.a;
            if (snap[0] == null && a.state() == State.ESTABLISHED && a.softState().srttNanos() > 0
                    && a.sndNxt() != a.sndUna()) {
                snap[0] = new Snapshot(a.hardState(), a.softState(), sim.now, config);
            }
        });
        assertNotNull(snap[0], () -> "no RTT sample with data in flight: " + sim.describe());
        return snap[0].grown(90_000, 60_000);
    }

    private static TcpConfig config(org.offloadlab.tcp.cc.CongestionControl.Factory cc) {
        return TcpConfig.linuxDefaults().toBuilder().sendBufferSize(256 * 1024).receiveBufferSize(256 * 1024)
                .congestionControl(cc).build();
    }

    @Test
    void freshCheckpointInstallsThePathEstimates() {
        Snapshot s = grownSender(config(Cubic.FACTORY));
        long now = s.at + 3 * MS; // detection and restore take a few ms, well under the RTO floor of 200 ms
        TcpConnection r = TcpConnection.restore(s.hard, s.soft, s.at, s.config, null, now);
        SoftState got = r.softState();
        assertEquals(s.hard, r.hardState());
        assertEquals(s.soft.srttNanos(), got.srttNanos());
        assertEquals(s.soft.rttvarNanos(), got.rttvarNanos());
        assertEquals(s.soft.rtoNanos(), got.rtoNanos());
        assertEquals(s.soft.congestion().cwnd(), got.congestion().cwnd());
        assertEquals(s.soft.congestion().ssthresh(), got.congestion().ssthresh());
        assertEquals(-1, got.congestion().epochStart()); // CUBIC's epoch restarts after the pause
        // loss bookkeeping of the old flight is not carried over
        assertEquals(0, got.dupAcks());
        assertTrue(got.scoreboard().isEmpty());
        if (r.sndNxt() != r.sndUna()) {
            assertEquals(now + got.rtoNanos(), got.retransmitAt()); // the measured RTO, not the initial 1 s
        }
    }

    @Test
    void checkpointOlderThanItsRtoFallsBackToTheRestartWindow() {
        Snapshot s = grownSender(config(NewReno.FACTORY));
        long age = s.soft.rtoNanos() + MS;
        TcpConnection r = TcpConnection.restore(s.hard, s.soft, s.at, s.config, null, s.at + age);
        CongestionState before = s.soft.congestion();
        CongestionState got = r.softState().congestion();
        TcpConnection fresh = TcpConnection.restore(s.hard, s.config, null, s.at + age);
        long iw = fresh.cwnd();
        assertEquals(Math.min(before.cwnd(), iw), got.cwnd()); // RFC 5681 §4.1
        long oldSsthresh = before.ssthresh() == Long.MAX_VALUE ? 0 : before.ssthresh();
        assertEquals(Math.max(oldSsthresh, before.cwnd() / 4 * 3), got.ssthresh()); // RFC 2861 §3
        assertEquals(s.soft.srttNanos(), r.softState().srttNanos()); // the RTT is a path property: kept
    }

    @Test
    void checkpointOfAnotherAlgorithmKeepsOnlyTheRtt() {
        Snapshot s = grownSender(config(NewReno.FACTORY));
        TcpConfig cubic = s.config.toBuilder().congestionControl(Cubic.FACTORY).build();
        TcpConnection r = TcpConnection.restore(s.hard, s.soft, s.at, cubic, null, s.at);
        TcpConnection fresh = TcpConnection.restore(s.hard, cubic, null, s.at);
        assertEquals(fresh.cwnd(), r.cwnd());
        assertEquals(Long.MAX_VALUE, r.softState().congestion().ssthresh());
        assertEquals(s.soft.srttNanos(), r.softState().srttNanos());
    }

    @Test
    void rtoIsRecomputedUnderTheSubstitutesFloor() {
        Snapshot s = grownSender(config(NewReno.FACTORY));
        TcpConfig strict = s.config.toBuilder().minRtoNanos(1_000 * MS).build();
        TcpConnection r = TcpConnection.restore(s.hard, s.soft, s.at, strict, null, s.at);
        assertEquals(1_000 * MS, r.softState().rtoNanos()); // RFC 6298 §2.4 as configured here
    }

    @Test
    void aCheckpointWithoutRttSampleChangesNothing() {
        Snapshot s = grownSender(config(NewReno.FACTORY));
        SoftState empty = new SoftState(null, 0, 0, 0, 0, 0, 0, false, 0, 0, java.util.List.of(), java.util.List.of(),
                Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, 0,
                false);
        TcpConnection r = TcpConnection.restore(s.hard, empty, s.at, s.config, null, s.at);
        TcpConnection fresh = TcpConnection.restore(s.hard, s.config, null, s.at);
        assertEquals(fresh.softState(), r.softState());
    }

    /**
     * Restores A and B over and over at random points of lossy transfers from their current hard state and a soft-state
     * checkpoint taken at an earlier random point (fresh, stale, or none yet): both streams arrive byte-exact.
     */
    @Test
    void randomRestoresWithStaleCheckpointsUnderLoss() {
        int restores = 0;
        for (long seed = 1; seed <= 200; seed++) {
            Random r = new Random(seed * 37);
            TcpConfig ca = LinkSimulation.randomConfig(r);
            TcpConfig cb = LinkSimulation.randomConfig(r);
            LinkSimulation sim = new LinkSimulation(seed, r.nextDouble() * 0.05, r.nextDouble() * 0.02,
                    r.nextDouble() * 0.02, r.nextInt(150_000), r.nextInt(80_000), ca, cb);
            sim.open();
            double p = 0.002 + r.nextDouble() * 0.02;
            double q = 0.001 + r.nextDouble() * 0.05;
            Random when = new Random(seed);

            int[] n = {0};
            boolean ok = sim.run(LIMIT, () -> {
                if (when.nextDouble() < q) {
                    sim.checkpointSoftState();
                }
                if (when.nextDouble() < p) {
                    sim.restoreAWithCheckpoint();
                    n[0]++;
                }
                if (when.nextDouble() < p) {
                    sim.restoreBWithCheckpoint();
                    n[0]++;
                }
            });
            final long s = seed;
            assertTrue(ok, () -> "seed " + s + ": " + sim.describe());
            assertArrayEquals(sim.dataA, sim.receivedAtB.toByteArray(), "A->B seed " + seed);
            assertArrayEquals(sim.dataB, sim.receivedAtA.toByteArray(), "B->A seed " + seed);
            restores += n[0];
        }
        assertTrue(restores > 1000, "only " + restores + " restores");
    }
}
