package org.offloadlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.offloadlab.model.ConnectionRecord;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.FailoverTimeline;

/**
 * The runner's failovers come from the failover bundle's controller: real detection, phases in order, blackout
 * percentiles, retransmissions and soft-state convergence in the results, the same for the same seed.
 */
class FailoverRunnerTest {

    private static RunResult run(Experiment e) throws ExperimentException {
        return ExperimentRunner.run(e, ExperimentRunner.Options.defaults(), ProgressMonitor.NONE);
    }

    private static RunResult run(String... settings) throws ExperimentException {
        return run(Settings.apply(Templates.create("failover"), List.of(settings)));
    }

    private static String describe(FailoverTimeline f) {
        return f.getOutcome() + " failed " + f.getFailedAtNanos() + " detected " + f.getDetectedAtNanos()
                + " blocked " + f.getBlockedAtNanos() + " recovered " + f.getHardStateRecoveredAtNanos() + " active "
                + f.getSubstituteActiveAtNanos() + " resumed " + f.getResumedAtNanos() + " first "
                + f.getFirstSegmentAtNanos() + " converged " + f.getSoftStateConvergedAtNanos();
    }

    @Test
    void hardStateTimelineIsOrderedAndIntegrityHolds() throws Exception {
        RunResult r = run();
        assertEquals(1, r.results().getFailovers().size());
        FailoverTimeline f = r.results().getFailovers().get(0);
        String d = describe(f);
        assertTrue(f.getFailedAtNanos() >= 0, d);
        assertTrue(f.getFailedAtNanos() < f.getDetectedAtNanos(), d);
        assertTrue(f.getDetectedAtNanos() <= f.getBlockedAtNanos(), d);
        assertTrue(f.getBlockedAtNanos() <= f.getHardStateRecoveredAtNanos(), d);
        assertTrue(f.getHardStateRecoveredAtNanos() <= f.getSubstituteActiveAtNanos(), d);
        assertTrue(f.getSubstituteActiveAtNanos() <= f.getResumedAtNanos(), d);
        assertTrue(f.getFirstSegmentAtNanos() < 0 || f.getResumedAtNanos() <= f.getFirstSegmentAtNanos(), d);
        assertTrue(f.getSoftStateConvergedAtNanos() < 0 || f.getResumedAtNanos() <= f.getSoftStateConvergedAtNanos(),
                d);
        assertTrue(f.getBlackoutP50Nanos() > 0 && f.getBlackoutP50Nanos() <= f.getBlackoutP99Nanos()
                && f.getBlackoutP99Nanos() <= f.getBlackoutMaxNanos(), d);
        assertTrue(f.getBlackoutP50Nanos() >= f.getResumedAtNanos() - f.getFailedAtNanos(), d);
        assertEquals("nic1", f.getSubstitute());
        assertEquals(0, f.getConnectionsLost());
        assertTrue(r.results().getIntegrity().isOk(), d);
    }

    /**
     * The per-connection blackouts are the distribution the percentiles summarise, and each names a connection the
     * results record under the same id (the id on the adapter that resumed it), held by the substitute.
     */
    @Test
    void perConnectionBlackoutsMatchThePercentilesAndTheConnectionRecords() throws Exception {
        RunResult r = run();
        FailoverTimeline f = r.results().getFailovers().get(0);
        int n = f.getBlackoutConnectionIds().length();
        assertEquals(n, f.getBlackoutNanos().length());
        assertTrue(n > 0, describe(f));
        long[] sorted = new long[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = f.getBlackoutNanos().get(i);
            assertTrue(sorted[i] >= f.getResumedAtNanos() - f.getFailedAtNanos(), "connection "
                    + f.getBlackoutConnectionIds().get(i) + " progressed before the resume: " + sorted[i]);
            assertTrue(i == 0 || f.getBlackoutConnectionIds().get(i - 1) < f.getBlackoutConnectionIds().get(i),
                    "ids sorted and distinct");
        }
        java.util.Arrays.sort(sorted);
        assertEquals(f.getBlackoutMaxNanos(), sorted[n - 1]);
        assertEquals(f.getBlackoutP50Nanos(), sorted[(int) Math.ceil(0.5 * n) - 1]);
        assertEquals(f.getBlackoutP99Nanos(), sorted[(int) Math.ceil(0.99 * n) - 1]);
        java.util.Set<Integer> recorded = new java.util.HashSet<>();
        for (ConnectionRecord c : r.results().getConnections()) {
            if ("nic1".equals(c.getAdapter()) || c.getAdapter() == null) {
                recorded.add(c.getId());
            }
        }
        for (int i = 0; i < n; i++) {
            assertTrue(recorded.contains(f.getBlackoutConnectionIds().get(i)),
                    "blackout of connection " + f.getBlackoutConnectionIds().get(i) + " has no record on nic1 "
                            + recorded);
        }
    }

    /**
     * Delayed DMA holds RX completions on the adapter for up to a batch delay; the adapter acknowledges only what the
     * host was told (docs/DMA.md), so a crash at any point loses no byte the peer saw acknowledged.
     */
    @Test
    void delayedDmaKeepsEveryByteAcrossTheCrash() throws Exception {
        for (long at : new long[]{37, 113, 152, 200, 263}) {
            Experiment e = Templates.create("failover");
            e.getPolicies().setDelayedDma(true);
            e.getPolicies().setDmaBatchMicros(400);
            e.getFailurePlan().setAtMillis(at);
            RunResult r = run(Settings.apply(e, List.of("duration=3s")));
            FailoverTimeline f = r.results().getFailovers().get(0);
            assertTrue(r.results().getIntegrity().isOk(), "crash at " + at + " ms: " + describe(f));
            assertTrue(r.notes().stream().noneMatch(n -> n.contains("delayed DMA")), r.notes()::toString);
        }
    }

    @Test
    void noneLosesTheConnectionsAndTheVerdictSaysSo() throws Exception {
        RunResult r = run("recovery=none", "duration=3s");
        FailoverTimeline f = r.results().getFailovers().get(0);
        assertTrue(f.getDetectedAtNanos() > f.getFailedAtNanos(), describe(f));
        assertTrue(f.getConnectionsLost() > 0, describe(f));
        assertEquals(-1, f.getHardStateRecoveredAtNanos(), describe(f));
        assertFalse(r.results().getIntegrity().isOk());
    }

    @Test
    void withoutSubstituteEveryConnectionIsLost() throws Exception {
        Experiment e = Templates.create("failover");
        e.getTopology().getAdapters().removeIf(a -> a.isSubstitute());
        RunResult r = run(Settings.apply(e, List.of("duration=3s")));
        FailoverTimeline f = r.results().getFailovers().get(0);
        assertTrue(f.getOutcome().contains("no substitute"), f.getOutcome());
        assertFalse(r.results().getIntegrity().isOk());
    }

    @Test
    void sameSeedTwiceGivesTheSameTimelines() throws Exception {
        for (String recovery : List.of("hard-state", "full-checkpoint", "none")) {
            Experiment e = Settings.apply(Templates.create("failover"), List.of("recovery=" + recovery));
            FailoverTimeline a = run(e).results().getFailovers().get(0);
            FailoverTimeline b = run(EcoreUtil.copy(e)).results().getFailovers().get(0);
            assertTrue(EcoreUtil.equals(a, b), recovery + ": " + describe(a) + " vs " + describe(b));
        }
    }

    /** "Inject failure now": the monitor asks between two slices; the failure happens then, not at the plan's time. */
    @Test
    void failureRequestedByTheMonitorHappensAtThatSliceNotAtThePlannedTime() throws Exception {
        Experiment e = Templates.create("failover"); // planned at 200 ms
        long[] requestedAt = {-1};
        ProgressMonitor m = new ProgressMonitor() {
            private long done;

            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long d) {
                done = d;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public boolean takeFailureRequest() {
                if (requestedAt[0] < 0 && done >= 50_000_000L) {
                    requestedAt[0] = done;
                    return true;
                }
                return false;
            }
        };
        RunResult r = ExperimentRunner.run(e, ExperimentRunner.Options.defaults(), m);
        assertEquals(1, r.results().getFailovers().size());
        FailoverTimeline f = r.results().getFailovers().get(0);
        assertTrue(requestedAt[0] > 0);
        assertEquals(requestedAt[0], f.getFailedAtNanos(), describe(f));
        assertTrue(f.getResumedAtNanos() > f.getFailedAtNanos(), describe(f));
        assertTrue(r.results().getIntegrity().isOk(), describe(f));
    }
}
