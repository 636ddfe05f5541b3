package org.offloadlab.pcap.internal;

import static org.offloadlab.pcap.internal.Bytes.u16;

import java.util.Arrays;

import org.offloadlab.pcap.LinkType;

/**
 * Where a frame's network layer starts, found from its link-layer header.
 *
 * @param etherType
 *            {@link #IPV4}, {@link #IPV6}, another EtherType, or {@link #UNKNOWN} for a link type not decoded
 * @param offset
 *            first byte of the network-layer header
 * @param vlanIds
 *            802.1Q / 802.1ad VLAN ids crossed, outermost first
 * @param problem
 *            why the link-layer header could not be read, else {@code null}
 */
record NetworkLayer(int etherType, int offset, int[] vlanIds, String problem) {

    static final int IPV4 = 0x0800;
    static final int IPV6 = 0x86DD;
    static final int UNKNOWN = -1;

    static final int[] NO_VLANS = new int[0];

    /** IEEE 802.1Q C-tag, 802.1ad S-tag, and the pre-standard 0x9100 QinQ tag. */
    private static final int TPID_8021Q = 0x8100;
    private static final int TPID_8021AD = 0x88A8;
    private static final int TPID_QINQ = 0x9100;

    /** BSD AF_INET, and AF_INET6 as NetBSD/OpenBSD (24), FreeBSD (28) and macOS (30) number it. */
    private static final int AF_INET = 2;

    static NetworkLayer locate(int linkType, byte[] d) {
        return switch (linkType) {
            case LinkType.ETHERNET -> ethernet(d, 12, 14, "Ethernet");
            case LinkType.LINUX_SLL -> ethernet(d, 14, 16, "Linux cooked (SLL)");
            case LinkType.LINUX_SLL2 -> ethernet(d, 0, 20, "Linux cooked v2 (SLL2)");
            case LinkType.RAW -> raw(d);
            case LinkType.IPV4 -> new NetworkLayer(IPV4, 0, NO_VLANS, null);
            case LinkType.IPV6 -> new NetworkLayer(IPV6, 0, NO_VLANS, null);
            case LinkType.NULL -> loopback(d, false);
            case LinkType.LOOP -> loopback(d, true);
            default -> new NetworkLayer(UNKNOWN, 0, NO_VLANS, null);
        };
    }

    private static NetworkLayer ethernet(byte[] d, int typeOffset, int headerLength, String name) {
        if (d.length < headerLength) {
            return cut(UNKNOWN, name + " header cut short: " + d.length + " of " + headerLength + " bytes");
        }
        int type = u16(d, typeOffset);
        int offset = headerLength;
        int[] vlans = NO_VLANS;
        while (type == TPID_8021Q || type == TPID_8021AD || type == TPID_QINQ) {
            if (d.length < offset + 4) {
                return cut(type, "VLAN tag cut short at byte " + offset);
            }
            vlans = Arrays.copyOf(vlans, vlans.length + 1);
            vlans[vlans.length - 1] = u16(d, offset) & 0x0FFF;
            type = u16(d, offset + 2);
            offset += 4;
        }
        return new NetworkLayer(type, offset, vlans, null);
    }

    private static NetworkLayer raw(byte[] d) {
        if (d.length == 0) {
            return cut(UNKNOWN, "raw IP frame is empty");
        }
        return switch (d[0] >> 4 & 0xF) {
            case 4 -> new NetworkLayer(IPV4, 0, NO_VLANS, null);
            case 6 -> new NetworkLayer(IPV6, 0, NO_VLANS, null);
            default -> cut(UNKNOWN, "raw IP frame with IP version " + (d[0] >> 4 & 0xF));
        };
    }

    /**
     * NULL: the 4-byte address family is in the capturing host's byte order, which the file does not record, so both
     * orders are tried. LOOP: always network order.
     */
    private static NetworkLayer loopback(byte[] d, boolean networkOrderOnly) {
        if (d.length < 4) {
            return cut(UNKNOWN, "loopback header cut short: " + d.length + " of 4 bytes");
        }
        int bigEndian = Bytes.s32(d, 0);
        int family = networkOrderOnly || isKnownFamily(bigEndian) ? bigEndian : Integer.reverseBytes(bigEndian);
        int type = family == AF_INET ? IPV4 : family == 24 || family == 28 || family == 30 ? IPV6 : UNKNOWN;
        return new NetworkLayer(type, 4, NO_VLANS, null);
    }

    private static boolean isKnownFamily(int family) {
        return family == AF_INET || family == 24 || family == 28 || family == 30;
    }

    private static NetworkLayer cut(int etherType, String problem) {
        return new NetworkLayer(etherType, 0, NO_VLANS, problem);
    }
}
