package org.offloadlab.dma;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An IPv4 or IPv6 address as two longs (IPv4 in the low 32 bits of {@code low}), so prefix matching is a few shifts.
 *
 * @param v6
 *            whether this is an IPv6 address
 * @param high
 *            the first 64 bits of an IPv6 address, 0 for IPv4
 * @param low
 *            the last 64 bits of an IPv6 address, or the IPv4 address
 */
public record IpAddress(boolean v6, long high, long low) {

    /** Validates the IPv4 range. */
    public IpAddress {
        if (!v6 && (high != 0 || (low >>> 32) != 0)) {
            throw new IllegalArgumentException("an IPv4 address has 32 bits");
        }
    }

    /** An IPv4 address from its 32-bit value. */
    public static IpAddress ipv4(int address) {
        return new IpAddress(false, 0, address & 0xFFFF_FFFFL);
    }

    /** The address of 4 or 16 network-order bytes. */
    public static IpAddress of(byte[] bytes) {
        if (bytes.length == 4) {
            return ipv4(((bytes[0] & 0xFF) << 24) | ((bytes[1] & 0xFF) << 16) | ((bytes[2] & 0xFF) << 8)
                    | (bytes[3] & 0xFF));
        }
        if (bytes.length == 16) {
            long hi = 0;
            long lo = 0;
            for (int i = 0; i < 8; i++) {
                hi = (hi << 8) | (bytes[i] & 0xFF);
                lo = (lo << 8) | (bytes[i + 8] & 0xFF);
            }
            return new IpAddress(true, hi, lo);
        }
        throw new IllegalArgumentException("an IP address has 4 or 16 bytes, got " + bytes.length);
    }

    /** Parses a numeric literal such as {@code 10.1.2.3} or {@code 2001:db8::1}; never resolves names. */
    public static IpAddress parse(String literal) {
        String s = literal.trim();
        boolean ok = !s.isEmpty();
        for (int i = 0; i < s.length() && ok; i++) {
            char c = s.charAt(i);
            ok = Character.digit(c, 16) >= 0 || c == '.' || c == ':';
        }
        boolean looksV4 = s.indexOf(':') < 0;
        if (ok && looksV4) {
            ok = s.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        }
        if (!ok) {
            throw new IllegalArgumentException("not a numeric IP address: '" + literal + "'");
        }
        try {
            // a validated literal: InetAddress parses it without any name lookup
            return of(InetAddress.getByName(s).getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not a numeric IP address: '" + literal + "'", e);
        }
    }

    /** Bits in the address: 32 or 128. */
    public int bits() {
        return v6 ? 128 : 32;
    }

    @Override
    public String toString() {
        if (!v6) {
            return (low >>> 24) + "." + ((low >>> 16) & 0xFF) + "." + ((low >>> 8) & 0xFF) + "." + (low & 0xFF);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            long word = i < 4 ? high >>> (48 - 16 * i) : low >>> (48 - 16 * (i - 4));
            b.append(i == 0 ? "" : ":").append(Long.toHexString(word & 0xFFFF));
        }
        return b.toString();
    }
}
