package org.offloadlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.FailoverTimeline;
import org.offloadlab.model.IntegrityVerdict;
import org.offloadlab.model.Metric;
import org.offloadlab.model.NotificationKind;
import org.offloadlab.model.RecoveryStrategy;
import org.offloadlab.model.io.OffloadFiles;
import org.offloadlab.testing.MiniJson;
import org.offloadlab.testing.ResultsContract;

/** Runs the shipped templates end to end: determinism, recovery, integrity, overrides, cancellation. */
class ExperimentRunnerTest {

    @TempDir
    Path dir;

    private static RunResult run(Experiment e) throws ExperimentException {
        return ExperimentRunner.run(e, ExperimentRunner.Options.defaults(), ProgressMonitor.NONE);
    }

    private static String json(RunResult r) throws IOException {
        StringWriter w = new StringWriter();
        ResultsWriter.writeJson(r, w);
        return w.toString();
    }

    /** results.json without the run_info line, the only wall-clock part. */
    private static String deterministicPart(RunResult r) throws IOException {
        String s = json(r);
        int i = s.indexOf("  \"run_info\"");
        assertTrue(i > 0, s);
        return s.substring(0, i);
    }

    private static double metric(RunResult r, String name) {
        for (Metric m : r.results().getMetrics()) {
            if (m.getName().equals(name)) {
                return m.getValue();
            }
        }
        throw new AssertionError("no metric " + name);
    }

    @Test
    void sameSeedGivesByteIdenticalResultsOtherSeedDiffers() throws Exception {
        Experiment e = Templates.create("failover");
        String first = deterministicPart(run(e));
        String second = deterministicPart(run(EcoreUtil.copy(e)));
        assertEquals(first, second);
        String other = deterministicPart(run(Settings.apply(e, List.of("seed=2"))));
        assertNotEquals(first, other);
        assertTrue(first.contains("\"seed\": 1,"), first);
    }

    @Test
    void hardStateRecoveryAfterCrashKeepsEveryByte() throws Exception {
        RunResult r = run(Templates.create("failover"));
        assertTrue(r.finished(), r::toString);
        FailoverTimeline f = r.results().getFailovers().get(0);
        assertEquals(200_000_000L, f.getFailedAtNanos());
        // the failover controller's heartbeat monitor: 3 missed 1 ms heartbeats (docs/FAILOVER.md)
        assertTrue(f.getDetectedAtNanos() >= 200_000_000L + 3_000_000L
                && f.getDetectedAtNanos() <= 200_000_000L + 4_000_000L, () -> "detected at " + f.getDetectedAtNanos());
        assertEquals(f.getHardStateRecoveredAtNanos(), f.getRecoveredAtNanos());
        // connections still open at the crash (one may already have finished) were all carried over
        assertTrue(f.getConnectionsRestored() >= 1, f.getOutcome());
        IntegrityVerdict v = r.results().getIntegrity();
        assertTrue(v.isOk(), () -> EcoreUtil.getURI(v) + " " + v);
        assertEquals(0, v.getBytesLost());
        assertEquals(3 * 4_000_000, (long) metric(r, "bytes_delivered"));
        assertEquals(3, (long) metric(r, "connections_established"));
        assertTrue(metric(r, "host_adapter_interactions") > metric(r, "interrupts"));
    }

    @Test
    void noRecoveryLosesDataAndSaysSo() throws Exception {
        // the reset connections end, so the workload may count as finished: the verdict is what tells
        RunResult r = run(Settings.apply(Templates.create("failover"), List.of("recovery=none", "duration=3s")));
        assertFalse(r.results().getIntegrity().isOk());
        assertTrue(r.results().getIntegrity().getBytesLost() > 0);
        FailoverTimeline f = r.results().getFailovers().get(0);
        assertTrue(f.getOutcome().contains("none"), f.getOutcome());
        assertEquals(-1, f.getRecoveredAtNanos());
        assertTrue(f.getConnectionsLost() > 0, f.getOutcome());
        assertTrue(r.results().getIntegrity().getConnectionsReset() > 0);
    }

    @Test
    void fullCheckpointRecoversWithTheSoftStateCheckpoint() throws Exception {
        RunResult r = run(Settings.apply(Templates.create("failover"), List.of("recovery=full-checkpoint")));
        FailoverTimeline f = r.results().getFailovers().get(0);
        assertTrue(f.getOutcome().contains("soft-state checkpoint"), f.getOutcome());
        assertTrue(f.getResumedAtNanos() > f.getFailedAtNanos(), f.getOutcome());
        assertTrue(r.results().getIntegrity().isOk(), f.getOutcome());
    }

    @ParameterizedTest
    @ValueSource(strings = {"#2000", "random"})
    void packetAndRandomTriggersFail(String when) throws Exception {
        RunResult r = run(Settings.apply(Templates.create("failover"), List.of("fail_at=" + when)));
        FailoverTimeline f = r.results().getFailovers().get(0);
        assertTrue(f.getFailedAtNanos() >= 0, f.getOutcome());
    }

    @Test
    void bulkNotificationNeedsFewerInteractionsThanPiecemeal() throws Exception {
        Experiment e = Templates.create("establishment");
        RunResult bulk = run(e);
        RunResult piecemeal = run(Settings.apply(e, List.of("notification=piecemeal")));
        assertTrue(bulk.results().getIntegrity().isOk());
        assertEquals(500, (long) metric(bulk, "connections_established"));
        assertTrue(metric(bulk, "host_adapter_interactions_per_connection") < metric(piecemeal,
                "host_adapter_interactions_per_connection"));
        assertEquals(NotificationKind.BULK_COUNT_OR_TIME, e.getPolicies().getNotification(), "the copy changed");
    }

    @Test
    void buffersTemplateRunsWithItsDmaPoliciesApplied() throws Exception {
        RunResult r = run(Templates.create("buffers"));
        assertTrue(r.results().getIntegrity().isOk());
        assertEquals(0, r.notes().size(), r.notes()::toString); // DmaPoliciesTest checks what is applied
        assertTrue(json(r).contains("\"dma_bytes_held_peak\""));
    }

    private static Experiment traceOf(String capture) throws ExperimentException {
        Experiment e = Templates.create("replay");
        ((org.offloadlab.model.TraceWorkload) e.getWorkload())
                .setCapturePath(org.offloadlab.testing.TestCaptures.capture(capture).toString());
        return e;
    }

    /** A trace workload runs through the replay source's trace mode: the capture's bytes, re-simulated, intact. */
    @Test
    void traceWorkloadReplaysTheCapturesApplicationBehaviour() throws Exception {
        RunResult r = run(traceOf("bulk_1mb.pcap"));
        assertTrue(r.finished());
        assertEquals("replay", r.results().getExperiment());
        assertTrue(r.results().getProvenance().getCaptureChecksum().startsWith("sha256:"));
        assertTrue(metric(r, "client_to_server_bytes") + metric(r, "server_to_client_bytes") > 1_000_000);
        assertEquals(metric(r, "client_to_server_bytes") + metric(r, "server_to_client_bytes"),
                metric(r, "bytes_delivered"));
        assertTrue(r.results().getIntegrity().isOk());
        assertTrue(r.results().getFailovers().isEmpty());
    }

    @Test
    void traceWorkloadWithAFailurePlanFailsOverAndKeepsEveryByte() throws Exception {
        Experiment e = traceOf("bulk_1mb.pcap");
        org.offloadlab.model.FailurePlan plan = Templates.create("failover").getFailurePlan();
        plan.setTrigger(org.offloadlab.model.FailureTrigger.RANDOM);
        e.setFailurePlan(plan);
        plan.setAdapter(e.getTopology().getAdapters().get(0));
        RunResult r = run(e);
        assertEquals(1, r.results().getFailovers().size());
        FailoverTimeline f = r.results().getFailovers().get(0);
        assertTrue(f.getFailedAtNanos() > 0 && f.getResumedAtNanos() > f.getFailedAtNanos(), f.getOutcome());
        assertTrue(r.results().getIntegrity().isOk(), f.getOutcome());
        // the same seed draws the same failure point
        assertEquals(f.getFailedAtNanos(), run(e).results().getFailovers().get(0).getFailedAtNanos());
    }

    @Test
    void traceWorkloadErrorsSayWhat() throws Exception {
        Experiment missing = Templates.create("replay");
        ((org.offloadlab.model.TraceWorkload) missing.getWorkload()).setCapturePath("no/such/capture.pcap");
        ExperimentException e = assertThrows(ExperimentException.class, () -> run(missing));
        assertTrue(e.getMessage().contains("'no/such/capture.pcap' not found"), e.getMessage());

        Experiment byPacket = traceOf("bulk_1mb.pcap");
        org.offloadlab.model.FailurePlan plan = Templates.create("failover").getFailurePlan();
        plan.setTrigger(org.offloadlab.model.FailureTrigger.PACKET);
        byPacket.setFailurePlan(plan);
        e = assertThrows(ExperimentException.class, () -> run(byPacket));
        assertTrue(e.getMessage().contains("not available for a trace workload"), e.getMessage());
    }

    @Test
    void cancellationKeepsWhatFinished() throws Exception {
        int[] slices = {0};
        ProgressMonitor cancelAfterThree = new ProgressMonitor() {
            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long done) {
                slices[0]++;
            }

            @Override
            public boolean isCancelled() {
                return slices[0] >= 3;
            }
        };
        RunResult r = ExperimentRunner.run(Templates.create("failover"), ExperimentRunner.Options.defaults(),
                cancelAfterThree);
        assertTrue(r.cancelled());
        assertFalse(r.finished());
        assertTrue(json(r).contains("\"cancelled\": true"));
    }

    @Test
    void settingsRejectUnknownNamesAndBadValues() throws Exception {
        Experiment e = Templates.create("failover");
        String[][] cases = {{"warp=9", "unknown setting 'warp'"}, {"seed=-1", "bad value '-1' for seed"},
                {"seed=abc", "not a whole number"}, {"notification=sometimes", "use one of"},
                {"connections=0", "bad value '0' for connections"}, {"fail_at=soon", "#PACKET or random"},
                {"recovery=pray", "hard-state"}, {"buffer_groups=x", "per-connection"}, {"novalue", "NAME=VALUE"}};
        for (String[] c : cases) {
            ExperimentException ex = assertThrows(ExperimentException.class, () -> Settings.apply(e, List.of(c[0])));
            assertTrue(ex.getMessage().contains(c[1]), c[0] + " → " + ex.getMessage());
        }
        Experiment changed = Settings.apply(e, List.of("seed=9", "recovery=none", "fail_at=1.5s",
                "buffer_groups=by-attribute", "connections=4"));
        assertEquals(9, changed.getSeed());
        assertEquals(RecoveryStrategy.NONE, changed.getRecovery());
        assertEquals(1500, changed.getFailurePlan().getAtMillis());
        assertEquals(4, changed.getWorkload().getConnections());
        assertEquals(1, e.getSeed(), "the original is untouched");
    }

    @Test
    void writesJsonCsvAndXmiThatLoadsBack() throws Exception {
        Clock fixed = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        RunResult r = ExperimentRunner.run(Templates.create("buffers"), new ExperimentRunner.Options("9.9", fixed,
                null), ProgressMonitor.NONE);
        ResultsWriter.writeAll(r, dir);
        String json = Files.readString(dir.resolve("results.json"));
        Map<String, Object> doc = ResultsContract.check(json);
        // a run measures every metric of the contract: none may be null
        Map<String, Object> metrics = MiniJson.object(doc.get("metrics"));
        for (String key : ResultsContract.METRICS) {
            assertNotNull(metrics.get(key), key);
        }
        assertNotNull(MiniJson.object(doc.get("integrity")).get("ok"));
        for (String key : List.of("\"experiment\": \"buffers\"", "\"version\": \"9.9\"", "\"failovers\": []",
                "\"started\": \"2026-01-01T00:00:00Z\"")) {
            assertTrue(json.contains(key), key + " in " + json);
        }
        List<String> csv = Files.readAllLines(dir.resolve("metrics.csv"));
        assertEquals("metric,value", csv.get(0));
        assertEquals(r.results().getMetrics().size() + 1, csv.size());
        assertTrue(EcoreUtil.equals(r.results(), OffloadFiles.loadResults(dir.resolve("results.xmi"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"failover", "establishment", "buffers", "replay"})
    void templatesRoundTripThroughXmi(String name) throws Exception {
        Experiment e = Templates.create(name);
        Path file = dir.resolve(name + ".offload");
        OffloadFiles.save(e, file);
        assertTrue(EcoreUtil.equals(e, OffloadFiles.loadExperiment(file)));
    }
}
