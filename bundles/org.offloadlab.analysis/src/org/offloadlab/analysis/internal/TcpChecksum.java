package org.offloadlab.analysis.internal;

import org.offloadlab.pcap.IpAddress;
import org.offloadlab.pcap.TcpSegment;

/**
 * Verifies the TCP checksum: the ones' complement sum over the pseudo-header (RFC 9293 §3.1 for IPv4, RFC 8200 §8.1 for
 * IPv6) and the whole segment. Only used when the user asks for it, because captures taken on a sending host with
 * checksum offload carry checksums the NIC fills in later.
 */
final class TcpChecksum {

    private static final int PROTOCOL_TCP = 6;

    private TcpChecksum() {
    }

    /** @return false only when the whole segment was captured and its checksum is wrong */
    static boolean plausible(TcpSegment s, byte[] frame) {
        if (s.capturedPayloadLength() < s.payloadLength()) {
            return true;
        }
        int start = s.capturedPayloadOffset() - s.headerLength();
        int length = s.headerLength() + s.payloadLength();
        if (start < 0 || start + length > frame.length) {
            return true;
        }
        long sum = address(s.source().address()) + address(s.destination().address()) + PROTOCOL_TCP + length;
        for (int i = 0; i + 1 < length; i += 2) {
            sum += ((frame[start + i] & 0xFF) << 8) | (frame[start + i + 1] & 0xFF);
        }
        if ((length & 1) != 0) {
            sum += (frame[start + length - 1] & 0xFF) << 8;
        }
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return sum == 0xFFFF;
    }

    private static long address(IpAddress ip) {
        return words(ip.high()) + words(ip.low());
    }

    private static long words(long v) {
        return (v & 0xFFFF) + ((v >>> 16) & 0xFFFF) + ((v >>> 32) & 0xFFFF) + (v >>> 48);
    }
}
