package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** RFC 9293 §3.1 header: view vs record, parse/emit round trips, malformations, checksum. */
class SegmentWireTest {

    /** A Linux SYN: "S 1000:1000(0) win 64240 <mss 1460,sackOK,TS val 1 ecr 0,nop,wscale 7>". */
    private static final String LINUX_SYN = "c35000500000 03e8 00000000 a002 faf0 0000 0000"
            + " 020405b4 0402080a 00000001 00000000 01030307";

    private static ByteBuffer hex(String s) {
        return ByteBuffer.wrap(HexFormat.of().parseHex(s.replace(" ", "")));
    }

    @Test
    void parsesLinuxSynAndEmitsIdenticalBytes() throws Exception {
        ByteBuffer wire = hex(LINUX_SYN);
        Segment s = Segment.parse(wire.duplicate());
        assertEquals(50000, s.srcPort());
        assertEquals(80, s.dstPort());
        assertEquals(1000, s.seq());
        assertEquals(TcpFlags.SYN, s.flags());
        assertEquals(64240, s.window());
        TcpOptions o = s.options();
        assertEquals(1460, o.mss());
        assertTrue(o.sackPermitted());
        assertTrue(o.timestamps());
        assertEquals(1, o.tsVal());
        assertEquals(0, o.tsEcr());
        assertEquals(7, o.windowScale());
        assertEquals(1, s.sequenceLength());
        assertArrayEquals(wire.array(), s.toBytes());
    }

    @Test
    void recordRoundTripsThroughWire() throws Exception {
        Random r = new Random(42);
        for (int i = 0; i < 500; i++) {
            Segment s = randomSegment(r);
            Segment back = Segment.parse(ByteBuffer.wrap(s.toBytes()));
            assertEquals(s, back);
            assertEquals(s.wireLength(), s.toBytes().length);
        }
    }

    static Segment randomSegment(Random r) {
        TcpOptions o = TcpOptions.NONE;
        if (r.nextBoolean()) {
            o = o.withMss(r.nextInt(65536));
        }
        if (r.nextBoolean()) {
            o = o.withWindowScale(r.nextInt(15));
        }
        o = o.withSackPermitted(r.nextBoolean());
        boolean ts = r.nextBoolean();
        if (ts) {
            o = o.withTimestamps(r.nextInt(), r.nextInt());
        }
        int room = 40 - o.wireLength();
        int blocks = Math.min(r.nextInt(5), Math.max(0, (room - 4) / 8));
        List<SackBlock> sb = new java.util.ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            int l = r.nextInt();
            sb.add(new SackBlock(l, l + 1 + r.nextInt(10000)));
        }
        o = o.withSackBlocks(sb);
        if (o.wireLength() <= 32 && r.nextInt(4) == 0) {
            o = o.withUnknown(List.of(new UnknownOption(30, new byte[]{1, 2, 3, 4})));
        }
        byte[] payload = new byte[r.nextInt(3) == 0 ? 0 : r.nextInt(1500)];
        r.nextBytes(payload);
        return new Segment(r.nextInt(65536), r.nextInt(65536), r.nextInt(), r.nextInt(), r.nextInt(256),
                r.nextInt(65536), r.nextInt(65536), o, ByteBuffer.wrap(payload));
    }

    @Test
    void viewAccessorsMatchRecord() throws Exception {
        Segment s = Segment.of(1, 2, 3, 4, TcpFlags.ACK | TcpFlags.PSH, 5).withUrgentPointer(9)
                .withOptions(TcpOptions.NONE.withTimestamps(7, 8)).withPayload(new byte[]{1, 2, 3});
        TcpHeaderView v = TcpHeaderView.of(ByteBuffer.wrap(s.toBytes()));
        assertEquals(1, v.srcPort());
        assertEquals(2, v.dstPort());
        assertEquals(3, v.seq());
        assertEquals(4, v.ack());
        assertEquals(TcpFlags.ACK | TcpFlags.PSH, v.flags());
        assertEquals(5, v.window());
        assertEquals(9, v.urgentPointer());
        assertEquals(32, v.headerLength());
        assertEquals(3, v.payloadLength());
        assertEquals(s, v.toSegment());
        assertTrue(v.payload().isReadOnly());
    }

    @Test
    void malformationsAreReportedNotThrownByValidate() {
        assertEquals(Malformation.TRUNCATED_HEADER, TcpHeaderView.validate(ByteBuffer.allocate(19)));
        byte[] b = Segment.of(1, 2, 3, 4, TcpFlags.ACK, 5).toBytes();
        b[12] = 0x40; // data offset 4 words
        assertEquals(Malformation.BAD_DATA_OFFSET, TcpHeaderView.validate(ByteBuffer.wrap(b)));
        b[12] = (byte) 0xF0; // 60 octets, beyond the buffer
        assertEquals(Malformation.BAD_DATA_OFFSET, TcpHeaderView.validate(ByteBuffer.wrap(b)));
        // options overrunning the header: MSS claims length 8 in a 4-octet option area
        ByteBuffer bad = hex("0001000200000003000000046010000500000000 02080000");
        assertEquals(Malformation.OPTION_OVERRUN, TcpHeaderView.validate(bad));
        // zero option length
        assertEquals(Malformation.BAD_OPTION_LENGTH,
                TcpHeaderView.validate(hex("0001000200000003000000046010000500000000 1e000000")));
        // MSS with length 3
        assertEquals(Malformation.BAD_OPTION_LENGTH,
                TcpHeaderView.validate(hex("0001000200000003000000046010000500000000 02030000")));
        // kind without room for its length octet
        assertEquals(Malformation.OPTION_OVERRUN,
                TcpHeaderView.validate(hex("0001000200000003000000046010000500000000 01010102")));
        MalformedSegmentException e = assertThrows(MalformedSegmentException.class,
                () -> Segment.parse(ByteBuffer.allocate(3)));
        assertEquals(Malformation.TRUNCATED_HEADER, e.reason());
    }

    @Test
    void unknownOptionsAndEolPaddingAreHandled() throws Exception {
        ByteBuffer b = hex("0001000200000003000000047010000500000000 1e0401020000000000000000");
        assertNull(TcpHeaderView.validate(b));
        Segment s = Segment.parse(b);
        assertEquals(List.of(new UnknownOption(30, new byte[]{1, 2})), s.options().unknown());
    }

    @Test
    void checksumIpv4AndIpv6() {
        byte[] src4 = {10, 0, 0, 1};
        byte[] dst4 = {10, 0, 0, 2};
        ByteBuffer seg = ByteBuffer.wrap(Segment.of(1234, 80, 1, 0, TcpFlags.SYN, 1000)
                .withPayload(new byte[]{1, 2, 3}).toBytes());
        TcpChecksum.fill(src4, dst4, seg);
        assertTrue(TcpChecksum.verify(src4, dst4, seg));
        assertNull(TcpHeaderView.validate(seg, src4, dst4));
        seg.put(22, (byte) 9);
        assertFalse(TcpChecksum.verify(src4, dst4, seg));
        assertEquals(Malformation.BAD_CHECKSUM, TcpHeaderView.validate(seg, src4, dst4));
        byte[] src6 = new byte[16];
        byte[] dst6 = new byte[16];
        src6[15] = 1;
        dst6[15] = 2;
        TcpChecksum.fill(src6, dst6, seg);
        assertTrue(TcpChecksum.verify(src6, dst6, seg));
        assertFalse(TcpChecksum.verify(src4, dst4, seg));
    }

    @Test
    void knownChecksumValue() {
        // RFC 1071 style check: a segment whose checksum we compute by hand-sum
        byte[] a = {(byte) 192, (byte) 168, 0, 1};
        byte[] b = {(byte) 192, (byte) 168, 0, (byte) 199};
        ByteBuffer seg = hex("c0de0050 00000001 00000000 5002ffff 0000 0000");
        // pseudo: c0a8+0001+c0a8+00c7+0006+0014 ; header words: c0de+0050+0000+0001+0000+0000+5002+ffff
        long sum = 0xc0a8 + 0x0001 + 0xc0a8 + 0x00c7 + 0x0006 + 0x0014 + 0xc0de + 0x0050 + 0x0001 + 0x5002 + 0xffff;
        while ((sum >> 16) != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        assertEquals((int) (~sum & 0xffff), TcpChecksum.compute(a, b, seg));
    }

    @Test
    void tooManyOptionsCannotBeEmitted() {
        TcpOptions o = TcpOptions.NONE.withTimestamps(1, 2).withSackBlocks(
                List.of(new SackBlock(1, 2), new SackBlock(3, 4), new SackBlock(5, 6), new SackBlock(7, 8)));
        Segment s = Segment.of(1, 2, 3, 4, 0, 5).withOptions(o);
        assertThrows(IllegalArgumentException.class, s::toBytes);
    }
}
