package org.offloadlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.offloadlab.model.ConnectionRecord;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.FailoverTimeline;
import org.offloadlab.model.Results;
import org.offloadlab.model.Series;

/** Live snapshots for the workbench, and the series and connection records they leave in the results. */
class RunObserverTest {

    private static RunResult run(Experiment e, RunObserver observer) throws ExperimentException {
        return ExperimentRunner.run(e, ExperimentRunner.Options.defaults(), ProgressMonitor.NONE, observer);
    }

    private static String hash(RunResult r) throws IOException, NoSuchAlgorithmException {
        StringWriter w = new StringWriter();
        ResultsWriter.writeJson(r, w);
        String s = w.toString();
        String deterministic = s.substring(0, s.indexOf("  \"run_info\""));
        return HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(deterministic.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void snapshotsAdvanceInVirtualTimeAndEndDone() throws Exception {
        List<RunSnapshot> seen = new ArrayList<>();
        RunObserver observer = new RunObserver() {
            @Override
            public void slice(RunSnapshot s) {
                seen.add(s);
            }

            @Override
            public int maxConnectionRows() {
                return 2;
            }
        };
        RunResult r = run(Templates.create("failover"), observer);
        assertTrue(seen.size() > 10 && seen.size() <= 1001, "snapshots: " + seen.size());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).nowNanos() >= seen.get(i - 1).nowNanos());
            assertFalse(seen.get(i - 1).done());
            assertTrue(seen.get(i).connections().size() <= 2);
        }
        RunSnapshot last = seen.get(seen.size() - 1);
        assertTrue(last.done());
        assertEquals(3, last.metrics().get("connections_established"));
        RunSnapshot.SeriesData commands = last.series("commands");
        assertNotNull(commands);
        assertEquals(commands.timesNanos().length(), commands.values().length());
        assertEquals(r.results().getSeries().get(0).getTimesNanos(), commands.timesNanos(), "the last is complete");
        // a snapshot every `stride` slices (a 30 s experiment has 3000 slices of 10 ms: at most 1000 snapshots)
        int stride = seen.get(0).series("commands").timesNanos().length();
        for (int i = 0; i < seen.size() - 1; i++) {
            assertEquals((i + 1) * stride, seen.get(i).series("commands").timesNanos().length(), "snapshot " + i);
        }
        // an earlier snapshot is not changed by later slices
        RunSnapshot early = seen.get(3);
        assertEquals(4 * stride, early.series("commands").timesNanos().length());
        // the failover shows up in the snapshots once injected (at 200 ms), as a detached copy
        RunSnapshot after = seen.stream().filter(s -> s.nowNanos() > 300_000_000L).findFirst().orElseThrow();
        FailoverTimeline f = after.failovers().get(0);
        assertEquals(200_000_000L, f.getFailedAtNanos());
        assertEquals("nic1", f.getSubstitute());
        assertTrue(f.eContainer() == null && f != r.results().getFailovers().get(0));
        // connection rows: after the failover the substitute holds them
        RunSnapshot.ConnectionRow row = after.connections().get(0);
        assertEquals(5001, row.localPort());
        assertTrue(List.of("nic1", "").contains(row.adapter() == null ? "" : row.adapter()), row.toString());
    }

    @Test
    void observingDoesNotChangeTheResults() throws Exception {
        Experiment e = Templates.create("failover");
        String plain = hash(run(e, RunObserver.NONE));
        LatestSnapshot latest = new LatestSnapshot(10);
        String observed = hash(run(EcoreUtil.copy(e), latest));
        assertEquals(plain, observed, "series and connection records included");
        assertTrue(latest.latest().done());
    }

    @Test
    void resultsCarrySeriesAndConnectionRecords() throws Exception {
        RunResult r = run(Templates.create("failover"), RunObserver.NONE);
        Results res = r.results();
        List<String> names = res.getSeries().stream().map(Series::getName).toList();
        // the last two from DmaPolicies
        assertEquals(List.of("commands", "completions", "doorbells", "interrupts", "dma_transactions",
                "host_memory_bytes", "connections_open", "dma_bytes_held", "dma_bytes_in_use"), names);
        Series memory = res.getSeries().get(5);
        assertEquals("memory", memory.getKind());
        double peak = 0;
        for (int i = 0; i < memory.getValues().length(); i++) {
            peak = Math.max(peak, memory.getValues().get(i));
        }
        assertTrue(peak > 0);
        // the rates integrate back to the totals: commands per second × slice lengths = commands
        Series commands = res.getSeries().get(0);
        double sum = 0;
        long prev = 0;
        for (int i = 0; i < commands.getTimesNanos().length(); i++) {
            long t = commands.getTimesNanos().get(i);
            sum += commands.getValues().get(i) * (t - prev) / 1e9;
            prev = t;
        }
        double total = res.getMetrics().stream().filter(m -> m.getName().equals("commands")).findFirst()
                .orElseThrow().getValue();
        assertEquals(total, sum, total * 1e-9);

        assertEquals(3, res.getConnections().size());
        ConnectionRecord c = res.getConnections().get(0);
        assertEquals(5001, c.getLocalPort());
        assertTrue(c.getMss() > 0 && c.getBytesIn() > 0, c.toString());
        assertTrue(c.getStates().length() >= 2, "at least ESTABLISHED and a closing state: " + c.getStates());
        assertEquals(c.getStates().length(), c.getStateTimesNanos().length());
        assertEquals(0, res.getConnectionsNotRecorded());
    }

    @Test
    void recordConnectionsBoundsTheRecords() throws Exception {
        Experiment e = Templates.create("failover");
        e.setRecordConnections(1);
        e.setRecordStateHistory(false);
        Results res = run(e, RunObserver.NONE).results();
        assertEquals(1, res.getConnections().size());
        assertEquals(2, res.getConnectionsNotRecorded());
        assertEquals(null, res.getConnections().get(0).getStates());
        e.setRecordConnections(0);
        assertEquals(0, run(e, RunObserver.NONE).results().getConnections().size());
    }

    @Test
    void jsonCarriesTheFailoverContractInSeconds() throws Exception {
        StringWriter w = new StringWriter();
        ResultsWriter.writeJson(run(Templates.create("failover"), RunObserver.NONE), w);
        String json = w.toString();
        for (String key : List.of("\"failed_at\": 0.2,", "\"detected_at\": 0.203", "\"hard_state_recovered_at\": ",
                "\"resumed_at\": ", "\"soft_state_converged_at\": ", "\"blackout_p50\": ", "\"blackout_p99\": ",
                "\"blackout_max\": ", "\"bytes_retransmitted\": ", "\"series\": [", "\"times_ns\": [",
                "\"connections\": [", "\"tcp_state\": ", "\"states\": [", "\"buffer_groups\": [")) {
            assertTrue(json.contains(key), key + " in " + json);
        }
        assertEquals("0.000000001", ResultsWriter.seconds(1));
        assertEquals("null", ResultsWriter.seconds(-1));
        assertEquals("12", ResultsWriter.seconds(12_000_000_000L));
    }
}
