package org.offloadlab.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing per RFC 4291 §2.2, printing per RFC 5952 as glibc's inet_ntop (and so Wireshark) does. */
class IpAddressTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0.0.0.0, 0.0.0.0", "255.255.255.255, 255.255.255.255", "10.0.0.1, 10.0.0.1",
            "192.168.001.010, 192.168.1.10",
            // RFC 5952 §4.1 leading zeros, §4.3 lowercase
            "2001:0DB8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
            // §4.2.2: a single zero word is not compressed
            "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
            // §4.2.3: the longest run wins, the first of equal runs wins
            "2001:0:0:1:0:0:0:1, 2001:0:0:1::1", "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
            "::, ::", "::1, ::1", "1::, 1::", "fe80::1:2, fe80::1:2", "1:2:3:4:5:6:7::, 1:2:3:4:5:6:7:0",
            "::2:3:4:5:6:7:8, 0:2:3:4:5:6:7:8", "ff02::16, ff02::16",
            // §5: IPv4-mapped and IPv4-compatible keep a dotted tail, as inet_ntop prints them
            "::ffff:192.0.2.1, ::ffff:192.0.2.1", "::ffff:c000:0201, ::ffff:192.0.2.1", "::192.0.2.1, ::192.0.2.1",
            "64:ff9b::192.0.2.33, 64:ff9b::c000:221", "1:2:3:4:5:6:1.2.3.4, 1:2:3:4:5:6:102:304"})
    void parsesAndPrintsCanonically(String text, String canonical) {
        IpAddress address = IpAddress.parse(text);
        assertEquals(canonical, address.toString());
        assertEquals(address, IpAddress.parse(canonical), "the canonical form parses back");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.4.", ".1.2.3.4", "1..2.3", "a.b.c.d",
            "1.2.3.1234", ":", ":::", "1:::2", "1::2::3", ":1::2", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "12345::",
            "g::1", "1::2:", "1:2:3:4:5:6:7:1.2.3.4", "::1.2.3", "1:2:3:4:5:6:7:8::", "fe80::1%eth0", " ::1"})
    void rejectsAnythingElse(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IpAddress.parse(text));
        assertTrue(e.getMessage().contains("\"" + text + "\"") || text.isEmpty(), e.getMessage());
    }

    @Test
    void ipv4ValuesAndOrdering() {
        IpAddress a = IpAddress.parse("128.0.0.1");
        assertEquals(IpAddress.ipv4(0x8000_0001), a);
        assertEquals(0x8000_0001L, a.low());
        assertTrue(a.compareTo(IpAddress.parse("127.255.255.255")) > 0, "unsigned order");
        assertTrue(a.compareTo(IpAddress.parse("::1")) < 0, "IPv4 before IPv6");
        assertTrue(IpAddress.parse("8000::").compareTo(IpAddress.parse("7fff::")) > 0);
    }

    @Test
    void endpointsPrintAsTheTablesDo() {
        assertEquals("10.0.0.1:80", new Endpoint(IpAddress.parse("10.0.0.1"), 80).toString());
        assertEquals("[2001:db8::1]:443", new Endpoint(IpAddress.parse("2001:db8::1"), 443).toString());
    }
}
