package org.offloadlab.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offloadlab.testing.TcpFrames;
import org.offloadlab.testing.TestCaptures;

class BpfFilterTest {

    private static Path shared(String name) {
        Path dir = TestCaptures.sharedDir().orElse(null);
        Assumptions.assumeTrue(dir != null, "no shared captures beside the checkout");
        return dir.resolve(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple_http.pcap", "simple_http_sll.pcap"})
    void tcpPort80MatchesExactlyTheTcpFrames(String name) throws IOException {
        PacketDecoder decoder = new PacketDecoder();
        List<Long> matched = new ArrayList<>();
        List<Long> tcp = new ArrayList<>();
        try (BpfFilter filter = BpfFilter.compile("tcp port 80");
                CaptureReader reader = CaptureFiles.open(shared(name))) {
            for (Frame f = reader.next(); f != null; f = reader.next()) {
                if (filter.matches(f)) {
                    matched.add(f.number());
                }
                DecodedPacket p = decoder.decode(f);
                if (p.isTcp() && (p.segment().source().port() == 80 || p.segment().destination().port() == 80)) {
                    tcp.add(f.number());
                }
            }
        }
        assertEquals(14, tcp.size(), "simple_http has 14 TCP frames");
        assertEquals(tcp, matched);
    }

    @Test
    void eachLinkTypeGetsItsOwnProgram() {
        TcpFrames.Builder segment = TcpFrames.ipv4("10.1.1.1", 5000, "10.2.2.2", 443).ack(1);
        try (BpfFilter filter = BpfFilter.compile("tcp dst port 443 and src host 10.1.1.1")) {
            assertTrue(filter.matches(new Frame(1, 0, LinkType.ETHERNET, 0, 54, segment.build(), 0)));
            byte[] raw = segment.buildIp();
            assertTrue(filter.matches(new Frame(2, 0, LinkType.RAW, 0, raw.length, raw, 0)));
            assertTrue(filter.matches(new Frame(3, 0, LinkType.IPV4, 0, raw.length, raw, 0)));
            byte[] other = TcpFrames.ipv4("10.1.1.1", 5000, "10.2.2.2", 80).buildIp();
            assertFalse(filter.matches(new Frame(4, 0, LinkType.RAW, 0, other.length, other, 0)));
        }
    }

    @Test
    void aBadExpressionCarriesLibpcapsMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BpfFilter.compile("tcp portx 80"));
        assertTrue(e.getMessage().contains("tcp portx 80"), e.getMessage());
        assertTrue(e.getMessage().contains("syntax error"), "libpcap's own words: " + e.getMessage());
    }

    @Test
    void anExpressionThatDoesNotSuitTheFramesLinkTypeSaysSo() {
        byte[] raw = TcpFrames.ipv4("10.1.1.1", 5000, "10.2.2.2", 443).buildIp();
        try (BpfFilter filter = BpfFilter.compile("ether host 02:00:00:00:00:01")) {
            assertTrue(filter.matches(
                    new Frame(1, 0, LinkType.ETHERNET, 0, 54, TcpFrames.ipv4("1.1.1.1", 1, "2.2.2.2", 2).build(), 0)));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> filter.matches(new Frame(2, 0, LinkType.RAW, 0, raw.length, raw, 0)));
            assertTrue(e.getMessage().contains("RAW"), e.getMessage());
        }
    }

    @Test
    void aClosedFilterRefusesToMatch() {
        BpfFilter filter = BpfFilter.compile("tcp");
        filter.close();
        byte[] data = TcpFrames.ipv4("1.1.1.1", 1, "2.2.2.2", 2).build();
        assertThrows(IllegalStateException.class,
                () -> filter.matches(new Frame(1, 0, LinkType.ETHERNET, 0, data.length, data, 0)));
        assertEquals("tcp", filter.expression());
    }
}
