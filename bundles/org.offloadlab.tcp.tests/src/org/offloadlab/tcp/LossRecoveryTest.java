package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntPredicate;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/**
 * Loss recovery between two engines over {@link LinkSimulation} (seeded, through the wire form): isolated losses in a
 * large window must be repaired by SACK recovery and RACK-TLP without a retransmission timeout, and a lost tail by a
 * tail loss probe (RFC 6675, RFC 8985). Counts come from {@link TcpConnection#recoveryCount}.
 */
class LossRecoveryTest {

    private static final int SIZE = 2 << 20;

    /** Drops the data segments whose 1-based count {@code drop} accepts. */
    private static LinkSimulation bulk(TcpConfig base, long seed, IntPredicate drop) {
        int[] n = {0};
        return bulkDropping(base, seed, s -> drop.test(++n[0]));
    }

    private static LinkSimulation bulkDropping(TcpConfig base, long seed, Predicate<Segment> drop) {
        TcpConfig c = LossRecoverySweep.bulkConfig(base);
        LinkSimulation sim = new LinkSimulation(seed, 0, 0, 0, SIZE, 0, c, c);
        sim.dropDataToB = drop;
        sim.open();
        assertTrue(sim.run(3_600L * 1_000_000_000L, null), sim::describe);
        assertArrayEquals(sim.dataA, sim.receivedAtB.toByteArray());
        return sim;
    }

    @Test
    void isolatedLossesNeedNoTimeoutWithRackTlp() {
        for (long seed = 1; seed <= 5; seed++) {
            // one segment in 40 (well apart) after slow start has opened the window
            LinkSimulation sim = bulk(TcpConfig.linuxDefaults(), seed, n -> n > 30 && n % 40 == 0);
            assertEquals(0, sim.a.recoveryCount(RecoveryEvent.TIMEOUT), () -> "seed " + sim.describe());
            assertTrue(sim.a.recoveryCount(RecoveryEvent.FAST_RECOVERY) > 10);
            assertTrue(sim.a.recoveryCount(RecoveryEvent.RACK_LOST) > 10);
        }
    }

    @Test
    void isolatedLossesNeedNoTimeoutWithRfc6675Alone() {
        for (long seed = 1; seed <= 5; seed++) {
            LinkSimulation sim = bulk(TcpConfig.rfcDefaults(), seed, n -> n > 30 && n % 40 == 0);
            assertEquals(0, sim.a.recoveryCount(RecoveryEvent.TIMEOUT), () -> "seed " + sim.describe());
            assertEquals(0, sim.a.recoveryCount(RecoveryEvent.RACK_LOST));
        }
    }

    @Test
    void lostRetransmissionIsFoundByRackNotByTheTimer() {
        // the 100th data segment and its first retransmission are both lost: RFC 6675 alone cannot see that a
        // retransmission was lost (HighRxt is past it) and waits for the RTO; RACK sees later-sent segments SACKed
        int[] count = {0};
        int[] seq = {0};
        int[] drops = {0};
        LinkSimulation sim = bulkDropping(TcpConfig.linuxDefaults(), 3, s -> {
            if (++count[0] == 100) {
                seq[0] = s.seq();
            }
            if (count[0] >= 100 && s.seq() == seq[0] && drops[0] < 2) {
                drops[0]++;
                return true;
            }
            return false;
        });
        assertEquals(2, drops[0]);
        assertEquals(0, sim.a.recoveryCount(RecoveryEvent.TIMEOUT), sim::describe);
        assertTrue(sim.a.recoveryCount(RecoveryEvent.RACK_LOST) >= 2);
    }

    /**
     * A connection restored from its hard state (failover) inherits a flight it never sent itself: RACK-TLP must still
     * retransmit it. Segments 200-230 are lost and the sender is restored right after sending the last of them.
     */
    @Test
    void aRestoredSenderRetransmitsTheFlightItInherited() {
        TcpConfig c = LossRecoverySweep.bulkConfig(TcpConfig.linuxDefaults());
        LinkSimulation sim = new LinkSimulation(7, 0, 0, 0, SIZE, 0, c, c);
        int[] n = {0};
        boolean[] restoreNow = {false};
        sim.dropDataToB = s -> {
            n[0]++;
            restoreNow[0] |= n[0] == 230;
            return n[0] >= 200 && n[0] <= 230;
        };
        sim.open();
        boolean done = sim.run(3_600L * 1_000_000_000L, () -> {
            if (restoreNow[0]) {
                restoreNow[0] = false;
                sim.restoreA();
            }
        });
        assertTrue(done, sim::describe);
        assertArrayEquals(sim.dataA, sim.receivedAtB.toByteArray());
    }

    @Test
    void lostTailIsProbedNotTimedOut() {
        // the first transmissions of the last two data segments are lost: no later segment can produce SACKs
        TcpConfig c = LossRecoverySweep.bulkConfig(TcpConfig.linuxDefaults());
        LinkSimulation sim = new LinkSimulation(4, 0, 0, 0, SIZE, 0, c, c);
        sim.open();
        int end = sim.a.hardState().iss() + 1 + SIZE;
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        sim.dropDataToB = s -> SeqNum.gt(s.seq() + s.payloadLength(), end - 2 * 1448) && seen.add(s.seq());
        assertTrue(sim.run(3_600L * 1_000_000_000L, null), sim::describe);
        assertArrayEquals(sim.dataA, sim.receivedAtB.toByteArray());
        assertTrue(seen.size() >= 2, "segments dropped: " + seen.size());
        assertEquals(0, sim.a.recoveryCount(RecoveryEvent.TIMEOUT), sim::describe);
        assertTrue(sim.a.recoveryCount(RecoveryEvent.TAIL_LOSS_PROBE) >= 1);
    }

    @Test
    void twoPercentLossRarelyNeedsTheTimer() {
        int timeouts = 0;
        int recoveries = 0;
        for (long seed = 1; seed <= 10; seed++) {
            LossRecoverySweep.Result r = LossRecoverySweep.run(seed, 0.02, 1 << 20,
                    LossRecoverySweep.bulkConfig(TcpConfig.linuxDefaults()));
            assertTrue(r.completed(), "seed " + seed);
            timeouts += r.count(RecoveryEvent.TIMEOUT);
            recoveries += r.count(RecoveryEvent.FAST_RECOVERY);
        }
        // before RACK-TLP and the RFC 6675 duplicate-ACK fix about one loss episode in six ended in an RTO
        assertTrue(timeouts * 20 < recoveries, "RTOs " + timeouts + " fast recoveries " + recoveries);
    }
}
