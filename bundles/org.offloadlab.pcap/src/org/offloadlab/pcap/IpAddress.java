package org.offloadlab.pcap;

/**
 * An IPv4 or IPv6 address as a compact value (no {@code InetAddress}, no DNS). IPv4 addresses live in the low 32 bits
 * of {@code low} with {@code high == 0}.
 */
public record IpAddress(boolean v6, long high, long low) implements Comparable<IpAddress> {

    public static IpAddress ipv4(int address) {
        return new IpAddress(false, 0, address & 0xFFFF_FFFFL);
    }

    public static IpAddress ipv6(long high, long low) {
        return new IpAddress(true, high, low);
    }

    /** Parses dotted-quad IPv4 or RFC 5952 IPv6 text; throws {@link IllegalArgumentException} on anything else. */
    public static IpAddress parse(String text) {
        return IpAddressText.parse(text);
    }

    /** Dotted quad for IPv4; RFC 5952 canonical text for IPv6 (as Wireshark prints it). */
    @Override
    public String toString() {
        return IpAddressText.format(this);
    }

    @Override
    public int compareTo(IpAddress o) {
        int c = Boolean.compare(v6, o.v6);
        if (c == 0) {
            c = Long.compareUnsigned(high, o.high);
        }
        return c != 0 ? c : Long.compareUnsigned(low, o.low);
    }
}
