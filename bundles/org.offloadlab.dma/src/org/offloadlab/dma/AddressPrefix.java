package org.offloadlab.dma;

/**
 * A remote-address prefix such as {@code 10.0.0.0/8} or {@code 2001:db8::/32}.
 *
 * @param network
 *            the network address
 * @param length
 *            prefix length in bits, 0 .. 32 (IPv4) or 0 .. 128 (IPv6)
 */
public record AddressPrefix(IpAddress network, int length) {

    /** Validates the length. */
    public AddressPrefix {
        if (length < 0 || length > network.bits()) {
            throw new IllegalArgumentException("prefix length " + length + " out of 0.." + network.bits());
        }
    }

    /** Parses {@code address/length}; a bare address is a host prefix. */
    public static AddressPrefix parse(String text) {
        int slash = text.indexOf('/');
        IpAddress a = IpAddress.parse(slash < 0 ? text : text.substring(0, slash));
        if (slash < 0) {
            return new AddressPrefix(a, a.bits());
        }
        try {
            return new AddressPrefix(a, Integer.parseInt(text.substring(slash + 1).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad prefix length in '" + text + "'", e);
        }
    }

    /** Whether {@code address} lies in this prefix (never across address families). */
    public boolean contains(IpAddress address) {
        if (address.v6() != network.v6()) {
            return false;
        }
        if (!address.v6()) {
            return length == 0 || ((address.low() ^ network.low()) >>> (32 - length)) == 0;
        }
        if (length <= 64) {
            return length == 0 || ((address.high() ^ network.high()) >>> (64 - length)) == 0;
        }
        return address.high() == network.high() && ((address.low() ^ network.low()) >>> (128 - length)) == 0;
    }

    @Override
    public String toString() {
        return network + "/" + length;
    }
}
