package org.offloadlab.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.offloadlab.testing.TcpFrames;

/** The shared frame fixture produces valid checksums, so tests built on it look like real traffic. */
class TcpFramesTest {

    static Stream<Arguments> frames() {
        return Stream.of(Arguments.of("v4 SYN", TcpFrames.ipv4("10.0.0.1", 1, "10.0.0.2", 2).flags(TcpSegment.SYN)
                .mss(1460).sackPermitted().timestamps(1, 0).windowScale(7).build()),
                Arguments.of("v4 odd payload", TcpFrames.ipv4("10.0.0.1", 1, "10.0.0.2", 2).ack(5).payload(
                        new byte[]{1, 2, 3, (byte) 0xFF, (byte) 0xFE}).build()),
                Arguments.of("v4 options + VLAN", TcpFrames.ipv4("192.0.2.1", 1, "192.0.2.2", 2)
                        .ipOptions(new byte[]{(byte) 0x94, 4, 0, 0}).vlan(10).payload(1000).build()),
                Arguments.of("v6", TcpFrames.ipv6("2001:db8::1", 1, "2001:db8::2", 2).sack(1, 2).payload(33)
                        .build()),
                Arguments.of("v6 big", TcpFrames.ipv6("fe80::1", 1, "fe80::2", 2).payload(65_000).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void checksumsVerify(String name, byte[] frame) {
        DecodedPacket p = new PacketDecoder().decode(new Frame(1, 0, LinkType.ETHERNET, 0, frame.length, frame, 0));
        assertEquals(DecodedPacket.Kind.TCP, p.kind(), p.problem());
        int ipOffset = frame.length - p.segment().payloadLength() - p.segment().headerLength()
                - (p.ipVersion() == 4 ? ipv4HeaderLength(frame, p) : 40);
        int tcpOffset = p.segment().capturedPayloadOffset() - p.segment().headerLength();
        int tcpLength = frame.length - tcpOffset;
        long sum;
        if (p.ipVersion() == 4) {
            int headerLength = (frame[ipOffset] & 0xF) * 4;
            assertEquals(0xFFFF, fold(sum(frame, ipOffset, headerLength)), "IPv4 header checksum");
            sum = sum(frame, ipOffset + 12, 8) + 6 + tcpLength;
        } else {
            sum = sum(frame, ipOffset + 8, 32) + 6 + tcpLength;
        }
        assertEquals(0xFFFF, fold(sum + sum(frame, tcpOffset, tcpLength)), "TCP checksum");
    }

    private static int ipv4HeaderLength(byte[] frame, DecodedPacket p) {
        int tcpOffset = p.segment().capturedPayloadOffset() - p.segment().headerLength();
        for (int ihl = 5; ihl <= 15; ihl++) {
            int start = tcpOffset - ihl * 4;
            if ((frame[start] & 0xFF) == (0x40 | ihl)) {
                return ihl * 4;
            }
        }
        throw new AssertionError("no IPv4 header");
    }

    private static long sum(byte[] b, int from, int length) {
        long s = 0;
        for (int i = 0; i < length; i += 2) {
            int hi = b[from + i] & 0xFF;
            int lo = i + 1 < length ? b[from + i + 1] & 0xFF : 0;
            s += hi << 8 | lo;
        }
        return s;
    }

    private static int fold(long sum) {
        long s = sum;
        while (s >>> 16 != 0) {
            s = (s & 0xFFFF) + (s >>> 16);
        }
        return (int) s;
    }

    @org.junit.jupiter.api.Test
    void rejectsHostNamesAndWrongFamilies() {
        assertThrows(IllegalArgumentException.class, () -> TcpFrames.ipv4("localhost", 1, "10.0.0.1", 2));
        assertThrows(IllegalArgumentException.class, () -> TcpFrames.ipv4("::1", 1, "10.0.0.1", 2));
        assertThrows(IllegalArgumentException.class, () -> TcpFrames.ipv6("10.0.0.1", 1, "::1", 2));
    }
}
