package org.offloadlab.failover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Detection, phase order, soft-state relearning, determinism and the JSON contract of one failover. */
class FailoverTimelineTest {

    private static final long MS = 1_000_000L;

    private static FailoverResult bulk(FailureKind kind, long seed) {
        return FailoverExperiment.builder().seed(seed).workload(WorkloadSpec.bulk(4, 4_000_000, 2_000_000))
                .heartbeat(MS, 3).fail(FailureSpec.atTime(kind, 20 * MS + 300_000)).build().run();
    }

    @ParameterizedTest
    @EnumSource(FailureKind.class)
    void everyFailureKindIsDetectedWithinTheMissedHeartbeatsAndPhasesAreOrdered(FailureKind kind) {
        FailoverResult r = bulk(kind, 9);
        RecoveryTimeline t = r.failovers().get(0);
        String s = r.timelineText();
        long detection = t.detectionNanos();
        // link loss is read from the link-status register at the next tick; a dead adapter is declared when the first
        // heartbeat it did not answer is M periods old: detection in (M·P, (M+1)·P]
        long max = kind == FailureKind.LINK_DOWN ? MS : 4 * MS;
        assertTrue(detection > 0 && detection <= max, s);
        if (kind != FailureKind.LINK_DOWN) {
            assertTrue(detection > 3 * MS, s);
        }
        assertTrue(t.failedAt() <= t.detectedAt() && t.detectedAt() == t.blockedAt()
                && t.blockedAt() <= t.hardStateRecoveredAt() && t.hardStateRecoveredAt() <= t.substituteActiveAt()
                && t.substituteActiveAt() <= t.resumedAt() && t.resumedAt() <= t.firstSegmentAt(), s);
        assertEquals("standby1", t.substitute());
        assertEquals(4, t.connections());
        assertTrue(t.blackoutP50() > detection && t.blackoutP50() <= t.blackoutP99()
                && t.blackoutP99() <= t.blackoutMax(), s);
        assertTrue(t.bytesRetransmitted() > 0, "segments in flight at the failure are sent again: " + s);
        assertTrue(r.integrity().ok(), s);
    }

    @Test
    void softStateIsRelearnedAfterTheResume() {
        // a loss-limited window (1 % loss) is relearned within the transfer; a 256 kB window on a clean link is not (see
        // docs/FAILOVER.md: after the resume the flow sits in congestion avoidance far below its old window)
        FailoverResult r = FailoverExperiment.builder().seed(4)
                .link(org.offloadlab.sim.LinkConfig.builder().delayNanos(MS).bandwidthBitsPerSecond(100_000_000L)
                        .queuePackets(100).lossRate(0.01).build())
                .workload(WorkloadSpec.bulk(2, 1_000, 8_000_000)).fail(FailureSpec.atTime(FailureKind.CRASH, 200 * MS))
                .build().run();
        RecoveryTimeline t = r.failovers().get(0);
        assertTrue(t.converged() > 0, r.timelineText());
        assertTrue(t.softStateConvergedAt() > t.resumedAt(), "IW and no RTT sample at the resume: " + r.timelineText());
        assertTrue(r.integrity().ok(), r.timelineText());
    }

    @Test
    void sameSeedSameRunOtherSeedOtherRun() {
        FailoverResult a = bulk(FailureKind.CRASH, 2);
        FailoverResult b = bulk(FailureKind.CRASH, 2);
        FailoverResult c = FailoverExperiment.builder().seed(3).workload(WorkloadSpec.bulk(4, 4_000_000, 2_000_000))
                .link(org.offloadlab.sim.LinkConfig.builder().delayNanos(MS).lossRate(0.01).build())
                .fail(FailureSpec.randomTime(FailureKind.CRASH, 10 * MS, 30 * MS)).build().run();
        assertEquals(a.traceHash(), b.traceHash());
        assertEquals(a.toJson(), b.toJson());
        assertTrue(!a.traceHash().equals(c.traceHash()));
    }

    @Test
    void jsonFollowsTheRunnerContract() {
        FailoverResult r = bulk(FailureKind.CRASH, 5);
        String json = r.toJson();
        RecoveryTimeline t = r.failovers().get(0);
        for (String key : new String[]{"failovers", "adapter", "failed_at", "detected_at", "hard_state_recovered_at",
                "resumed_at", "soft_state_converged_at", "blackout_p50", "blackout_p99", "blackout_max",
                "bytes_retransmitted", "integrity", "ok", "connections", "bytes_lost", "bytes_duplicated",
                "bytes_reordered", "connections_reset"}) {
            assertTrue(json.contains("\"" + key + "\":"), key + " missing in " + json);
        }
        assertEquals(t.failedAt() / 1e9, number(json, "failed_at"), 1e-9);
        assertEquals(t.resumedAt() / 1e9, number(json, "resumed_at"), 1e-9);
        assertEquals(t.blackoutMax() / 1e9, number(json, "blackout_max"), 1e-9);
        assertEquals(t.bytesRetransmitted(), (long) number(json, "bytes_retransmitted"));
        assertTrue(json.contains("\"adapter\":\"primary\""));
        assertTrue(json.contains("\"integrity\":{\"ok\":true"), json);
    }

    @Test
    void badConfigurationIsRejectedWithWhatIsWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FailoverExperiment.builder().heartbeat(0, 3));
        assertTrue(e.getMessage().contains("heartbeat"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FailureSpec.randomTime(FailureKind.CRASH, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> WorkloadSpec.bulk(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> FailoverExperiment.builder().convergenceTolerance(1.5));
    }

    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":([-0-9.eE]+)").matcher(json);
        assertTrue(m.find(), key);
        return Double.parseDouble(m.group(1));
    }
}
