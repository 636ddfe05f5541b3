package org.offloadlab.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.offloadlab.cli.internal.Cli.Result;
import org.offloadlab.model.Metric;
import org.offloadlab.model.Results;
import org.offloadlab.model.io.OffloadFiles;
import org.offloadlab.testing.MiniJson;
import org.offloadlab.testing.ResultsContract;
import org.offloadlab.testing.TestCaptures;

class ReplayCommandTest {

    @Test
    void monitorWritesResultsAndAFailoverSnapshot(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Result r = Cli.exec("replay", TestCaptures.capture("bulk_1mb.pcap"), "--mode", "monitor", "--fail-at", "50%",
                "--out", out);
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("failover at 50.0%"), r.out());
        Map<String, Object> json = MiniJson.object(MiniJson.parse(Files.readString(out.resolve("replay.json"))));
        assertEquals("monitor", json.get("mode"));
        Map<String, Object> metrics = MiniJson.object(json.get("metrics"));
        assertEquals(1.0, ((Number) metrics.get("connections")).doubleValue());
        Map<String, Object> snapshot = MiniJson.object(json.get("failover_snapshot"));
        assertEquals(1.0, ((Number) snapshot.get("connections")).doubleValue());
        assertTrue(Files.readString(out.resolve("connections.csv")).lines().count() == 2);
        assertTrue(Files.readString(out.resolve("held-state.csv")).lines().count() > 2);
        Results model = OffloadFiles.loadResults(out.resolve(ReplayCommand.RESULTS_MODEL));
        assertEquals(((Number) metrics.get("peak_hard_state_bytes")).doubleValue(),
                metric(model, "peak_hard_state_bytes"));
        assertEquals(((Number) snapshot.get("hard_state_bytes")).doubleValue(),
                metric(model, "failover_snapshot_hard_state_bytes"));
        assertEquals(1, model.getConnections().size());
        assertTrue(model.getProvenance().getCaptureChecksum().startsWith("sha256:"));
    }

    @Test
    void conformanceComparesTheEngineWithTheRealServer(@TempDir Path dir) throws IOException {
        Result r = Cli.exec("replay", TestCaptures.capture("many_short_200.pcap"), "--mode", "conformance", "--out",
                dir);
        assertEquals(ExitCode.OK, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("200 connection(s), 200 replayed by the engine (servers)"), r.out());
        assertTrue(r.out().contains("0 non-conformance(s)"), r.out());
        Map<String, Object> metrics = MiniJson
                .object(MiniJson.object(MiniJson.parse(Files.readString(dir.resolve("replay.json")))).get("metrics"));
        assertEquals(0.0, ((Number) metrics.get("nonconformances")).doubleValue());
        assertTrue(Files.readString(dir.resolve("differences.csv")).startsWith("connection,local,remote,t_s,kind"));
        Results model = OffloadFiles.loadResults(dir.resolve(ReplayCommand.RESULTS_MODEL));
        assertEquals(((Number) metrics.get("policy_differences")).doubleValue(), metric(model, "policy_differences"));
        assertEquals(((Number) metrics.get("nonconformances")).doubleValue(), metric(model, "nonconformances"));
    }

    @Test
    void traceWithAFailureFailsOverAndKeepsEveryByte(@TempDir Path dir) throws IOException {
        Result r = Cli.exec("replay", TestCaptures.capture("bulk_1mb.pcap"), "--mode", "trace", "--fail-at", "50%",
                "--out", dir);
        assertEquals(ExitCode.OK, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("failover of adapter onto standby"), r.out());
        assertTrue(r.out().contains("every octet delivered intact"), r.out());
        Map<String, Object> json = ResultsContract.check(Files.readString(dir.resolve("results.json")));
        Map<String, Object> f = MiniJson.object(MiniJson.array(json.get("failovers")).get(0));
        assertTrue(((Number) f.get("detected_at")).doubleValue() > ((Number) f.get("failed_at")).doubleValue());
        assertTrue(((Number) f.get("resumed_at")).doubleValue() >= ((Number) f.get("detected_at")).doubleValue());
        assertEquals(Boolean.TRUE, MiniJson.object(json.get("integrity")).get("ok"));
        Results model = OffloadFiles.loadResults(dir.resolve(ReplayCommand.RESULTS_MODEL));
        assertEquals(1, model.getFailovers().size());
        assertEquals(((Number) f.get("resumed_at")).doubleValue(),
                model.getFailovers().get(0).getResumedAtNanos() / 1e9, 1e-9);
        assertTrue(model.getIntegrity().isOk());
        assertEquals(1, model.getProvenance().getSeed());
    }

    @Test
    void traceReSimulatesTheCaptureAndChecksIntegrity(@TempDir Path dir) throws IOException {
        Result r = Cli.exec("replay", TestCaptures.capture("many_short_200.pcap"), "--mode", "trace", "--loss", "0.01",
                "--out", dir);
        assertEquals(ExitCode.OK, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("re-simulated 200 connection(s)"), r.out());
        assertTrue(r.out().contains("every octet delivered intact"), r.out());
        Map<String, Object> json = ResultsContract.check(Files.readString(dir.resolve("results.json")));
        assertEquals(Boolean.TRUE, MiniJson.object(json.get("integrity")).get("ok"));
        assertEquals(240600.0, ((Number) MiniJson.object(json.get("metrics")).get("bytes_delivered")).doubleValue());
    }

    @Test
    void twoRunsWriteIdenticalResults(@TempDir Path dir) throws IOException {
        Cli.exec("replay", TestCaptures.capture("many_short_200.pcap"), "--out", dir.resolve("a"));
        Cli.exec("replay", TestCaptures.capture("many_short_200.pcap"), "--out", dir.resolve("b"));
        assertEquals(Files.readString(dir.resolve("a/replay.json")), Files.readString(dir.resolve("b/replay.json")));
        assertEquals(Files.readString(dir.resolve("a/results.xmi")), Files.readString(dir.resolve("b/results.xmi")));
        assertEquals(ResultsContract.withoutRunInfo(Files.readString(dir.resolve("a/results.json"))),
                ResultsContract.withoutRunInfo(Files.readString(dir.resolve("b/results.json"))));
    }

    /**
     * Every mode's results.json is the results contract {@code run} writes: every mandatory key with its type, a metric
     * the mode does not measure as null (never a made-up number), the values of the results.xmi beside it, and two
     * replays of the same capture byte for byte the same apart from run_info.
     */
    @ParameterizedTest
    @ValueSource(strings = {"monitor", "conformance", "trace"})
    void everyModeWritesTheResultsContract(String mode, @TempDir Path dir) throws IOException {
        String capture = mode.equals("conformance") ? "many_short_200.pcap" : "bulk_1mb.pcap";
        for (String run : List.of("a", "b")) {
            List<Object> args = new ArrayList<>(List.of("replay", TestCaptures.capture(capture), "--mode", mode,
                    "--out", dir.resolve(run)));
            if (!mode.equals("conformance")) {
                args.addAll(List.of("--fail-at", "50%"));
            }
            Result r = Cli.exec(args.toArray());
            assertEquals(ExitCode.OK, r.exitCode(), r.err());
        }
        String text = Files.readString(dir.resolve("a/results.json"));
        Map<String, Object> json = ResultsContract.check(text);
        assertEquals("replay-" + mode + ":" + capture, json.get("experiment"));
        assertEquals("0.1.0.test", json.get("version"));
        assertEquals(mode.equals("trace") ? 1 : 0, ((Number) json.get("seed")).intValue());
        Map<String, Object> metrics = MiniJson.object(json.get("metrics"));
        List<String> measured = switch (mode) {
            case "monitor" -> List.of("connections_established", "bytes_delivered");
            case "conformance" -> List.of();
            default -> List.of("connections_established", "host_adapter_interactions",
                    "host_adapter_interactions_per_connection", "interrupts", "dma_transactions", "bytes_delivered");
        };
        for (String key : ResultsContract.METRICS) {
            assertEquals(measured.contains(key), metrics.get(key) != null,
                    mode + ": " + key + " = " + metrics.get(key));
        }
        assertEquals(mode.equals("trace") ? Boolean.TRUE : null, MiniJson.object(json.get("integrity")).get("ok"));
        // monitor's --fail-at is a snapshot of what a failover would recover (in replay.json), not a failover
        assertEquals(mode.equals("trace") ? 1 : 0, MiniJson.array(json.get("failovers")).size());
        assertEquals(Boolean.TRUE, json.get("completed"));
        assertEquals(List.of(), json.get("notes"));

        Results model = OffloadFiles.loadResults(dir.resolve("a").resolve(ReplayCommand.RESULTS_MODEL));
        for (Metric m : model.getMetrics()) {
            assertEquals(m.getValue(), ((Number) metrics.get(m.getName())).doubleValue(),
                    1e-6 * Math.max(1, Math.abs(m.getValue())), m.getName());
        }
        assertTrue(Files.isRegularFile(dir.resolve("a").resolve(ReplayCommand.REPLAY_JSON)));
        assertEquals(ResultsContract.withoutRunInfo(text),
                ResultsContract.withoutRunInfo(Files.readString(dir.resolve("b/results.json"))));
    }

    @Test
    void aDamagedCaptureIsANoteAndNotCompleted(@TempDir Path dir) throws IOException {
        Result r = Cli.exec("replay", TestCaptures.malformed("truncated_mid_record.pcap"), "--out", dir);
        assertEquals(ExitCode.DAMAGED_INPUT, r.exitCode(), r.err());
        Map<String, Object> json = ResultsContract.check(Files.readString(dir.resolve("results.json")));
        assertEquals(Boolean.FALSE, json.get("completed"));
        List<Object> notes = MiniJson.array(json.get("notes"));
        assertEquals(1, notes.size(), notes::toString);
        assertTrue(notes.get(0).toString().startsWith("damaged capture at byte offset"), notes::toString);
    }

    /** A write failure names the file it could not write: not "cannot read CAPTURE", no stack trace, exit code 2. */
    @ParameterizedTest
    @CsvSource({"monitor, results.xmi", "conformance, differences.csv", "trace, replay.json"})
    void aFileThatCannotBeWrittenIsNamed(String mode, String blocked, @TempDir Path dir) throws IOException {
        // a non-empty directory where the file goes: renaming the finished file over it fails, even for root
        Files.createDirectories(dir.resolve(blocked).resolve("x"));
        Result r = Cli.exec("replay", TestCaptures.capture("simple_http.pcap"), "--mode", mode, "--out", dir);
        assertEquals(ExitCode.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().contains("replay: cannot write " + dir.resolve(blocked) + ": "), r.err());
        assertFalse(r.err().contains("cannot read"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(List.of(), r.logged(), "not an internal error");
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "temporary file left");
        }
    }

    @Test
    void outOnARegularFileSaysSo(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        for (String mode : List.of("monitor", "conformance", "trace")) {
            assertUsage(Cli.exec("replay", TestCaptures.capture("simple_http.pcap"), "--mode", mode, "--out", file),
                    "cannot write to --out " + file + ": it is a file, not a directory");
        }
        assertEquals("x", Files.readString(file));
    }

    @Test
    void badArgumentsSayWhatIsWrong() {
        Path capture = TestCaptures.capture("simple_http.pcap");
        assertUsage(Cli.exec("replay", capture, "--mode", "mirror"), "unknown replay mode 'mirror'");
        assertUsage(Cli.exec("replay", capture, "--fail-at", "soon"), "failure point 'soon'");
        assertUsage(Cli.exec("replay", capture, "--fail-at", "150%"), "failure point '150%'");
        assertUsage(Cli.exec("replay", capture, "--endpoint", "10.0.0.1:99999"), "port '99999'");
        assertUsage(Cli.exec("replay", capture, "--endpoint", "server.local"), "not an IP address");
        assertUsage(Cli.exec("replay", capture, "--speed", "-2"), "bad --speed '-2'");
        assertUsage(Cli.exec("replay", capture, "--mode", "trace", "--fail-at", "#10"),
                "frame number has no counterpart");
        assertUsage(Cli.exec("replay", capture, "--mode", "trace", "--loss", "1.5"), "bad --delay/--loss");
        assertUsage(Cli.exec("replay", capture, "--mode", "trace", "--seed", "x"), "bad --seed 'x'");
        assertUsage(Cli.exec("replay", capture, "--mode", "conformance", "--fail-at", "1"), "monitor mode only");
        assertUsage(Cli.exec("replay", "/no/such.pcap"), "no such file");
    }

    @Test
    void damagedCaptureKeepsWhatCameBeforeAndExitsOne() {
        Result r = Cli.exec("replay", TestCaptures.malformed("truncated_mid_record.pcap"), "--format", "json");
        assertEquals(ExitCode.DAMAGED_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("damaged capture"), r.err());
        assertTrue(r.out().startsWith("{"), r.out());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    private static void assertUsage(Result r, String message) {
        assertEquals(ExitCode.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    private static double metric(Results r, String name) {
        for (Metric m : r.getMetrics()) {
            if (m.getName().equals(name)) {
                return m.getValue();
            }
        }
        throw new AssertionError("no metric " + name);
    }
}
