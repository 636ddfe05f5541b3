package org.offloadlab.pcap;

/**
 * The result of decoding one frame down to TCP. Decoding never throws: a frame that is not TCP, or is damaged, is
 * described by {@link #kind()} and {@link #problem()}.
 *
 * @param frame
 *            the frame decoded
 * @param kind
 *            what the frame turned out to be
 * @param ipVersion
 *            4, 6, or 0 when no IP header was found
 * @param vlanIds
 *            VLAN ids of the 802.1Q/802.1ad tags crossed, outermost first (empty when untagged)
 * @param ipFragment
 *            the IP packet is a fragment (IPv4 MF or offset ≠ 0, IPv6 Fragment header); never decoded as TCP
 * @param ipTtl
 *            IPv4 TTL or IPv6 hop limit, -1 when no IP header
 * @param segment
 *            the TCP segment when {@code kind == TCP}, else {@code null}
 * @param problem
 *            what was wrong when {@code kind == MALFORMED} or the frame was cut short, else {@code null}
 */
public record DecodedPacket(Frame frame, Kind kind, int ipVersion, int[] vlanIds, boolean ipFragment, int ipTtl,
        TcpSegment segment, String problem) {

    public enum Kind {
        /** A complete-enough TCP header was decoded. */
        TCP,
        /** IP, but not TCP (UDP, ICMP, …) or a fragment. */
        OTHER_IP,
        /** Not IP at all (ARP, LLDP, …) or a link type the decoder does not know. */
        NOT_IP,
        /** Headers inconsistent or cut short before the TCP header ended. */
        MALFORMED
    }

    public boolean isTcp() {
        return kind == Kind.TCP;
    }
}
