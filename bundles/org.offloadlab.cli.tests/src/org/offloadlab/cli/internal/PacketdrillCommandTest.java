package org.offloadlab.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offloadlab.cli.internal.Cli.Result;
import org.offloadlab.testing.TestCaptures;

class PacketdrillCommandTest {

    private static final Path SCRIPTS = TestCaptures.root().resolve("bundles/org.offloadlab.tcp.tests/packetdrill");

    @Test
    void theCommittedSuitePassesWithOneLinePerScriptAndTotals() throws IOException {
        long count;
        try (var files = Files.list(SCRIPTS)) {
            count = files.filter(p -> p.toString().endsWith(".pkt")).count();
        }
        Result r = Cli.exec("packetdrill", SCRIPTS.toString());
        assertEquals(ExitCode.OK, r.exitCode(), r.out() + r.err());
        assertEquals(count + 1, r.out().lines().count(), r.out());
        assertTrue(r.out().lines().limit(count).allMatch(l -> l.startsWith("PASS ")), r.out());
        assertTrue(r.out().contains(count + " scripts: " + count + " passed, 0 failed, 0 unsupported"), r.out());
    }

    @Test
    void aFailingScriptNamesItsLineAndExitsOne(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("wrong.pkt");
        Files.writeString(script, """
                0 socket(..., SOCK_STREAM, IPPROTO_TCP) = 3
                +0 setsockopt(3, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0
                +0 bind(3, ..., ...) = 0
                +0 listen(3, 1) = 0
                +0 < S 0:0(0) win 32792 <mss 1000,sackOK,nop,nop,nop,wscale 7>
                +0 > R 0:0(0)
                """);
        Result r = Cli.exec("packetdrill", script.toString());
        assertEquals(ExitCode.CHECK_FAILED, r.exitCode(), r.out());
        assertTrue(r.out().startsWith("FAIL wrong.pkt:6 expected: "), r.out());
        assertTrue(r.out().contains("1 scripts: 0 passed, 1 failed, 0 unsupported"), r.out());
    }

    @Test
    void unsupportedConstructsAreReportedNotFatal(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("python.pkt");
        Files.writeString(script, """
                0 socket(..., SOCK_STREAM, IPPROTO_TCP) = 3
                +0 `sysctl -q net.ipv4.tcp_timestamps=1`
                """);
        Result r = Cli.exec("packetdrill", script.toString());
        assertEquals(ExitCode.OK, r.exitCode(), r.out());
        assertTrue(r.out().startsWith("UNSUPPORTED python.pkt"), r.out());
    }

    @Test
    void usageErrors(@TempDir Path dir) {
        assertEquals(ExitCode.USAGE, Cli.exec("packetdrill").exitCode());
        assertEquals(ExitCode.USAGE, Cli.exec("packetdrill", dir.resolve("missing.pkt").toString()).exitCode());
        assertEquals(ExitCode.USAGE, Cli.exec("packetdrill", dir.toString()).exitCode(), "a folder without scripts");
        Result r = Cli.exec("packetdrill", SCRIPTS.toString(), "--profile", "bsd");
        assertEquals(ExitCode.USAGE, r.exitCode());
        assertTrue(r.err().contains("--profile must be linux or rfc"), r.err());
    }
}
