package org.offloadlab.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offloadlab.testing.TestCaptures;

/**
 * Real captures against their tshark ground truth, and the pure-Java reader against libpcap frame by frame: the
 * committed captures, and the team's shared ones when this machine has them.
 */
class RealCapturesTest {

    /** Shared captures with a {@code NAME.truth.json}. */
    static Stream<Path> sharedCaptures() {
        Path dir = TestCaptures.sharedDir().orElse(null);
        Assumptions.assumeTrue(dir != null, "no shared captures beside the checkout");
        List<Path> captures = TestCaptures.capturesWithTruth(dir).stream().filter(p -> Files.isRegularFile(
                p.resolveSibling(TestCaptures.baseName(p.getFileName().toString()) + ".truth.json"))).toList();
        Assumptions.assumeFalse(captures.isEmpty(), "no shared captures with truth files");
        return captures.stream();
    }

    /** Committed and shared captures with a {@code NAME.streams.csv}. */
    static Stream<Path> allCaptures() {
        List<Path> captures = new ArrayList<>(TestCaptures.capturesWithTruth(TestCaptures.dir()));
        TestCaptures.sharedDir().ifPresent(dir -> captures.addAll(TestCaptures.capturesWithTruth(dir)));
        Assumptions.assumeFalse(captures.isEmpty(), "no captures with truth files");
        return captures.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedCaptures")
    void frameCountAndLinkTypeMatchTruth(Path capture) throws IOException {
        Truth truth = Truth.of(capture);
        try (CaptureReader reader = CaptureFiles.open(capture)) {
            List<Frame> frames = Captures.readAll(reader);
            assertEquals(truth.framesTotal(), frames.size(), "frames_total");
            PacketDecoder decoder = new PacketDecoder();
            for (Frame f : frames) {
                assertEquals(truth.linkType(), f.linkType(), "capinfos encapsulation " + truth.encapsulation());
            }
            assertEquals(truth.framesTcp(), frames.stream().filter(f -> decoder.decode(f).isTcp()).count(),
                    "frames_tcp");
            assertEquals(reader.size(), reader.position(), "the whole file was consumed");
            assertEquals(capture.toString().endsWith(".pcapng") ? CaptureFormat.PCAPNG : CaptureFormat.PCAP,
                    reader.format());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCaptures")
    void decoderFindsTsharksTcpFrames(Path capture) throws IOException {
        PacketDecoder decoder = new PacketDecoder();
        int tcp = 0;
        try (CaptureReader reader = CaptureFiles.open(capture)) {
            for (Frame f = reader.next(); f != null; f = reader.next()) {
                DecodedPacket p = decoder.decode(f);
                if (p.isTcp()) {
                    tcp++;
                    assertNotNull(p.segment());
                }
            }
        }
        assertEquals(tcpFramesOfStreams(capture), tcp, "frames_c2s + frames_s2c over streams.csv");
    }

    /** Every TCP frame tshark saw belongs to one stream and one direction. */
    private static long tcpFramesOfStreams(Path capture) throws IOException {
        Path csv = capture.resolveSibling(TestCaptures.baseName(capture.getFileName().toString()) + ".streams.csv");
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).split(","));
        int c2s = header.indexOf("frames_c2s");
        int s2c = header.indexOf("frames_s2c");
        assertTrue(c2s >= 0 && s2c >= 0, "frames columns in " + csv);
        long frames = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                String[] cells = line.split(",");
                frames += Long.parseLong(cells[c2s]) + Long.parseLong(cells[s2c]);
            }
        }
        return frames;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCaptures")
    void pureJavaReaderEqualsLibpcap(Path capture) throws IOException {
        try (CaptureReader java = CaptureFiles.open(capture);
                CaptureReader libpcap = CaptureFiles.openWithPcap4j(capture)) {
            assertEquals(java.format(), libpcap.format());
            long n = 0;
            while (true) {
                Frame a = java.next();
                Frame b = libpcap.next();
                if (a == null || b == null) {
                    assertNull(a, "libpcap ended first, after " + n);
                    assertNull(b, "the Java reader ended first, after " + n);
                    break;
                }
                n++;
                String where = capture.getFileName() + " frame " + n;
                assertEquals(b.number(), a.number(), where);
                assertEquals(b.timestampNanos(), a.timestampNanos(), where);
                assertEquals(b.linkType(), a.linkType(), where);
                assertEquals(b.originalLength(), a.originalLength(), where);
                assertArrayEquals(b.data(), a.data(), where);
                if (java.format() == CaptureFormat.PCAP) {
                    assertEquals(b.fileOffset(), a.fileOffset(), where);
                }
            }
            assertTrue(n > 0);
        }
    }

    /** The few truth.json fields this test needs, without a JSON library. */
    record Truth(int framesTotal, int framesTcp, String encapsulation) {

        static Truth of(Path capture) throws IOException {
            Path file = capture.resolveSibling(TestCaptures.baseName(capture.getFileName().toString()) + ".truth.json");
            String json = Files.readString(file);
            return new Truth(Integer.parseInt(field(json, "frames_total")), Integer.parseInt(field(json, "frames_tcp")),
                    field(json, "File encapsulation"));
        }

        private static String field(String json, String name) {
            Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\": \"?([^\",\\n]+)\"?").matcher(json);
            assertTrue(m.find(), name);
            return m.group(1).trim();
        }

        /** capinfos' encapsulation names (wiretap's short names). */
        int linkType() {
            return switch (encapsulation) {
                case "ether" -> LinkType.ETHERNET;
                case "linux-sll" -> LinkType.LINUX_SLL;
                case "linux-sll2" -> LinkType.LINUX_SLL2;
                case "rawip" -> LinkType.RAW;
                case "rawip4" -> LinkType.IPV4;
                case "rawip6" -> LinkType.IPV6;
                case "null" -> LinkType.NULL;
                default -> throw new AssertionError("unmapped encapsulation " + encapsulation);
            };
        }
    }
}
