package org.offloadlab.failover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link SubstituteKind#ACTIVE_ADAPTER}: two adapters both active, the partner's flow hash splitting the connections;
 * the primary fails and the second takes its connections on top of its own. At seeded random failure points: every byte
 * stream of both adapters' connections intact, every connection of the failed adapter ends up on the survivor, and the
 * survivor's own connections lose no packet and retransmit nothing during the failover, and most of them progress while
 * the failed adapter's flows are blocked (the others are idle by themselves: see below).
 */
class ActiveAdapterFailoverTest {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;
    private static final int RUNS_PER_CASE = 60;

    private record Case(String name, WorkloadSpec workload, long from, long to, FailureKind kind) {
    }

    private static List<Case> cases() {
        return List.of(new Case("bulk", WorkloadSpec.bulk(6, 300_000, 150_000), 1 * MS, 12 * MS, FailureKind.CRASH),
                new Case("request/response", WorkloadSpec.requestResponse(6, 6, 2_000, 8_000, MS), 1 * MS, 20 * MS,
                        FailureKind.HANG));
    }

    private static FailoverExperiment.Builder active(long seed, Case k, Strategy strategy) {
        return FailoverExperiment.builder().seed(seed).workload(k.workload()).strategy(strategy)
                .substitutes(SubstituteKind.ACTIVE_ADAPTER).fail(FailureSpec.randomTime(k.kind(), k.from(), k.to()));
    }

    @Test
    void survivorTakesTheFailedAdaptersConnectionsWithoutDisturbingItsOwn() {
        List<String> violations = new ArrayList<>();
        int sharedFailovers = 0;
        int ownProgressed = 0;
        int ownStalled = 0;
        for (Case k : cases()) {
            for (int i = 0; i < RUNS_PER_CASE; i++) {
                long seed = 7000L + 100L * k.name().length() + i;
                FailoverResult r = active(seed, k, Strategy.HARD_STATE_ONLY).build().run();
                String where = k.name() + " seed " + seed + "\n" + r.timelineText();
                IntegrityVerdict v = r.integrity();
                assertEquals(1, r.failovers().size(), where);
                RecoveryTimeline t = r.failovers().get(0);
                assertEquals("active2", t.substitute(), where);
                assertTrue(t.resumedAt() > 0 && t.resumedAt() - t.failedAt() < 30 * S, where);
                assertEquals(0, t.connectionsLost(), where);
                assertEquals(1, r.survivors().size(), where);
                SurvivorLoad l = r.survivors().get(0);
                assertEquals(0, v.bytesDuplicated(), where);
                assertEquals(0, v.bytesReordered(), where);
                // connections the failed adapter had not yet notified to the host are lost by definition (FAILOVER.md)
                boolean intact = v.finished() && v.connectionsReset() <= t.unnotified()
                        && (v.connectionsReset() > 0 || v.ok());
                boolean holds = intact && l.movedConnections() == t.connections() && l.ownDroppedWhileBlocked() == 0
                        && l.ownBytesRetransmittedDuringFailover() == 0
                        && l.connectionsAfter() == l.connectionsBefore() + l.movedConnections();
                if (!holds) {
                    violations.add(where + "integrity " + v);
                }
                if (t.connections() > 0 && l.ownConnections() > 0) {
                    sharedFailovers++;
                }
                if (k.name().equals("bulk")) { // request/response connections are mostly idle (think time)
                    ownProgressed += l.ownProgressedDuringFailover();
                    ownStalled += l.ownStalledDuringFailover();
                }
            }
        }
        assertTrue(violations.isEmpty(), () -> violations.size() + " violations:\n" + String.join("\n", violations));
        assertTrue(sharedFailovers >= RUNS_PER_CASE, "most failures hit both adapters carrying connections: "
                + sharedFailovers);
        // "stalled" includes natural idle (a transfer done, waiting for the peer's FIN; think time): at seed 7424 the
        // one own connection without progress resumes at 15.21 ms whether the failure is detected at 15 or 16 ms
        assertTrue(ownProgressed > 2 * ownStalled, "the survivor's connections ran on during failovers: "
                + ownProgressed + " progressed, " + ownStalled + " idle");
    }

    @Test
    void theFlowHashSpreadsConnectionsOverBothAdapters() {
        FailoverResult r = FailoverExperiment.builder().seed(3).workload(WorkloadSpec.bulk(8, 2_000_000, 1_000_000))
                .substitutes(SubstituteKind.ACTIVE_ADAPTER).fail(FailureSpec.atTime(FailureKind.CRASH, 20 * MS))
                .build().run();
        RecoveryTimeline t = r.failovers().get(0);
        SurvivorLoad l = r.survivors().get(0);
        assertEquals(8, t.connections() + l.ownConnections(), r.timelineText());
        assertTrue(t.connections() > 0 && l.ownConnections() > 0, r.timelineText());
        assertEquals(t.connections(), l.movedConnections(), r.timelineText());
        assertEquals(8, l.connectionsAfter(), r.timelineText());
        assertEquals(0, l.ownDroppedWhileBlocked(), r.timelineText());
        assertTrue(r.integrity().ok(), r.timelineText());
        assertTrue(r.toJson().contains("\"survivors\":[{\"adapter\":\"active2\""), r.toJson());
    }

    @Test
    void withoutRecoveryTheVerdictSeesTheFailedAdaptersLosses() {
        int detected = 0;
        for (int i = 0; i < 20; i++) {
            Case k = cases().get(0);
            FailoverResult r = active(i, k, Strategy.NONE).build().run();
            RecoveryTimeline t = r.failovers().get(0);
            SurvivorLoad l = r.survivors().get(0);
            assertEquals(t.connections(), t.connectionsLost(), r.timelineText());
            assertEquals(0, l.movedConnections(), r.timelineText());
            assertEquals(0, l.ownDroppedWhileBlocked(), r.timelineText());
            if (t.connections() > 0) {
                assertTrue(!r.integrity().ok() && r.integrity().connectionsReset() >= t.connections(),
                        r.timelineText());
                // only the failed adapter's connections are lost: the survivor's own complete
                assertTrue(r.integrity().connectionsReset() <= r.integrity().connections() - l.ownConnections(),
                        r.timelineText());
                detected++;
            }
        }
        assertTrue(detected > 10, "failures hit open connections: " + detected);
    }

    @Test
    void activeAdapterMustBeTheOnlySubstitute() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FailoverExperiment.builder()
                .substitutes(SubstituteKind.ACTIVE_ADAPTER, SubstituteKind.HOST_STACK).build());
        assertTrue(e.getMessage().contains("ACTIVE_ADAPTER"), e.getMessage());
    }
}
