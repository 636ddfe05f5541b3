package org.offloadlab.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offloadlab.testing.MiniJson;
import org.offloadlab.cli.internal.Cli.Result;
import org.offloadlab.testing.TestCaptures;

/** {@code analyze} end to end on real captures, with the real analyzer. */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void jsonListsEveryConnectionTsharkFound() throws IOException {
        for (String name : List.of("simple_http.pcap", "conn_refused.pcap", "many_short_200.pcap")) {
            Path capture = Cli.capture(name);
            Result r = Cli.exec("analyze", capture, "--format", "json");

            assertEquals(ExitCode.OK, r.exitCode(), r.err());
            assertEquals("", r.err());
            Map<String, Object> doc = json(r.out());
            assertEquals(capture.toString(), doc.get("file"));
            assertEquals(Boolean.TRUE, doc.get("complete"));
            assertEquals(List.of(), doc.get("errors"));
            assertEquals(Cli.truthStreams(capture), MiniJson.objects(doc.get("connections")).size(), name);
        }
    }

    @Test
    void simpleHttpConnectionMatchesTshark() throws IOException {
        Path capture = Cli.capture("simple_http.pcap");
        Map<String, String> truth = Cli.truth(capture).get(0);
        Result r = Cli.exec("analyze", capture, "--format=json");

        Map<String, Object> c = MiniJson.objects(json(r.out()).get("connections")).get(0);
        assertEquals(truth.get("client"), c.get("a"), "the client sent the first packet");
        assertEquals(truth.get("server"), c.get("b"));
        assertEquals(Boolean.TRUE, c.get("handshake"));
        assertEquals(new BigDecimal(truth.get("frames_c2s")), MiniJson.object(c.get("a_to_b")).get("packets"));
        assertEquals(new BigDecimal(truth.get("bytes_s2c")), MiniJson.object(c.get("b_to_a")).get("bytes"));
        assertEquals(new BigDecimal(truth.get("in_order_bytes_c2s")),
                MiniJson.object(c.get("a_to_b")).get("in_order_payload_bytes"));
        assertEquals(new BigDecimal(truth.get("in_order_bytes_s2c")),
                MiniJson.object(c.get("b_to_a")).get("in_order_payload_bytes"));
        // Exactly as tshark prints the epoch time, to the nanosecond.
        assertEquals(new BigDecimal(truth.get("first_ts")), c.get("first"));
        assertEquals(9, ((BigDecimal) c.get("first")).scale());
    }

    @Test
    void csvHasAHeaderAndOneRowPerConnection() throws IOException {
        Path capture = Cli.capture("many_short_200.pcap");
        Result r = Cli.exec("analyze", capture, "--format", "csv");
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(Cli.truthStreams(capture) + 1, lines.size());
        assertTrue(lines.get(0).startsWith("index,a,b,client,state,"), lines.get(0));
        assertTrue(r.out().contains("\r\n"), "RFC 4180 line ends");
    }

    @Test
    void tableIsTheDefault() {
        Result r = Cli.exec("analyze", Cli.capture("ipv6.pcapng"));
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("connections: 1"), r.out());
        assertTrue(r.out().contains("]:"), "IPv6 endpoints are bracketed: " + r.out());
    }

    @Test
    void filterSelectsConnections() {
        Path capture = Cli.capture("many_short_200.pcap");
        Result r = Cli.exec("analyze", capture, "--format", "json", "--filter", "tcp port 41007");
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        assertEquals(1, MiniJson.objects(json(r.out()).get("connections")).size());
    }

    @Test
    void badFilterIsAUsageError() {
        Result r = Cli.exec("analyze", Cli.capture("simple_http.pcap"), "--filter", "tcp port banana(");
        assertEquals(ExitCode.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().contains("bad --filter 'tcp port banana('"), r.err());
        assertTrue(r.err().contains("usage: offloadlab analyze"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void damagedCaptureGivesPartialResultsTheOffsetAndExit1() {
        Path damaged = TestCaptures.malformed("truncated_mid_record.pcap");
        Result r = Cli.exec("analyze", damaged, "--format", "json");

        assertEquals(ExitCode.DAMAGED_INPUT, r.exitCode(), r.err());
        Matcher m = Pattern.compile("damaged capture .* at byte offset (\\d+)").matcher(r.err());
        assertTrue(m.find(), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        Map<String, Object> doc = json(r.out());
        assertEquals(Boolean.FALSE, doc.get("complete"));
        assertEquals(new BigDecimal(5), doc.get("frames"), "frames 1..5 are intact");
        assertEquals(1, MiniJson.objects(doc.get("connections")).size(), "partial results still reported");
        Map<String, Object> error = MiniJson.objects(doc.get("errors")).get(0);
        assertEquals(Boolean.TRUE, error.get("fatal"));
        assertEquals(new BigDecimal(m.group(1)), error.get("offset"));
    }

    @Test
    void notACaptureIsDamagedAtOffsetZero() {
        Result r = Cli.exec("analyze", TestCaptures.malformed("bad_magic.pcap"), "--format", "json");
        assertEquals(ExitCode.DAMAGED_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("at byte offset 0"), r.err());
        Map<String, Object> doc = json(r.out());
        assertEquals(List.of(), doc.get("connections"));
        assertEquals(BigDecimal.ZERO, MiniJson.objects(doc.get("errors")).get(0).get("offset"));
    }

    @Test
    void outDirectoryGetsReportsAndCharts() throws IOException {
        Path capture = Cli.capture("simple_http.pcap");
        Path out = dir.resolve("report");
        Result r = Cli.exec("analyze", capture, "--format", "csv", "--out", out);

        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        assertEquals(r.out(), Files.readString(out.resolve("connections.csv")), "stdout and file agree");
        assertEquals(1,
                MiniJson.objects(json(Files.readString(out.resolve("connections.json"))).get("connections")).size());
        for (String chart : List.of("timeseq", "throughput", "rtt", "window")) {
            BufferedImage image = ImageIO.read(out.resolve("conn-0-" + chart + ".png").toFile());
            assertEquals(ConnectionCharts.WIDTH, image.getWidth(), chart);
            assertEquals(ConnectionCharts.HEIGHT, image.getHeight(), chart);
        }
        assertTrue(Files.readString(out.resolve("conn-0-timeseq.svg")).contains("<path"));
        assertTrue(r.err().contains("charts for the connection"), r.err());
    }

    @Test
    void chartsAreLimitedToTheLargestConnections() throws IOException {
        Path out = dir.resolve("many");
        Result r = Cli.exec("analyze", Cli.capture("many_short_200.pcap"), "--format", "json", "--out", out);

        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        assertTrue(r.err().contains("the 20 largest of 200 connections by bytes"), r.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(20, files.filter(p -> p.getFileName().toString().endsWith("-timeseq.png")).count());
        }
    }

    @Test
    void interruptionStopsWithPartialResultsAndExit130() throws IOException {
        // More frames than the analyzer reads between two cancellation checks.
        Path big = Cli.repeated(Cli.capture("many_short_200.pcap"), 5, dir.resolve("big.pcap"));
        // Ctrl-C arrives the moment the command starts listening for it.
        Interrupts immediately = cancel -> {
            cancel.run();
            return () -> {
            };
        };
        Result r = new Cli().interrupts(immediately).run("analyze", big, "--format", "json", "--out", dir.resolve("o"));

        assertEquals(ExitCode.INTERRUPTED, r.exitCode(), r.err());
        assertTrue(r.err().contains("interrupted; the results cover the"), r.err());
        Map<String, Object> doc = json(r.out());
        assertEquals(Boolean.TRUE, doc.get("cancelled"));
        assertEquals(Boolean.FALSE, doc.get("complete"));
        assertTrue(((BigDecimal) doc.get("frames")).intValue() < 5 * 2002, "stopped early");
        try (Stream<Path> files = Files.list(dir.resolve("o"))) {
            assertEquals(0, files.filter(p -> p.toString().endsWith(".png")).count(), "no charts after Ctrl-C");
        }
    }

    private static Map<String, Object> json(String text) {
        return MiniJson.object(MiniJson.parse(text));
    }

}
