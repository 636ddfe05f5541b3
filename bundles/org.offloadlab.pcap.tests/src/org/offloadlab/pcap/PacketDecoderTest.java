package org.offloadlab.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.offloadlab.pcap.DecodedPacket.Kind;
import org.offloadlab.testing.TcpFrames;

/** Link layers, IP and TCP headers, and every way a frame can fall short of a TCP segment. */
class PacketDecoderTest {

    private final PacketDecoder decoder = new PacketDecoder();

    private static Frame frame(int linkType, byte[] data) {
        return new Frame(1, 0, linkType, 0, data.length, data, 0);
    }

    private DecodedPacket decode(byte[] ethernet) {
        return decoder.decode(frame(LinkType.ETHERNET, ethernet));
    }

    private static TcpFrames.Builder v4() {
        return TcpFrames.ipv4("192.0.2.1", 40000, "198.51.100.7", 80).seq(1000).ack(2000);
    }

    private static TcpFrames.Builder v6() {
        return TcpFrames.ipv6("2001:db8::1", 40000, "2001:db8::2", 80).seq(1000).ack(2000);
    }

    @Test
    void synWithEveryCommonOption() {
        byte[] data = TcpFrames.ipv4("10.0.0.1", 40000, "10.0.0.2", 80).seq(0xFFFF_FFF0L).flags(TcpSegment.SYN)
                .window(64240).mss(1460).sackPermitted().timestamps(123456789L, 0).option(1).windowScale(7).ttl(63)
                .build();
        DecodedPacket p = decode(data);
        assertEquals(Kind.TCP, p.kind());
        assertNull(p.problem());
        assertEquals(4, p.ipVersion());
        assertEquals(63, p.ipTtl());
        assertEquals(0, p.vlanIds().length);
        assertFalse(p.ipFragment());
        TcpSegment s = p.segment();
        assertEquals("10.0.0.1:40000", s.source().toString());
        assertEquals("10.0.0.2:80", s.destination().toString());
        assertEquals(0xFFFF_FFF0L, s.seq());
        assertEquals(TcpSegment.SYN, s.flags());
        assertTrue(s.isSyn());
        assertFalse(s.isAck());
        assertEquals(64240, s.window());
        assertEquals(40, s.headerLength());
        assertEquals(0, s.payloadLength());
        assertEquals(1, s.sequenceLength());
        assertEquals(14 + 20 + 40, s.capturedPayloadOffset());
        TcpOptions o = s.options();
        assertEquals(1460, o.mss());
        assertEquals(7, o.windowScale());
        assertTrue(o.sackPermitted());
        assertEquals(123456789L, o.timestampValue());
        assertEquals(0, o.timestampEcho());
        assertTrue(o.hasTimestamps());
        assertFalse(o.malformed());
        assertEquals(checksumOf(data, 14 + 20), s.checksum());
    }

    private static int checksumOf(byte[] frame, int tcpOffset) {
        return (frame[tcpOffset + 16] & 0xFF) << 8 | frame[tcpOffset + 17] & 0xFF;
    }

    @Test
    void dataSegmentCarriesItsPayload() {
        byte[] payload = "GET / HTTP/1.0\r\n\r\n".getBytes();
        byte[] data = v4().flags(TcpSegment.PSH).timestamps(5, 6).payload(payload).build();
        TcpSegment s = decode(data).segment();
        assertEquals(payload.length, s.payloadLength());
        assertEquals(payload.length, s.capturedPayloadLength());
        assertArrayEquals(payload, Arrays.copyOfRange(data, s.capturedPayloadOffset(),
                s.capturedPayloadOffset() + s.capturedPayloadLength()));
        assertEquals(2000, s.ack());
        assertTrue(s.isAck() && s.isPsh());
    }

    @Test
    void allFlagBitsIncludingNs() {
        int all = TcpSegment.FIN | TcpSegment.SYN | TcpSegment.RST | TcpSegment.PSH | TcpSegment.ACK | TcpSegment.URG
                | TcpSegment.ECE | TcpSegment.CWR | TcpSegment.NS;
        TcpSegment s = decode(v4().flags(all).urgentPointer(7).build()).segment();
        assertEquals(all, s.flags());
        assertEquals(7, s.urgentPointer());
    }

    // --- link types ---------------------------------------------------------------------------------------------

    static Stream<Arguments> linkTypes() {
        byte[] ip4 = v4().payload(10).buildIp();
        byte[] ip6 = v6().payload(10).buildIp();
        return Stream.of(Arguments.of("Ethernet", LinkType.ETHERNET, v4().payload(10).build(), 4),
                Arguments.of("SLL", LinkType.LINUX_SLL, concat(sll(0x0800), ip4), 4),
                Arguments.of("SLL v6", LinkType.LINUX_SLL, concat(sll(0x86DD), ip6), 6),
                Arguments.of("SLL2", LinkType.LINUX_SLL2, concat(sll2(0x0800), ip4), 4),
                Arguments.of("SLL2 v6", LinkType.LINUX_SLL2, concat(sll2(0x86DD), ip6), 6),
                Arguments.of("RAW v4", LinkType.RAW, ip4, 4), Arguments.of("RAW v6", LinkType.RAW, ip6, 6),
                Arguments.of("IPV4", LinkType.IPV4, ip4, 4), Arguments.of("IPV6", LinkType.IPV6, ip6, 6),
                Arguments.of("NULL little-endian AF_INET", LinkType.NULL, concat(new byte[]{2, 0, 0, 0}, ip4), 4),
                Arguments.of("NULL big-endian AF_INET", LinkType.NULL, concat(new byte[]{0, 0, 0, 2}, ip4), 4),
                Arguments.of("NULL AF_INET6 24 (BSD)", LinkType.NULL, concat(new byte[]{24, 0, 0, 0}, ip6), 6),
                Arguments.of("NULL AF_INET6 28 (FreeBSD)", LinkType.NULL, concat(new byte[]{0, 0, 0, 28}, ip6), 6),
                Arguments.of("NULL AF_INET6 30 (macOS)", LinkType.NULL, concat(new byte[]{30, 0, 0, 0}, ip6), 6),
                Arguments.of("LOOP AF_INET", LinkType.LOOP, concat(new byte[]{0, 0, 0, 2}, ip4), 4),
                Arguments.of("LOOP AF_INET6", LinkType.LOOP, concat(new byte[]{0, 0, 0, 24}, ip6), 6));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("linkTypes")
    void everyLinkTypeReachesTcp(String name, int linkType, byte[] data, int ipVersion) {
        DecodedPacket p = decoder.decode(frame(linkType, data));
        assertEquals(Kind.TCP, p.kind(), name + ": " + p.problem());
        assertEquals(ipVersion, p.ipVersion());
        assertEquals(40000, p.segment().source().port());
        assertEquals(10, p.segment().payloadLength());
        assertEquals(10, p.segment().capturedPayloadLength());
        assertEquals(data.length - 10, p.segment().capturedPayloadOffset());
    }

    /** Linux cooked v1: packet type, ARPHRD, address length, 8 address bytes, protocol. */
    private static byte[] sll(int protocol) {
        return ByteBuffer.allocate(16).putShort((short) 0).putShort((short) 1).putShort((short) 6).putLong(0)
                .putShort((short) protocol).array();
    }

    /** Linux cooked v2: protocol, reserved, ifindex, ARPHRD, packet type, address length, 8 address bytes. */
    private static byte[] sll2(int protocol) {
        return ByteBuffer.allocate(20).putShort((short) protocol).putShort((short) 0).putInt(3).putShort((short) 1)
                .put((byte) 0).put((byte) 6).putLong(0).array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void anUnknownLinkTypeAndAnUnknownLoopbackFamilyAreNotIp() {
        byte[] ip4 = v4().buildIp();
        assertEquals(Kind.NOT_IP, decoder.decode(frame(147, ip4)).kind());
        assertEquals(Kind.NOT_IP, decoder.decode(frame(LinkType.NULL, concat(new byte[]{7, 0, 0, 0}, ip4))).kind());
    }

    @Test
    void arpIsNotIp() {
        byte[] arp = v4().build();
        arp[12] = 0x08;
        arp[13] = 0x06;
        DecodedPacket p = decode(arp);
        assertEquals(Kind.NOT_IP, p.kind());
        assertEquals(0, p.ipVersion());
        assertEquals(-1, p.ipTtl());
        assertNull(p.segment());
    }

    // --- VLAN -------------------------------------------------------------------------------------------------------

    static Stream<Arguments> vlanStacks() {
        return Stream.of(Arguments.of("802.1Q", new int[][]{{0x8100, 100}}),
                Arguments.of("802.1ad + 802.1Q", new int[][]{{0x88A8, 200}, {0x8100, 100}}),
                Arguments.of("0x9100 + 802.1Q", new int[][]{{0x9100, 4094}, {0x8100, 1}}),
                Arguments.of("three tags", new int[][]{{0x88A8, 3}, {0x88A8, 2}, {0x8100, 1}}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vlanStacks")
    void vlanTagsAreCrossedAndRecordedOutermostFirst(String name, int[][] tags) {
        TcpFrames.Builder b = v4().payload(5);
        for (int[] tag : tags) {
            b.vlan(tag[0], tag[1] | 0xE000); // priority bits are not part of the id
        }
        DecodedPacket p = decode(b.build());
        assertEquals(Kind.TCP, p.kind());
        assertArrayEquals(Arrays.stream(tags).mapToInt(t -> t[1]).toArray(), p.vlanIds());
        assertEquals(5, p.segment().payloadLength());
    }

    @Test
    void aVlanTagCutShortIsMalformed() {
        byte[] data = Arrays.copyOf(v4().vlan(5).build(), 16);
        DecodedPacket p = decode(data);
        assertEquals(Kind.MALFORMED, p.kind());
        assertNotNull(p.problem());
    }

    // --- IPv4 ---------------------------------------------------------------------------------------------------

    @Test
    void ipv4OptionsAreSkipped() {
        // RFC 791 §3.1: record route (7 bytes, pointer 4, one empty slot) then router alert (RFC 2113)
        byte[] options = {7, 7, 4, 0, 0, 0, 0, (byte) 0x94, 4, 0, 0};
        byte[] data = v4().ipOptions(options).payload(9).build();
        DecodedPacket p = decode(data);
        assertEquals(Kind.TCP, p.kind());
        assertEquals(9, p.segment().payloadLength());
        assertEquals(14 + 32 + 20, p.segment().capturedPayloadOffset());
    }

    static Stream<Arguments> fragments() {
        return Stream.of(Arguments.of("IPv4 first fragment (MF)", v4().payload(100).fragment(0, true).build()),
                Arguments.of("IPv4 middle fragment", v4().payload(100).fragment(185, true).build()),
                Arguments.of("IPv4 last fragment", v4().payload(100).fragment(185, false).build()),
                Arguments.of("IPv6 first fragment", v6().payload(100).fragment(0, true).build()),
                Arguments.of("IPv6 last fragment", v6().payload(100).fragment(181, false).build()),
                Arguments.of("IPv6 fragment after hop-by-hop",
                        v6().ipOptions(new byte[]{1, 2, 0, 0}).fragment(3, true).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fragments")
    void fragmentsAreNeverTcp(String name, byte[] data) {
        DecodedPacket p = decode(data);
        assertEquals(Kind.OTHER_IP, p.kind());
        assertTrue(p.ipFragment());
        assertNull(p.segment());
        assertNull(p.problem());
    }

    @Test
    void anIpv6AtomicFragmentIsAWholePacket() {
        // RFC 6946: offset 0 and M clear; the segment inside is complete
        DecodedPacket p = decode(v6().payload(3).fragment(0, false).build());
        assertEquals(Kind.TCP, p.kind());
        assertFalse(p.ipFragment());
        assertEquals(3, p.segment().payloadLength());
    }

    @Test
    void udpIsOtherIp() {
        byte[] data = v4().build();
        data[14 + 9] = 17;
        DecodedPacket p = decode(data);
        assertEquals(Kind.OTHER_IP, p.kind());
        assertEquals(4, p.ipVersion());
        assertEquals(64, p.ipTtl());
    }

    @Test
    void ethernetPaddingIsNotPayload() {
        // a bare ACK is 54 bytes; on the wire it is padded to 60, and a receiver-side capture shows the padding
        byte[] data = v4().trailer(6).build();
        assertEquals(60, data.length);
        TcpSegment s = decode(data).segment();
        assertEquals(0, s.payloadLength());
        assertEquals(0, s.capturedPayloadLength());
        assertEquals(0, s.sequenceLength());
    }

    @Test
    void paddingAfterAShortPayloadIsNotPayloadEither() {
        TcpSegment s = decode(v6().payload(1).trailer(4).build()).segment();
        assertEquals(1, s.payloadLength());
        assertEquals(1, s.capturedPayloadLength());
    }

    @Test
    void snaplenCutKeepsTheTruePayloadLength() {
        byte[] whole = v4().timestamps(1, 2).payload(1448).build();
        byte[] cut = Arrays.copyOf(whole, 96);
        DecodedPacket p = decoder.decode(new Frame(1, 0, LinkType.ETHERNET, 0, whole.length, cut, 0));
        assertEquals(Kind.TCP, p.kind());
        TcpSegment s = p.segment();
        assertEquals(1448, s.payloadLength());
        assertEquals(96 - 14 - 20 - 32, s.capturedPayloadLength());
        assertEquals(2, s.options().timestampEcho());
        assertTrue(p.problem().contains("cut short"), p.problem());
    }

    @Test
    void zeroTotalLengthFromSegmentationOffloadUsesTheFrameLength() {
        byte[] data = v4().payload(30000).build();
        data[14 + 2] = 0;
        data[14 + 3] = 0;
        TcpSegment s = decode(data).segment();
        assertEquals(30000, s.payloadLength());
        assertEquals(30000, s.capturedPayloadLength());
    }

    static Stream<Arguments> malformedFrames() {
        byte[] good = v4().payload(4).build();
        byte[] ihl4 = good.clone();
        ihl4[14] = 0x44;
        byte[] tooLong = good.clone();
        tooLong[14 + 2] = 0x10; // total length 4096+ in a 62-byte frame
        byte[] v6in4 = good.clone();
        v6in4[14] = 0x65;
        byte[] dataOffset4 = good.clone();
        dataOffset4[14 + 20 + 12] = 0x40;
        byte[] dataOffsetPastSegment = good.clone();
        dataOffsetPastSegment[14 + 20 + 12] = (byte) 0xF0;
        byte[] shortIpPayload = good.clone();
        shortIpPayload[14 + 3] = 20 + 10;
        return Stream.of(Arguments.of("Ethernet header cut", Arrays.copyOf(good, 10), "Ethernet header cut short"),
                Arguments.of("IPv4 header cut", Arrays.copyOf(good, 14 + 12), "IPv4 header cut short"),
                Arguments.of("IHL 4", ihl4, "IHL < 5"),
                Arguments.of("total length beyond frame", tooLong, "exceeds"),
                Arguments.of("IPv4 EtherType, version 6", v6in4, "version 6"),
                Arguments.of("IP header says less than the frame holds", Arrays.copyOf(good, 14 + 20 + 12),
                        "exceeds the 32 bytes of the frame"),
                Arguments.of("data offset 4", dataOffset4, "below 5"),
                Arguments.of("data offset past the segment", dataOffsetPastSegment, "exceeds the segment"),
                Arguments.of("IP payload shorter than a TCP header", shortIpPayload, "too short for a TCP header"),
                Arguments.of("IPv6 header cut", Arrays.copyOf(v6().build(), 14 + 30), "IPv6 header cut short"),
                Arguments.of("IPv6 extension header past payload",
                        withByte(v6().extensionHeader(60, 8).build(), 14 + 41, 40), "runs past"));
    }

    private static byte[] withByte(byte[] data, int index, int value) {
        data[index] = (byte) value;
        return data;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFrames")
    void malformedFramesSayWhy(String name, byte[] data, String problem) {
        DecodedPacket p = decode(data);
        assertEquals(Kind.MALFORMED, p.kind());
        assertNull(p.segment());
        assertTrue(p.problem() != null && p.problem().contains(problem), p.problem());
    }

    @Test
    void aCaptureCutBeforeTheFixedTcpHeaderEndsIsMalformed() {
        byte[] whole = v4().payload(100).build();
        DecodedPacket p = decoder.decode(new Frame(1, 0, LinkType.ETHERNET, 0, whole.length,
                Arrays.copyOf(whole, 14 + 20 + 12), 0));
        assertEquals(Kind.MALFORMED, p.kind());
        assertEquals(4, p.ipVersion());
        assertEquals("TCP header cut short: 12 of 20 bytes captured", p.problem());
    }

    @Test
    void aCaptureCutInsideTheOptionsKeepsTheSegment() {
        byte[] whole = v4().mss(1000).timestamps(1, 2).payload(100).build();
        byte[] cut = Arrays.copyOf(whole, 14 + 20 + 20 + 8);
        DecodedPacket p = decoder.decode(new Frame(1, 0, LinkType.ETHERNET, 0, whole.length, cut, 0));
        assertEquals(Kind.TCP, p.kind());
        assertEquals(1000, p.segment().options().mss());
        assertFalse(p.segment().options().hasTimestamps());
        assertTrue(p.segment().options().malformed());
        assertEquals(cut.length, p.segment().capturedPayloadOffset());
        assertEquals(0, p.segment().capturedPayloadLength());
        assertEquals(100, p.segment().payloadLength());
        assertTrue(p.problem().contains("options cut short"), p.problem());
    }

    @Test
    void snaplen96StillHoldsFullHeaders() {
        byte[] whole = v6().extensionHeader(0, 8).timestamps(1, 2).sack(10, 20).payload(1000).build();
        DecodedPacket p = decoder.decode(new Frame(1, 0, LinkType.ETHERNET, 0, whole.length,
                Arrays.copyOf(whole, 14 + 40 + 8 + 40), 0));
        assertEquals(Kind.TCP, p.kind());
        assertEquals(1000, p.segment().payloadLength());
        assertEquals(0, p.segment().capturedPayloadLength());
        assertEquals(List.of(new TcpOptions.SackBlock(10, 20)), p.segment().options().sackBlocks());
    }

    // --- IPv6 extension headers -----------------------------------------------------------------------------------

    static Stream<Arguments> extensionChains() {
        return Stream.of(Arguments.of("hop-by-hop", v6().extensionHeader(0, 8), Kind.TCP),
                Arguments.of("hop-by-hop with options", v6().ipOptions(new byte[]{5, 2, 0, 0}), Kind.TCP),
                Arguments.of("routing", v6().extensionHeader(43, 24), Kind.TCP),
                Arguments.of("destination options", v6().extensionHeader(60, 16), Kind.TCP),
                Arguments.of("authentication header", v6().extensionHeader(51, 24), Kind.TCP),
                Arguments.of("all of them", v6().extensionHeader(0, 8).extensionHeader(60, 8)
                        .extensionHeader(43, 8).extensionHeader(51, 12).extensionHeader(60, 8), Kind.TCP),
                Arguments.of("ESP", v6().extensionHeader(50, 16), Kind.OTHER_IP),
                Arguments.of("no next header", v6().extensionHeader(0, 8).extensionHeader(59, 8), Kind.OTHER_IP));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extensionChains")
    void ipv6ExtensionHeaders(String name, TcpFrames.Builder builder, Kind kind) {
        byte[] data = builder.payload(7).ttl(33).build();
        DecodedPacket p = decode(data);
        assertEquals(kind, p.kind(), p.problem());
        assertEquals(6, p.ipVersion());
        assertEquals(33, p.ipTtl());
        assertFalse(p.ipFragment());
        if (kind == Kind.TCP) {
            assertEquals(7, p.segment().payloadLength());
            assertEquals(data.length - 7, p.segment().capturedPayloadOffset());
            assertEquals("[2001:db8::1]:40000", p.segment().source().toString());
        }
    }

    // --- TCP options --------------------------------------------------------------------------------------------

    @Test
    void sackBlocksInHeaderOrder() {
        TcpOptions o = decode(v4().option(1).option(1).sack(100, 200).sack(300, 400).sack(0xFFFF_FF00L, 5).build())
                .segment().options();
        assertEquals(List.of(new TcpOptions.SackBlock(100, 200), new TcpOptions.SackBlock(300, 400),
                new TcpOptions.SackBlock(0xFFFF_FF00L, 5)), o.sackBlocks());
        assertFalse(o.malformed());
    }

    @Test
    void unknownOptionsAreKeptVerbatim() {
        // kind 30 (MPTCP, RFC 8684) and kind 34 (TFO, RFC 7413) are not interpreted
        TcpOptions o = decode(v4().option(30, (byte) 0x10, (byte) 0x81).option(34).mss(1400).build()).segment()
                .options();
        assertEquals(2, o.unknown().size());
        assertEquals(30, o.unknown().get(0).kind());
        assertArrayEquals(new byte[]{0x10, (byte) 0x81}, o.unknown().get(0).data());
        assertEquals(34, o.unknown().get(1).kind());
        assertEquals(0, o.unknown().get(1).data().length);
        assertEquals(1400, o.mss());
    }

    @Test
    void endOfOptionListStopsParsing() {
        TcpOptions o = decode(v4().mss(1200).option(0).rawOptions(new byte[]{3, 3, 9}).build()).segment()
                .options();
        assertEquals(1200, o.mss());
        assertEquals(-1, o.windowScale());
        assertFalse(o.malformed());
    }

    @Test
    void noOptionsIsNone() {
        assertEquals(TcpOptions.NONE, decode(v4().build()).segment().options());
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(Arguments.of("MSS of length 3", new byte[]{2, 3, 5, 1}),
                Arguments.of("length 0", new byte[]{8, 0, 0, 0}), Arguments.of("length 1", new byte[]{30, 1}),
                Arguments.of("past the option area", new byte[]{8, 10, 0, 0}),
                Arguments.of("no length byte", new byte[]{1, 1, 1, 1, 8}),
                Arguments.of("window scale of length 4", new byte[]{3, 4, 1, 1}),
                Arguments.of("SACK-permitted of length 3", new byte[]{4, 3, 0, 0}),
                Arguments.of("SACK with half a block", new byte[]{5, 6, 0, 0, 0, 1, 0, 0}),
                Arguments.of("timestamps of length 6", new byte[]{8, 6, 0, 0, 0, 1, 0, 0}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    void aBadOptionLengthKeepsWhatCameBefore(String name, byte[] bad) {
        DecodedPacket p = decode(v4().mss(1460).windowScale(2).rawOptions(bad).payload(3).build());
        assertEquals(Kind.TCP, p.kind());
        TcpOptions o = p.segment().options();
        assertTrue(o.malformed());
        assertEquals(1460, o.mss());
        assertEquals(2, o.windowScale());
        assertNotNull(p.problem());
        assertEquals(3, p.segment().payloadLength(), "the data offset still says where the payload is");
    }

    // --- robustness ---------------------------------------------------------------------------------------------

    @Test
    void neverThrowsAndNeverFailsInternallyOnGarbage() {
        Random random = new Random(7);
        int[] linkTypes = {LinkType.ETHERNET, LinkType.LINUX_SLL, LinkType.LINUX_SLL2, LinkType.RAW, LinkType.IPV4,
                LinkType.IPV6, LinkType.NULL, LinkType.LOOP, 9999};
        byte[][] seeds = {v4().mss(1).sack(1, 2).payload(20).build(), v6().extensionHeader(0, 8).build()};
        for (int i = 0; i < 20_000; i++) {
            byte[] data = seeds[i % 2].clone();
            for (int k = random.nextInt(6); k >= 0; k--) {
                data[random.nextInt(data.length)] = (byte) random.nextInt(256);
            }
            data = Arrays.copyOf(data, random.nextInt(data.length + 1));
            int original = data.length + (random.nextBoolean() ? 0 : random.nextInt(2000));
            DecodedPacket p = decoder.decode(new Frame(i, 0, linkTypes[i % linkTypes.length], 0, original, data, 0));
            assertNotNull(p.kind());
            assertFalse(p.problem() != null && p.problem().startsWith("decoder failure"), p.problem());
            if (p.isTcp()) {
                TcpSegment s = p.segment();
                assertTrue(s.capturedPayloadLength() >= 0 && s.capturedPayloadLength() <= s.payloadLength());
                assertTrue(s.capturedPayloadOffset() + s.capturedPayloadLength() <= data.length);
            }
        }
    }
}
