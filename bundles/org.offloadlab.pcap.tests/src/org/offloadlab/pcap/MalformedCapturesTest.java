package org.offloadlab.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.offloadlab.testing.TestCaptures;

/**
 * The chosen behaviour for every damaged capture in {@code captures/malformed}, one row each. Frames read before an
 * error always equal {@code tshark_frames_read} in {@code malformed.json}.
 */
class MalformedCapturesTest {

    /** No error expected. */
    private static final long OK = -1;

    static Stream<Arguments> behaviour() {
        return Stream.of(
                // file, frames returned, offset of the damage (OK: none), words the reason contains
                Arguments.of("bad_magic.pcap", 0, 0L, "not a pcap or pcapng capture"),
                // tshark -F pcap rejects it; autodetect calls it an empty ERF file. Nothing to read is an error here.
                Arguments.of("empty.pcap", 0, 0L, "empty file"),
                // a valid capture of no packets, as tshark and capinfos say
                Arguments.of("header_only.pcap", 0, OK, ""),
                Arguments.of("truncated_mid_header.pcap", 5, 402L, "inside a record header"),
                Arguments.of("truncated_mid_record.pcap", 5, 402L, "inside the packet data"),
                // tolerated like tshark: the cap is max(snaplen, 256 KiB), and the data is there
                Arguments.of("caplen_gt_snaplen.pcap", 16, OK, ""),
                // tolerated like tshark: frame.len 60, 144 bytes captured, both kept as written
                Arguments.of("caplen_gt_origlen.pcap", 16, OK, ""),
                Arguments.of("caplen_huge.pcap", 5, 402L, "more than the maximum of 262144"),
                // snaplen 4 GiB: nothing is allocated by it, the records are fine
                Arguments.of("huge_snaplen_header.pcap", 16, OK, ""),
                Arguments.of("unknown_block.pcapng", 485, OK, ""),
                Arguments.of("block_length_mismatch.pcapng", 0, 236L,
                        "block total lengths differ: 144 at the start, 148"),
                Arguments.of("block_length_unaligned.pcapng", 0, 236L, "145 is not a multiple of 4"),
                Arguments.of("truncated_mid_block.pcapng", 242, 255748L, "file ends inside a block"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("behaviour")
    void readsAsDocumented(String name, int frames, long errorOffset, String reason) throws IOException {
        Path file = TestCaptures.malformed(name);
        if (frames == 0 && errorOffset == 0) {
            CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> CaptureFiles.open(file));
            assertDamage(e, file, 0, reason);
            return;
        }
        try (CaptureReader reader = CaptureFiles.open(file)) {
            Captures.Outcome outcome = Captures.readUntilError(reader);
            assertEquals(frames, outcome.frames().size(), "frames before the end or the error");
            if (errorOffset == OK) {
                assertNull(outcome.error(), "no error expected");
            } else {
                assertDamage(outcome.error(), file, errorOffset, reason);
                assertNull(reader.next(), "after damage the reader only returns null");
                assertNull(reader.next());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("behaviour")
    void libpcapReadsTheSameFramesAndFailsAlike(String name, int frames, long errorOffset) throws IOException {
        Path file = TestCaptures.malformed(name);
        if (frames == 0 && errorOffset == 0) {
            assertThrows(CaptureFormatException.class, () -> CaptureFiles.openWithPcap4j(file));
            return;
        }
        try (CaptureReader reader = CaptureFiles.openWithPcap4j(file)) {
            Captures.Outcome outcome = Captures.readUntilError(reader);
            assertEquals(frames, outcome.frames().size());
            assertEquals(errorOffset == OK, outcome.error() == null, String.valueOf(outcome.error()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("behaviour")
    void framesReadMatchTshark(String name, int frames) throws IOException {
        assertEquals(tsharkFramesRead(name), frames, "tshark_frames_read in malformed.json");
    }

    @Test
    void everyCommittedMalformedFileHasARow() throws IOException {
        Set<String> rows = behaviour().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        try (Stream<Path> files = Files.list(TestCaptures.dir().resolve("malformed"))) {
            Set<String> committed = files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".pcap"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(committed, rows);
        }
    }

    @Test
    void caplenGreaterThanOriginalKeepsBothLengthsAsWritten() throws IOException {
        try (CaptureReader reader = CaptureFiles.open(TestCaptures.malformed("caplen_gt_origlen.pcap"))) {
            Frame sixth = Captures.readAll(reader).get(5);
            assertEquals(60, sixth.originalLength());
            assertEquals(144, sixth.capturedLength());
        }
    }

    private static void assertDamage(CaptureFormatException e, Path file, long offset, String reason) {
        assertEquals(file, e.file());
        assertEquals(offset, e.offset(), e.getMessage());
        assertTrue(e.reason().contains(reason), e.reason());
        assertTrue(e.getMessage().contains(file.toString()), "the message names the file: " + e.getMessage());
        assertTrue(e.getMessage().contains("offset " + offset), e.getMessage());
    }

    private static int tsharkFramesRead(String name) throws IOException {
        String json = Files.readString(TestCaptures.malformed("malformed.json"));
        Matcher m = Pattern.compile("\"file\": \"" + Pattern.quote(name) + "\".*?\"tshark_frames_read\": (\\d+)",
                Pattern.DOTALL).matcher(json);
        assertTrue(m.find(), name + " in malformed.json");
        return Integer.parseInt(m.group(1));
    }
}
