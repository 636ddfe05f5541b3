package org.offloadlab.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offloadlab.pcap.internal.StreamReaders;

/** Hand-built pcapng covering what dumpcap's files do not: several interfaces and sections, every packet block. */
class PcapngReaderTest {

    private static final long SECONDS = 1_700_000_000L;

    @TempDir
    Path dir;

    private static byte[] bytes(int length, int seed) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (seed + i);
        }
        return b;
    }

    @Test
    void twoSectionsInBothByteOrdersWithMixedInterfacesAndBlocks() throws IOException {
        PcapngBytes p = new PcapngBytes().section(ByteOrder.LITTLE_ENDIAN);
        p.interfaceBlock(LinkType.ETHERNET, 0, p.tsresol(9));
        p.interfaceBlock(LinkType.RAW, 128, p.tsresol(0x80 | 20), p.tsoffset(100));
        p.block(PcapngBytes.NRB, new byte[]{1, 0, 8, 0, 10, 0, 0, 1, 'h', 'o', 's', 't', 0, 0, 0, 0, 0, 0, 0, 0});
        long first = p.size();
        p.enhanced(0, SECONDS * 1_000_000_000L + 123_456_789L, bytes(60, 1), 60);
        // 2^-20 s ticks: half a second plus one tick (953.67… ns, truncated) after SECONDS, plus if_tsoffset
        p.enhanced(1, (SECONDS << 20) + (1 << 19) + 1, bytes(128, 2), 1500);
        p.block(0xABCD, new byte[16]);
        p.block(PcapngBytes.ISB, new byte[12]);
        p.simple(bytes(70, 3), 70);
        p.block(PcapngBytes.CUSTOM, new byte[]{0, 0, 0x7E, (byte) 0xD9, 1, 2, 3});
        long secondSection = p.size();
        p.section(ByteOrder.BIG_ENDIAN);
        p.interfaceBlock(LinkType.LINUX_SLL2, 64);
        p.simple(bytes(64, 4), 100);
        p.enhanced(0, SECONDS * 1_000_000L + 42, bytes(33, 5), 33);
        p.obsoletePacket(0, SECONDS * 1_000_000L + 43, bytes(20, 6), 20);
        p.block(PcapngBytes.DSB, new byte[8]);
        Path file = dir.resolve("mixed.pcapng");
        Files.write(file, p.bytes());

        for (int window : new int[]{64, 256, 1 << 20}) {
            List<Frame> frames;
            try (CaptureReader r = StreamReaders.open(file, window)) {
                assertEquals(CaptureFormat.PCAPNG, r.format());
                frames = Captures.readAll(r);
                assertEquals(Files.size(file), r.position());
            }
            assertEquals(6, frames.size(), "window " + window);
            assertFrame(frames.get(0), 1, LinkType.ETHERNET, 0, SECONDS * 1_000_000_000L + 123_456_789L, 60,
                    bytes(60, 1));
            assertEquals(first, frames.get(0).fileOffset());
            assertFrame(frames.get(1), 2, LinkType.RAW, 1, (SECONDS + 100) * 1_000_000_000L + 500_000_953L, 1500,
                    bytes(128, 2));
            // a Simple Packet Block has no timestamp; 0 like libpcap
            assertFrame(frames.get(2), 3, LinkType.ETHERNET, 0, 0, 70, bytes(70, 3));
            // §4.4: captured = min(original 100, snaplen 64, block room)
            assertFrame(frames.get(3), 4, LinkType.LINUX_SLL2, 0, 0, 100, bytes(64, 4));
            assertTrue(frames.get(3).fileOffset() > secondSection);
            assertFrame(frames.get(4), 5, LinkType.LINUX_SLL2, 0, SECONDS * 1_000_000_000L + 42_000, 33, bytes(33, 5));
            assertFrame(frames.get(5), 6, LinkType.LINUX_SLL2, 0, SECONDS * 1_000_000_000L + 43_000, 20, bytes(20, 6));
        }
    }

    private static void assertFrame(Frame f, long number, int linkType, int interfaceId, long nanos, int original,
            byte[] data) {
        assertEquals(number, f.number());
        assertEquals(linkType, f.linkType(), "link type of frame " + number);
        assertEquals(interfaceId, f.interfaceId(), "interface of frame " + number);
        assertEquals(nanos, f.timestampNanos(), "timestamp of frame " + number);
        assertEquals(original, f.originalLength(), "original length of frame " + number);
        assertArrayEquals(data, f.data(), "data of frame " + number);
    }

    @Test
    void binaryResolutionAndOffsetAgreeWithLibpcap() throws IOException {
        PcapngBytes p = new PcapngBytes().section(ByteOrder.BIG_ENDIAN);
        p.interfaceBlock(LinkType.ETHERNET, 0, p.tsresol(0x80 | 24), p.tsoffset(-3600));
        for (int i = 0; i < 50; i++) {
            p.enhanced(0, (SECONDS << 24) + i * 7_654_321L, bytes(60 + i, i), 60 + i);
        }
        Path file = dir.resolve("binary.pcapng");
        Files.write(file, p.bytes());
        try (CaptureReader java = CaptureFiles.open(file); CaptureReader libpcap = CaptureFiles.openWithPcap4j(file)) {
            List<Frame> a = Captures.readAll(java);
            List<Frame> b = Captures.readAll(libpcap);
            assertEquals(50, a.size());
            assertEquals(b.stream().map(Frame::timestampNanos).toList(),
                    a.stream().map(Frame::timestampNanos).toList());
            assertEquals((SECONDS - 3600) * 1_000_000_000L, a.get(0).timestampNanos());
        }
    }

    @Test
    void aPacketForAnUndescribedInterfaceIsDamage() throws IOException {
        PcapngBytes p = new PcapngBytes().section(ByteOrder.LITTLE_ENDIAN);
        p.interfaceBlock(LinkType.ETHERNET, 0);
        p.enhanced(0, 1, bytes(10, 0), 10);
        long bad = p.size();
        p.enhanced(1, 2, bytes(10, 0), 10);
        assertDamage(p, 1, bad, "refers to interface 1");
    }

    @Test
    void aCapturedLengthLargerThanTheBlockIsDamage() throws IOException {
        PcapngBytes p = new PcapngBytes().section(ByteOrder.LITTLE_ENDIAN);
        p.interfaceBlock(LinkType.ETHERNET, 0);
        long bad = p.size();
        byte[] epb = new PcapngBytes().section(ByteOrder.LITTLE_ENDIAN).enhanced(0, 1, bytes(16, 0), 16).bytes();
        byte[] block = Arrays.copyOfRange(epb, epb.length - 48, epb.length);
        block[20] = 100; // captured length 100 in a block with room for 16
        p.raw(block);
        assertDamage(p, 0, bad, "has room for 16");
    }

    @Test
    void aSecondSectionWithoutByteOrderMagicIsDamage() throws IOException {
        PcapngBytes p = new PcapngBytes().section(ByteOrder.LITTLE_ENDIAN);
        p.interfaceBlock(LinkType.ETHERNET, 0);
        p.enhanced(0, 1, bytes(10, 0), 10);
        long bad = p.size();
        p.raw(new byte[]{0x0A, 0x0D, 0x0D, 0x0A, 28, 0, 0, 0, 1, 2, 3, 4, 1, 0, 0, 0});
        assertDamage(p, 1, bad, "byte-order magic");
    }

    @Test
    void aBlockShorterThanTwelveBytesIsDamage() throws IOException {
        PcapngBytes p = new PcapngBytes().section(ByteOrder.LITTLE_ENDIAN);
        long bad = p.size();
        p.raw(new byte[]{1, 0, 0, 0, 8, 0, 0, 0});
        assertDamage(p, 0, bad, "below the minimum of 12");
    }

    @Test
    void garbageAfterTheLastBlockIsDamage() throws IOException {
        PcapngBytes p = new PcapngBytes().section(ByteOrder.LITTLE_ENDIAN);
        p.interfaceBlock(LinkType.ETHERNET, 0);
        p.enhanced(0, 1, bytes(10, 0), 10);
        long bad = p.size();
        p.raw(new byte[]{'x', 'y', 'z'});
        assertDamage(p, 1, bad, "inside a block header");
    }

    @Test
    void anUnsupportedVersionIsDamage() throws IOException {
        PcapngBytes p = new PcapngBytes().section(ByteOrder.LITTLE_ENDIAN);
        byte[] b = p.bytes();
        b[12] = 2;
        Path file = dir.resolve("v2.pcapng");
        Files.write(file, b);
        CaptureFormatException e = assertThrows(CaptureFormatException.class,
                () -> CaptureFiles.open(file));
        assertTrue(e.reason().contains("version 2.0"), e.reason());
    }

    @Test
    void anEmptySectionIsAValidCaptureOfNoFrames() throws IOException {
        Path file = dir.resolve("empty.pcapng");
        Files.write(file, new PcapngBytes().section(ByteOrder.BIG_ENDIAN).bytes());
        try (CaptureReader r = CaptureFiles.open(file)) {
            assertNull(r.next());
        }
    }

    private void assertDamage(PcapngBytes p, int framesBefore, long offset, String reason) throws IOException {
        Path file = dir.resolve("damaged.pcapng");
        Files.write(file, p.bytes());
        try (CaptureReader r = CaptureFiles.open(file)) {
            Captures.Outcome o = Captures.readUntilError(r);
            assertEquals(framesBefore, o.frames().size());
            assertEquals(offset, o.error().offset(), o.error().getMessage());
            assertTrue(o.error().reason().contains(reason), o.error().reason());
            assertNull(r.next());
        }
    }
}
