package org.offloadlab.pcap.internal;

import org.offloadlab.pcap.DecodedPacket;
import org.offloadlab.pcap.DecodedPacket.Kind;
import org.offloadlab.pcap.Frame;

/** Link layer, IP, TCP: the steps behind {@code PacketDecoder}. */
public final class FrameDecoder {

    private static final int TCP = 6;

    private FrameDecoder() {
    }

    public static DecodedPacket decode(Frame frame) {
        byte[] d = frame.data();
        NetworkLayer link = NetworkLayer.locate(frame.linkType(), d);
        if (link.problem() != null) {
            return new DecodedPacket(frame, Kind.MALFORMED, 0, link.vlanIds(), false, -1, null, link.problem());
        }
        int wireLength = Math.max(frame.originalLength(), d.length) - link.offset();
        IpHeader ip;
        if (link.etherType() == NetworkLayer.IPV4) {
            ip = IpHeader.ipv4(d, link.offset(), wireLength);
        } else if (link.etherType() == NetworkLayer.IPV6) {
            ip = IpHeader.ipv6(d, link.offset(), wireLength);
        } else {
            return new DecodedPacket(frame, Kind.NOT_IP, 0, link.vlanIds(), false, -1, null, null);
        }
        if (ip.problem != null) {
            return new DecodedPacket(frame, Kind.MALFORMED, ip.version, link.vlanIds(), ip.fragment, ip.ttl, null,
                    ip.problem);
        }
        if (ip.fragment || ip.protocol != TCP) {
            // a fragment's bytes are not a TCP header (or only part of one): never decode it as TCP
            return new DecodedPacket(frame, Kind.OTHER_IP, ip.version, link.vlanIds(), ip.fragment, ip.ttl, null,
                    null);
        }
        TcpHeaderParser.Result tcp = TcpHeaderParser.parse(d, ip);
        Kind kind = tcp.segment() != null ? Kind.TCP : Kind.MALFORMED;
        return new DecodedPacket(frame, kind, ip.version, link.vlanIds(), false, ip.ttl, tcp.segment(),
                tcp.problem());
    }
}
