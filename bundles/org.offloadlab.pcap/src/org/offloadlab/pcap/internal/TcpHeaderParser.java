package org.offloadlab.pcap.internal;

import static org.offloadlab.pcap.internal.Bytes.u16;
import static org.offloadlab.pcap.internal.Bytes.u32;
import static org.offloadlab.pcap.internal.Bytes.u8;

import org.offloadlab.pcap.Endpoint;
import org.offloadlab.pcap.TcpSegment;

/** The TCP header of RFC 9293 §3.1, given where the IP layer says the segment is. */
final class TcpHeaderParser {

    static final int FIXED_HEADER = 20;

    private TcpHeaderParser() {
    }

    /**
     * @param segment
     *            the segment, or {@code null} when the header is unusable
     * @param problem
     *            why the header is unusable, or what was cut short or malformed in a usable one; else null
     */
    record Result(TcpSegment segment, String problem) {
    }

    static Result parse(byte[] d, IpHeader ip) {
        int off = ip.payloadOffset;
        int length = ip.payloadLength;
        if (length < FIXED_HEADER) {
            return new Result(null, "IP payload of " + length + " bytes is too short for a TCP header");
        }
        int captured = d.length - off;
        if (captured < FIXED_HEADER) {
            return new Result(null, "TCP header cut short: " + Math.max(captured, 0) + " of 20 bytes captured");
        }
        int headerLength = (u8(d, off + 12) >> 4) * 4;
        if (headerLength < FIXED_HEADER) {
            return new Result(null, "TCP data offset " + headerLength / 4 + " is below 5");
        }
        if (headerLength > length) {
            return new Result(null, "TCP header length " + headerLength + " exceeds the segment's " + length
                    + " bytes");
        }
        int optionsEnd = off + headerLength;
        int capturedOptionsEnd = Math.min(optionsEnd, d.length);
        TcpOptionsParser.Result options = TcpOptionsParser.parse(d, off + FIXED_HEADER, capturedOptionsEnd);
        String problem = options.problem();
        if (capturedOptionsEnd < optionsEnd) {
            problem = "TCP options cut short by the capture: " + (capturedOptionsEnd - off - FIXED_HEADER) + " of "
                    + (headerLength - FIXED_HEADER) + " bytes captured";
        }
        int payloadLength = length - headerLength;
        // Ethernet padding past ip.end is not payload; a snaplen may leave less than the IP header announces. When the
        // capture ends inside the options, the payload offset is clamped to the data so that slicing stays safe.
        int capturedPayload = Math.max(0, Math.min(d.length, ip.end) - optionsEnd);
        if (problem == null && capturedPayload < payloadLength) {
            problem = "payload cut short by the capture: " + capturedPayload + " of " + payloadLength
                    + " bytes captured";
        }
        // flags: CWR..FIN in byte 13; the former NS bit (RFC 3540, now reserved) is the low bit of byte 12
        int flags = u8(d, off + 13) | (u8(d, off + 12) & 1) << 8;
        TcpSegment segment = new TcpSegment(new Endpoint(ip.source, u16(d, off)),
                new Endpoint(ip.destination, u16(d, off + 2)), u32(d, off + 4), u32(d, off + 8), flags,
                u16(d, off + 14), u16(d, off + 18), headerLength, payloadLength, Math.min(optionsEnd, d.length),
                capturedPayload,
                u16(d, off + 16), options.options());
        return new Result(segment, problem);
    }
}
