package org.offloadlab.pcap;

import org.offloadlab.pcap.internal.FrameDecoder;

/**
 * Decodes frames down to TCP: Ethernet (with 802.1Q/802.1ad/QinQ tags), Linux cooked v1 and v2, raw IP, BSD NULL and
 * OpenBSD LOOP; IPv4 with options (RFC 791) and IPv6 with extension headers (RFC 8200); TCP with its options (RFC 9293
 * §3.1, RFC 7323, RFC 2018). Stateless and thread-safe.
 */
public final class PacketDecoder {

    /**
     * Never throws: a frame that is not TCP, is a fragment, or is damaged comes back with the matching
     * {@link DecodedPacket.Kind} and, when something was wrong or cut short, a {@link DecodedPacket#problem()}.
     */
    public DecodedPacket decode(Frame frame) {
        try {
            return FrameDecoder.decode(frame);
        } catch (RuntimeException e) {
            // a decoder bug must not end an analysis of millions of frames; report it on the frame instead
            return new DecodedPacket(frame, DecodedPacket.Kind.MALFORMED, 0, new int[0], false, -1, null,
                    "decoder failure: " + e);
        }
    }
}
