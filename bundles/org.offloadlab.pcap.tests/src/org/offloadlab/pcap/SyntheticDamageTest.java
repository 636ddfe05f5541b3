package org.offloadlab.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damage the committed files do not show: made here from good files. */
class SyntheticDamageTest {

    @TempDir
    Path dir;

    private Path twoFrames() throws IOException {
        Path file = dir.resolve("two.pcap");
        try (PcapWriter w = PcapWriter.create(file, LinkType.ETHERNET)) {
            w.write(1_000, new byte[60]);
            w.write(2_000, new byte[100]);
        }
        return file;
    }

    private Captures.Outcome read(Path file) throws IOException {
        try (CaptureReader r = CaptureFiles.open(file)) {
            Captures.Outcome o = Captures.readUntilError(r);
            if (o.error() != null) {
                assertNull(r.next());
            }
            return o;
        }
    }

    @Test
    void garbageAfterTheLastRecordIsATruncatedRecord() throws IOException {
        Path file = twoFrames();
        Files.write(file, new byte[]{1, 2, 3, 4, 5}, StandardOpenOption.APPEND);
        Captures.Outcome o = read(file);
        assertEquals(2, o.frames().size());
        assertEquals(24 + 16 + 60 + 16 + 100, o.error().offset());
        assertTrue(o.error().reason().contains("record header"), o.error().reason());
    }

    @Test
    void garbageThatLooksLikeAHugeRecordIsRejectedWithoutAllocating() throws IOException {
        Path file = twoFrames();
        byte[] header = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putInt(0).putInt(0)
                .putInt(Integer.MAX_VALUE).putInt(Integer.MAX_VALUE).array();
        Files.write(file, header, StandardOpenOption.APPEND);
        Captures.Outcome o = read(file);
        assertEquals(2, o.frames().size());
        assertTrue(o.error().reason().contains("more than the maximum"), o.error().reason());
    }

    @Test
    void aClaimedLengthBeyondTheFileIsTruncation() throws IOException {
        Path file = twoFrames();
        byte[] header = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN).putInt(0).putInt(0).putInt(1000)
                .putInt(1000).array();
        Files.write(file, header, StandardOpenOption.APPEND);
        Captures.Outcome o = read(file);
        assertEquals(2, o.frames().size());
        assertTrue(o.error().reason().contains("file ends inside the packet data"), o.error().reason());
    }

    @Test
    void aFileHeaderCutShortIsRejectedWhenOpening() throws IOException {
        Path file = twoFrames();
        Path cut = dir.resolve("cut.pcap");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(file), 20));
        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> CaptureFiles.open(cut));
        assertEquals(0, e.offset());
        assertTrue(e.reason().contains("header cut short"), e.reason());
    }

    @Test
    void threeBytesAreNotACapture() throws IOException {
        Path file = dir.resolve("tiny");
        Files.write(file, new byte[]{(byte) 0xD4, (byte) 0xC3, (byte) 0xB2});
        assertThrows(CaptureFormatException.class, () -> CaptureFiles.open(file));
    }

    @Test
    void textIsNotACapture() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "hello, world\n");
        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> CaptureFiles.open(file));
        assertTrue(e.reason().contains("68 65 6c 6c"), e.reason());
    }

    @Test
    void libpcapRejectsANonCaptureWithAFormatException() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "hello, world, this is not a capture\n");
        assertThrows(CaptureFormatException.class, () -> CaptureFiles.openWithPcap4j(file));
    }
}
