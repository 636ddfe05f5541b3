package org.offloadlab.pcap.internal;

import static org.offloadlab.pcap.internal.Bytes.s32;
import static org.offloadlab.pcap.internal.Bytes.s64;
import static org.offloadlab.pcap.internal.Bytes.u16;
import static org.offloadlab.pcap.internal.Bytes.u8;

import org.offloadlab.pcap.IpAddress;

/**
 * The IP facts of one packet: addresses, the upper-layer protocol and where its bytes are. Lengths come from the IP
 * length fields, so trailing Ethernet padding is excluded and a snaplen-cut packet keeps its true size.
 */
final class IpHeader {

    /** Protocol numbers (IANA) of the IPv6 extension headers walked over (RFC 8200 §4). */
    private static final int HOP_BY_HOP = 0;
    private static final int ROUTING = 43;
    private static final int FRAGMENT = 44;
    private static final int ESP = 50;
    private static final int AUTHENTICATION = 51;
    private static final int NO_NEXT_HEADER = 59;
    private static final int DESTINATION_OPTIONS = 60;

    final int version;
    int ttl = -1;
    boolean fragment;
    /** Upper-layer protocol (6 = TCP), or -1 when decoding stopped (ESP, no next header). */
    int protocol = -1;
    IpAddress source;
    IpAddress destination;
    /** Offset of the upper-layer header in the frame. */
    int payloadOffset;
    /** Upper-layer bytes on the wire, from the IP length fields. */
    int payloadLength;
    /** Offset just past the IP packet; bytes from here on (Ethernet padding) are not part of it. */
    int end;
    /** Why the header is unusable, else {@code null}. */
    String problem;

    private IpHeader(int version) {
        this.version = version;
    }

    /**
     * RFC 791 §3.1.
     *
     * @param wireLength
     *            bytes of the frame on the wire from {@code offset} on (the frame's original length minus
     *            {@code offset}), which bounds the total length even when the capture holds fewer
     */
    static IpHeader ipv4(byte[] d, int offset, int wireLength) {
        IpHeader ip = new IpHeader(4);
        int captured = d.length - offset;
        if (captured < 20) {
            return ip.fail("IPv4 header cut short: " + Math.max(captured, 0) + " of 20 bytes captured");
        }
        int version = u8(d, offset) >> 4;
        if (version != 4) {
            return ip.fail("IPv4 EtherType but IP version " + version);
        }
        int headerLength = (u8(d, offset) & 0xF) * 4;
        if (headerLength < 20) {
            return ip.fail("IPv4 header length " + headerLength + " is below 20 (IHL < 5)");
        }
        ip.ttl = u8(d, offset + 8);
        ip.source = IpAddress.ipv4(s32(d, offset + 12));
        ip.destination = IpAddress.ipv4(s32(d, offset + 16));
        if (headerLength > captured) {
            return ip.fail("IPv4 options cut short: header length " + headerLength + ", " + captured + " captured");
        }
        int totalLength = u16(d, offset + 2);
        if (totalLength == 0) {
            // TCP segmentation offload: the host hands the NIC a super-frame whose length the NIC fills in
            totalLength = wireLength;
        }
        if (totalLength < headerLength) {
            return ip.fail("IPv4 total length " + totalLength + " is shorter than its " + headerLength
                    + "-byte header");
        }
        if (totalLength > wireLength) {
            return ip.fail("IPv4 total length " + totalLength + " exceeds the " + wireLength + " bytes of the frame");
        }
        int flagsAndOffset = u16(d, offset + 6);
        boolean moreFragments = (flagsAndOffset & 0x2000) != 0;
        ip.fragment = moreFragments || (flagsAndOffset & 0x1FFF) != 0;
        ip.protocol = u8(d, offset + 9);
        ip.payloadOffset = offset + headerLength;
        ip.payloadLength = totalLength - headerLength;
        ip.end = offset + totalLength;
        return ip;
    }

    /** RFC 8200 §3 and the extension-header chain of §4. */
    static IpHeader ipv6(byte[] d, int offset, int wireLength) {
        IpHeader ip = new IpHeader(6);
        int captured = d.length - offset;
        if (captured < 40) {
            return ip.fail("IPv6 header cut short: " + Math.max(captured, 0) + " of 40 bytes captured");
        }
        int version = u8(d, offset) >> 4;
        if (version != 6) {
            return ip.fail("IPv6 EtherType but IP version " + version);
        }
        ip.ttl = u8(d, offset + 7);
        ip.source = IpAddress.ipv6(s64(d, offset + 8), s64(d, offset + 16));
        ip.destination = IpAddress.ipv6(s64(d, offset + 24), s64(d, offset + 32));
        int payloadLength = u16(d, offset + 4);
        if (payloadLength == 0) {
            // a jumbogram (RFC 2675) or a segmentation-offload super-frame: the frame says how long it is
            payloadLength = wireLength - 40;
        }
        if (40 + payloadLength > wireLength) {
            return ip.fail("IPv6 payload length " + payloadLength + " exceeds the " + (wireLength - 40)
                    + " bytes after the header");
        }
        ip.end = offset + 40 + payloadLength;
        int next = u8(d, offset + 6);
        int pos = offset + 40;
        while (true) {
            int headerLength;
            switch (next) {
                case HOP_BY_HOP, ROUTING, DESTINATION_OPTIONS -> {
                    if (pos + 2 > d.length) {
                        return ip.fail("IPv6 extension header " + next + " cut short");
                    }
                    headerLength = (u8(d, pos + 1) + 1) * 8;
                }
                case AUTHENTICATION -> {
                    if (pos + 2 > d.length) {
                        return ip.fail("IPv6 Authentication Header cut short");
                    }
                    // RFC 4302 §2.2: length in 4-byte units, minus 2
                    headerLength = (u8(d, pos + 1) + 2) * 4;
                }
                case FRAGMENT -> {
                    if (pos + 8 > d.length) {
                        return ip.fail("IPv6 Fragment header cut short");
                    }
                    headerLength = 8;
                    int offsetAndFlags = u16(d, pos + 2);
                    // RFC 6946: an atomic fragment (offset 0, M clear) is a whole packet and is decoded as one
                    if ((offsetAndFlags & 0xFFF8) != 0 || (offsetAndFlags & 1) != 0) {
                        ip.fragment = true;
                    }
                }
                case ESP, NO_NEXT_HEADER -> {
                    // ESP hides what follows; 59 says nothing follows
                    return ip.finish(-1, pos);
                }
                default -> {
                    return ip.finish(next, pos);
                }
            }
            if (pos + headerLength > ip.end) {
                return ip.fail("IPv6 extension header " + next + " runs past the payload length");
            }
            next = u8(d, pos);
            pos += headerLength;
            if (ip.fragment) {
                return ip.finish(next, pos);
            }
        }
    }

    private IpHeader finish(int upperProtocol, int upperOffset) {
        protocol = upperProtocol;
        payloadOffset = upperOffset;
        payloadLength = end - upperOffset;
        return this;
    }

    private IpHeader fail(String why) {
        problem = why;
        return this;
    }
}
