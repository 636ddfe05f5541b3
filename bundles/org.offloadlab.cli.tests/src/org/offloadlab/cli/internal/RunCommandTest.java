package org.offloadlab.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offloadlab.testing.ResultsContract;

/** {@code new} and {@code run} as a user types them: happy paths, bad input, exit codes. */
class RunCommandTest {

    @TempDir
    Path dir;

    private Path newExperiment(String template) {
        Path file = dir.resolve(template + ".offload");
        Cli.Result r = Cli.exec("new", "--template", template, file);
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        assertTrue(r.err().contains("wrote"), r.err());
        assertTrue(Files.isRegularFile(file));
        return file;
    }

    @Test
    void newThenRunFailoverWritesResults() throws IOException {
        Path file = newExperiment("failover");
        Path out = dir.resolve("out");
        Cli.Result r = Cli.exec("run", file, "--out", out);
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("integrity OK"), r.out());
        assertTrue(r.out().contains("failover nic0 crash at 200.000 ms, recovery hard-state"), r.out());
        for (String name : new String[]{"results.json", "metrics.csv", "series.csv", "connections.csv", "results.xmi",
                "report.html", "interactions.png", "interactions.svg", "memory.png", "connections.svg"}) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        assertTrue(Files.readString(out.resolve("results.json")).contains("\"version\": \"0.1.0.test\""));
    }

    @Test
    void sameSeedSameJsonApartFromRunInfo() {
        Path file = newExperiment("establishment");
        String a = Cli.exec("run", file, "--format", "json", "--seed", "5").out();
        String b = Cli.exec("run", file, "--format", "json", "--set", "seed=5").out();
        assertEquals(a.substring(0, a.indexOf("\"run_info\"")), b.substring(0, b.indexOf("\"run_info\"")));
        assertTrue(a.contains("\"seed\": 5,"), a);
    }

    @Test
    void failedIntegrityExitsOne() {
        Path file = newExperiment("failover");
        Cli.Result r = Cli.exec("run", file, "--set", "recovery=none", "--set", "duration=2s");
        assertEquals(ExitCode.CHECK_FAILED, r.exitCode(), r.err());
        assertTrue(r.out().contains("integrity FAILED"), r.out());
        assertTrue(r.err().contains("integrity check failed"), r.err());
    }

    @Test
    void badSettingsAreUsageErrors() {
        Path file = newExperiment("failover");
        Cli.Result r = Cli.exec("run", file, "--set", "warp=9");
        assertEquals(ExitCode.USAGE, r.exitCode());
        assertTrue(r.err().contains("unknown setting 'warp'"), r.err());
        r = Cli.exec("run", file, "--set", "notification=sometimes");
        assertEquals(ExitCode.USAGE, r.exitCode());
        assertTrue(r.err().contains("piecemeal"), r.err());
        assertEquals(ExitCode.USAGE, Cli.exec("run", file, "--format", "xml").exitCode());
        assertEquals(ExitCode.USAGE, Cli.exec("run", dir.resolve("missing.offload")).exitCode());
    }

    @Test
    void damagedExperimentIsNamedAndLeftAlone() throws IOException {
        Path file = dir.resolve("bad.offload");
        String content = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
        Files.writeString(file, content);
        Cli.Result r = Cli.exec("run", file);
        assertEquals(ExitCode.DAMAGED_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains(file.toString()), r.err());
        assertFalse(r.err().contains("root:"), r.err());
        assertTrue(r.logged().isEmpty(), "no stack trace for bad input");
        assertEquals(content, Files.readString(file));
    }

    @Test
    void aTraceExperimentWithoutItsCaptureIsAClearError() {
        Path file = newExperiment("replay"); // outside a product: the sample's path stays relative and is missing
        Cli.Result r = Cli.exec("run", file);
        assertEquals(ExitCode.DAMAGED_INPUT, r.exitCode());
        assertTrue(r.err().contains("capture 'samples/offloadlab-sample.pcap' not found"), r.err());
        assertTrue(r.logged().isEmpty(), "no stack trace for bad input");
    }

    @Test
    void aTraceExperimentFindsItsCaptureNextToIt() throws IOException {
        Path file = newExperiment("replay");
        Files.createDirectories(dir.resolve("samples"));
        Files.copy(org.offloadlab.testing.TestCaptures.capture("simple_http.pcap"),
                dir.resolve("samples/offloadlab-sample.pcap"));
        Path out = dir.resolve("out");
        Cli.Result r = Cli.exec("run", file, "--out", out);
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        String json = Files.readString(out.resolve("results.json"));
        assertTrue(json.contains("\"ok\": true"), json);
        assertTrue(json.contains("sha256:"), "the capture's checksum is the provenance");
        // a trace workload runs through replay's trace mode: its results are the same contract
        ResultsContract.check(json);
    }

    @Test
    void ctrlCKeepsWhatFinished() throws IOException {
        Path file = newExperiment("failover");
        Path out = dir.resolve("partial");
        // the user presses Ctrl-C as soon as the run has registered for it
        Interrupts immediately = cancel -> {
            cancel.run();
            return () -> {
            };
        };
        Cli.Result r = new Cli().interrupts(immediately).run("run", file, "--out", out);
        assertEquals(ExitCode.INTERRUPTED, r.exitCode(), r.err());
        assertTrue(Files.readString(out.resolve("results.json")).contains("\"cancelled\": true"));
    }

    @Test
    void newRefusesUnknownTemplatesAndExistingFiles() throws IOException {
        Cli.Result r = Cli.exec("new", "--template", "nope", dir.resolve("x.offload"));
        assertEquals(ExitCode.USAGE, r.exitCode());
        assertTrue(r.err().contains("failover, establishment, buffers, replay"), r.err());
        assertEquals(ExitCode.USAGE, Cli.exec("new", dir.resolve("y.offload")).exitCode());
        Path file = newExperiment("buffers");
        byte[] before = Files.readAllBytes(file);
        r = Cli.exec("new", "--template", "failover", file);
        assertEquals(ExitCode.USAGE, r.exitCode());
        assertTrue(r.err().contains("--force"), r.err());
        assertEquals(before.length, Files.readAllBytes(file).length);
        assertEquals(ExitCode.OK, Cli.exec("new", "--template", "failover", file, "--force").exitCode());
    }

    @Test
    void helpListsTheNewCommands() {
        Cli.Result r = Cli.exec("help");
        assertTrue(r.out().contains("run") && r.out().contains("new"), r.out());
        assertEquals(ExitCode.OK, Cli.exec("help", "run").exitCode());
    }

    @Test
    void sweepPrintsOneRowPerValueAndWritesRunDirectories() throws IOException {
        Path file = newExperiment("establishment");
        Path out = dir.resolve("sweep");
        Cli.Result r = Cli.exec("sweep", file, "--param", "notification=piecemeal,adaptive", "--jobs", "2", "--out",
                out);
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length, r.out());
        assertTrue(lines[1].startsWith("piecemeal,true,true,500,"), lines[1]);
        assertTrue(Files.isRegularFile(out.resolve("sweep.csv")));
        assertTrue(Files.isRegularFile(out.resolve("notification=adaptive").resolve("results.json")));
        assertEquals(ExitCode.USAGE, Cli.exec("sweep", file, "--param", "notification=piecemeal,never").exitCode());
        assertEquals(ExitCode.USAGE, Cli.exec("sweep", file, "--param", "notification").exitCode());
        assertEquals(ExitCode.USAGE, Cli.exec("sweep", file, "--param", "seed=1,2", "--jobs", "0").exitCode());
    }

    @Test
    void sweepOverTwoParamsWritesComparisonTableJsonAndCharts() throws IOException {
        Path file = newExperiment("establishment");
        Path out = dir.resolve("cross");
        Cli.Result r = Cli.exec("sweep", file, "--set", "connections=30", "--set", "duration=100ms", "--param",
                "notification=piecemeal,bulk", "--param", "seed=1,2", "--out", out);
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        assertEquals(5, r.out().split("\n").length, r.out());
        assertTrue(r.out().startsWith("notification,seed,integrity_ok,"), r.out());
        assertTrue(Files.readString(out.resolve("sweep.json")).contains("\"schema\": \"offloadlab-sweep/1\""));
        assertTrue(Files.size(out.resolve("sweep-interrupts.png")) > 1000);
        assertTrue(Files.isRegularFile(out.resolve("sweep-interrupts.svg")));
        assertTrue(Files.isRegularFile(out.resolve("notification=bulk,seed=2").resolve("results.json")));
        assertTrue(r.err().contains("runs on"), r.err());
    }

    @Test
    void badSweepParamsNameWhatIsWrong() throws IOException {
        Path file = newExperiment("establishment");
        Cli.Result r = Cli.exec("sweep", file, "--param", "seed=1,2", "--param", "speed=1");
        assertEquals(ExitCode.USAGE, r.exitCode());
        assertTrue(r.err().contains("unknown setting 'speed'"), r.err());
        r = Cli.exec("sweep", file, "--param", "seed=1,2", "--param", "connections=5,many");
        assertEquals(ExitCode.USAGE, r.exitCode());
        assertTrue(r.err().contains("connections") && r.err().contains("many"), r.err());
        r = Cli.exec("sweep", file, "--param", "seed=1", "--param", "seed=2");
        assertEquals(ExitCode.USAGE, r.exitCode());
        assertTrue(r.err().contains("given twice"), r.err());
        r = Cli.exec("sweep", file);
        assertEquals(ExitCode.USAGE, r.exitCode());
        assertTrue(r.err().contains("--param"), r.err());
    }
}
