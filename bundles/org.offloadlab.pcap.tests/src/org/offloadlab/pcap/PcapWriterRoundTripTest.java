package org.offloadlab.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.offloadlab.pcap.PcapWriter.Resolution;
import org.offloadlab.pcap.internal.StreamReaders;

/** PcapWriter → both readers, in every resolution and byte order, with windows small enough to force refills. */
class PcapWriterRoundTripTest {

    @TempDir
    Path dir;

    static Stream<Arguments> formats() {
        return Stream.of(Arguments.of(Resolution.MICROS, ByteOrder.LITTLE_ENDIAN),
                Arguments.of(Resolution.MICROS, ByteOrder.BIG_ENDIAN),
                Arguments.of(Resolution.NANOS, ByteOrder.LITTLE_ENDIAN),
                Arguments.of(Resolution.NANOS, ByteOrder.BIG_ENDIAN));
    }

    /** Frames of many sizes, one larger than the small window, with timestamps that use every digit. */
    private static List<byte[]> frames() {
        Random random = new Random(42);
        List<byte[]> frames = new ArrayList<>();
        for (int size : new int[]{0, 1, 14, 60, 1514, 9000, 70_000, 65_535, 3}) {
            byte[] data = new byte[size];
            random.nextBytes(data);
            frames.add(data);
        }
        return frames;
    }

    private static long timestamp(int i) {
        return 1_764_000_000_123_456_789L + i * 1_000_000_007L;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("formats")
    void roundTrip(Resolution resolution, ByteOrder order) throws IOException {
        Path file = dir.resolve("rt.pcap");
        List<byte[]> frames = frames();
        try (PcapWriter w = PcapWriter.create(file, LinkType.ETHERNET, 262_144, resolution, order)) {
            for (int i = 0; i < frames.size(); i++) {
                w.write(timestamp(i), frames.get(i), frames.get(i).length + i);
            }
            assertEquals(frames.size(), w.framesWritten());
        }
        assertEquals(
                order == ByteOrder.BIG_ENDIAN ? (byte) 0xA1 : (byte) (resolution == Resolution.NANOS ? 0x4D : 0xD4),
                Files.readAllBytes(file)[0], "magic byte order");
        for (int window : new int[]{64, 4096, 1 << 20}) {
            try (CaptureReader r = StreamReaders.open(file, window)) {
                assertFrames(frames, resolution, Captures.readAll(r));
            }
        }
        try (CaptureReader r = CaptureFiles.openWithPcap4j(file)) {
            assertFrames(frames, resolution, Captures.readAll(r));
        }
    }

    private static void assertFrames(List<byte[]> expected, Resolution resolution, List<Frame> actual) {
        assertEquals(expected.size(), actual.size());
        long offset = 24;
        for (int i = 0; i < expected.size(); i++) {
            Frame f = actual.get(i);
            long ts = timestamp(i);
            long want = resolution == Resolution.NANOS ? ts : ts / 1000 * 1000;
            assertEquals(i + 1, f.number());
            assertEquals(want, f.timestampNanos(), "frame " + (i + 1));
            assertEquals(expected.get(i).length + i, f.originalLength());
            assertArrayEquals(expected.get(i), f.data());
            assertEquals(LinkType.ETHERNET, f.linkType());
            assertEquals(0, f.interfaceId());
            assertEquals(offset, f.fileOffset());
            offset += 16 + f.capturedLength();
        }
    }

    @Test
    void snaplenCutsWhatIsWrittenAndKeepsTheOriginalLength() throws IOException {
        Path file = dir.resolve("cut.pcap");
        try (PcapWriter w = PcapWriter.create(file, LinkType.RAW, 96, Resolution.MICROS, ByteOrder.LITTLE_ENDIAN)) {
            w.write(0, new byte[1500]);
        }
        try (CaptureReader r = CaptureFiles.open(file)) {
            Frame f = r.next();
            assertEquals(96, f.capturedLength());
            assertEquals(1500, f.originalLength());
            assertEquals(LinkType.RAW, f.linkType());
        }
    }

    @Test
    void timestampsBeforeTheEpochRoundDown() throws IOException {
        Path file = dir.resolve("old.pcap");
        try (PcapWriter w = PcapWriter.create(file, LinkType.ETHERNET)) {
            w.write(1_500, new byte[1]);
        }
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, b.getInt(24), "seconds");
        assertEquals(1, b.getInt(28), "microseconds");
    }
}
