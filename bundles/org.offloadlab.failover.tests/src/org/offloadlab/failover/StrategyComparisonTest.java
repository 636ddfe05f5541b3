package org.offloadlab.failover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.offloadlab.sim.LinkConfig;

/**
 * The three strategies of issue 6 on the same experiments: a soft-state checkpoint installed on the substitute
 * (FULL_CHECKPOINT) converges where hard state alone relearns slowly or not at all, at a higher shadowing cost per MB;
 * NONE loses every open connection. Numbers in docs/FAILOVER.md and docs/experiments/failover.
 */
class StrategyComparisonTest {

    private static final long MS = 1_000_000L;

    private static FailoverResult run(FailoverExperiment.Builder b, Strategy s) {
        return b.strategy(s).build().run();
    }

    /** Eight bulk connections on a clean 1 Gb/s link, crash at 20 ms. */
    private static FailoverExperiment.Builder cleanBulk() {
        return FailoverExperiment.builder().seed(1)
                .link(LinkConfig.builder().delayNanos(MS).bandwidthBitsPerSecond(1_000_000_000L).queuePackets(1000)
                        .build())
                .workload(WorkloadSpec.bulk(8, 2_000_000, 1_000_000))
                .fail(FailureSpec.atTime(FailureKind.CRASH, 20 * MS));
    }

    @Test
    void fullCheckpointConvergesWhereHardStateOnlyDoesNot() {
        FailoverResult hard = run(cleanBulk(), Strategy.HARD_STATE_ONLY);
        FailoverResult full = run(cleanBulk(), Strategy.FULL_CHECKPOINT);
        RecoveryTimeline h = hard.failovers().get(0);
        RecoveryTimeline f = full.failovers().get(0);
        assertTrue(hard.integrity().ok(), hard.timelineText());
        assertTrue(full.integrity().ok(), full.timelineText());
        assertEquals(0, h.converged(), "IW and RTO 1 s after the resume: " + hard.timelineText());
        assertEquals(f.connections(), f.converged(), full.timelineText());
        assertTrue(f.softStateConvergedAt() >= f.resumedAt(), full.timelineText());
        assertTrue(full.endNanos() < hard.endNanos(), full.endNanos() + " vs " + hard.endNanos());
        // the price: one record per connection per checkpoint period on the bus, none for the hard state
        assertEquals(0, hard.extraInteractionsPerMB());
        assertTrue(full.extraInteractionsPerMB() > 0);
        assertTrue(full.shadowingInteractionsPerMB() > hard.shadowingInteractionsPerMB());
    }

    @Test
    void aLossLimitedWindowIsBackAtTheResumeWithACheckpoint() {
        FailoverExperiment.Builder b = FailoverExperiment.builder().seed(1)
                .link(LinkConfig.builder().delayNanos(MS).bandwidthBitsPerSecond(100_000_000L).queuePackets(100)
                        .lossRate(0.01).build())
                .workload(WorkloadSpec.bulk(2, 1_000, 8_000_000)).fail(FailureSpec.atTime(FailureKind.CRASH, 200 * MS));
        RecoveryTimeline h = run(b, Strategy.HARD_STATE_ONLY).failovers().get(0);
        RecoveryTimeline f = run(b, Strategy.FULL_CHECKPOINT).failovers().get(0);
        assertTrue(h.convergenceNanos() > 0 && f.convergenceNanos() > 0);
        assertTrue(f.convergenceNanos() < h.convergenceNanos(), f.convergenceNanos() + " vs " + h.convergenceNanos());
    }

    @Test
    void noRecoveryLosesEveryOpenConnection() {
        FailoverResult none = run(cleanBulk(), Strategy.NONE);
        RecoveryTimeline t = none.failovers().get(0);
        assertTrue(t.connections() > 0);
        assertEquals(t.connections(), t.connectionsLost());
        assertFalse(none.integrity().ok());
        assertTrue(none.integrity().connectionsReset() >= t.connections());
    }

    @Test
    void aCheckpointSurvivesASecondFailureDuringTheFailover() {
        FailoverResult r = cleanBulk().fail(FailureSpec.duringFailover(FailureKind.CRASH, 20_000))
                .strategy(Strategy.FULL_CHECKPOINT).build().run();
        assertEquals(2, r.failovers().size(), r.timelineText());
        assertTrue(r.integrity().ok(), r.timelineText());
        assertTrue(r.failovers().get(1).resumedAt() > 0, r.timelineText());
    }
}
