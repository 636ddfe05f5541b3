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

    // Written out instead of the record's generated equals/hashCode: addresses are compared on every connection
    // lookup, and the generic ObjectMethods implementation showed up first in the analysis profile.
    @Override
    public boolean equals(Object o) {
        return o instanceof IpAddress a && a.low == low && a.high == high && a.v6 == v6;
    }

    @Override
    public int hashCode() {
        long h = (high * 0x9E37_79B9_7F4A_7C15L + low) * 0xC2B2_AE3D_27D4_EB4FL;
        return (int) (h ^ (h >>> 32)) ^ (v6 ? 1 : 0);
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
