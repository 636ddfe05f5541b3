package org.offloadlab.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offloadlab.cli.internal.Cli.Result;

/** The command line's contract with scripts: usage errors exit 2 with a message and the usage on stderr. */
class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void noArgumentsPrintsTheOverviewAndExits2() {
        Result r = Cli.exec();
        assertEquals(ExitCode.USAGE, r.exitCode());
        assertTrue(r.err().contains("usage: offloadlab <command>"), r.err());
        assertEquals("", r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "--help", "-h"})
    void helpListsVisibleCommandsOnStdout(String help) {
        Result r = Cli.exec(help);
        assertEquals(ExitCode.OK, r.exitCode());
        assertTrue(r.out().contains("analyze"), r.out());
        assertTrue(r.out().contains("version"), r.out());
        assertTrue(r.out().contains("Exit codes: 0 ok, 1 damaged input"), r.out());
        assertFalse(r.out().contains("bench-read"), "hidden commands stay hidden");
    }

    @Test
    void helpForOneCommandShowsItsOptions() {
        Result r = Cli.exec("help", "analyze");
        assertEquals(ExitCode.OK, r.exitCode());
        assertTrue(r.out().startsWith("usage: offloadlab analyze CAPTURE [--filter BPF] [--format table|csv|json]"),
                r.out());
        assertTrue(r.out().contains("--out DIR"));
        assertTrue(Cli.exec("help", "bench-read").out().contains("--pcap4j"), "hidden yet documented");
        assertEquals(ExitCode.USAGE, Cli.exec("help", "frobnicate").exitCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"version", "--version"})
    void versionNamesProductAndJava(String version) {
        Result r = Cli.exec(version);
        assertEquals(ExitCode.OK, r.exitCode());
        assertTrue(r.out().startsWith("offloadlab 0.1.0.test"), r.out());
        assertTrue(r.out().contains("Java " + System.getProperty("java.version")));
    }

    @Test
    void unknownCommandExits2() {
        Result r = Cli.exec("frobnicate");
        assertEquals(ExitCode.USAGE, r.exitCode());
        assertTrue(r.err().contains("unknown command 'frobnicate'"), r.err());
        assertTrue(r.err().contains("usage:"));
    }

    @Test
    void missingCaptureArgumentExits2WithTheUsageLine() {
        Result r = Cli.exec("analyze");
        assertEquals(ExitCode.USAGE, r.exitCode());
        assertTrue(r.err().contains("offloadlab analyze: missing CAPTURE"), r.err());
        assertTrue(r.err().contains("usage: offloadlab analyze CAPTURE [--filter BPF]"), r.err());
    }

    @Test
    void missingFileExits2() {
        Result r = Cli.exec("analyze", dir.resolve("nope.pcap"));
        assertEquals(ExitCode.USAGE, r.exitCode());
        assertTrue(r.err().contains("no such file: " + dir.resolve("nope.pcap")), r.err());
        assertEquals(ExitCode.USAGE, Cli.exec("analyze", dir).exitCode(), "a directory is no capture");
    }

    @Test
    void unknownOptionExits2() {
        Result r = Cli.exec("analyze", "x.pcap", "--bogus");
        assertEquals(ExitCode.USAGE, r.exitCode());
        assertTrue(r.err().contains("unknown option --bogus"), r.err());
    }

    @Test
    void badFormatExits2() {
        Path file = Cli.capture("simple_http.pcap");
        Result r = Cli.exec("analyze", file, "--format", "xml");
        assertEquals(ExitCode.USAGE, r.exitCode());
        assertTrue(r.err().contains("bad --format 'xml': use table, csv or json"), r.err());
        assertEquals(ExitCode.USAGE, Cli.exec("analyze", file, "--format").exitCode(), "missing value");
    }

    @Test
    void internalErrorsAreOneLineAndLogged() {
        CommandRegistry registry = new CommandRegistry().register(new Command() {
            @Override
            public String name() {
                return "boom";
            }

            @Override
            public String synopsis() {
                return "";
            }

            @Override
            public String summary() {
                return "fails";
            }

            @Override
            public String help() {
                return "fails";
            }

            @Override
            public int run(List<String> args, CommandContext context) {
                throw new IllegalStateException("wrapped", new NullPointerException("the real cause"));
            }
        });
        Result r = new Cli().registry(registry).run("boom");
        assertEquals(ExitCode.INTERNAL, r.exitCode());
        assertEquals("offloadlab boom: internal error: IllegalStateException: wrapped, caused by NullPointerException: "
                + "the real cause (details in /tmp/test.log)\n", r.err().replace("\r\n", "\n"));
        assertEquals(1, r.logged().size());
    }

    @Test
    void argumentsAcceptEqualsFormAndDoubleDash() throws UsageException {
        Arguments.Spec spec = new Arguments.Spec().value("--format").flag("--quiet");
        Arguments a = spec.parse(List.of("--format=json", "--quiet", "file", "--", "--odd-name"));
        assertEquals("json", a.value("--format", "table"));
        assertTrue(a.flag("--quiet"));
        assertEquals(List.of("file", "--odd-name"), a.positional());
        assertEquals("table", spec.parse(List.of()).value("--format", "table"));
        assertEquals(List.of("-"), spec.parse(List.of("-")).positional(), "'-' is a positional argument");

        assertEquals("option --format given twice",
                assertThrows(UsageException.class, () -> spec.parse(List.of("--format", "a", "--format", "b")))
                        .getMessage());
        assertEquals("option --quiet takes no value",
                assertThrows(UsageException.class, () -> spec.parse(List.of("--quiet=yes"))).getMessage());
        assertEquals("unexpected argument 'two'",
                assertThrows(UsageException.class, () -> spec.parse(List.of("one", "two")).expectPositional("FILE"))
                        .getMessage());
    }
}
