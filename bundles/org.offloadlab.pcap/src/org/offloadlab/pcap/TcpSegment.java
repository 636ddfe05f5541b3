package org.offloadlab.pcap;

/**
 * A decoded TCP segment with the IP facts the analysis needs. Sequence numbers are unsigned 32-bit values held in
 * {@code long}s. Lengths come from the IP header, so they are right even when the capture cut the payload off.
 *
 * @param source
 *            sender address and port
 * @param destination
 *            receiver address and port
 * @param seq
 *            sequence number (RFC 9293 §3.1)
 * @param ack
 *            acknowledgment number (meaningful only when {@link #isAck()})
 * @param flags
 *            the 8 flag bits CWR ECE URG ACK PSH RST SYN FIN (low byte of header word 4), plus NS in bit 8
 * @param window
 *            raw, unscaled window field
 * @param urgentPointer
 *            urgent pointer field
 * @param headerLength
 *            TCP header length in bytes (data offset × 4)
 * @param payloadLength
 *            payload bytes on the wire, from the IP length fields (not the captured length)
 * @param capturedPayloadOffset
 *            offset of the first payload byte in the frame's data
 * @param capturedPayloadLength
 *            payload bytes actually present in the frame's data (&lt; payloadLength under a snaplen)
 * @param checksum
 *            the checksum field as sent
 * @param options
 *            parsed options
 */
public record TcpSegment(Endpoint source, Endpoint destination, long seq, long ack, int flags, int window,
        int urgentPointer, int headerLength, int payloadLength, int capturedPayloadOffset, int capturedPayloadLength,
        int checksum, TcpOptions options) {

    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;
    public static final int URG = 0x20;
    public static final int ECE = 0x40;
    public static final int CWR = 0x80;
    public static final int NS = 0x100;

    public boolean isSyn() {
        return (flags & SYN) != 0;
    }

    public boolean isFin() {
        return (flags & FIN) != 0;
    }

    public boolean isRst() {
        return (flags & RST) != 0;
    }

    public boolean isAck() {
        return (flags & ACK) != 0;
    }

    public boolean isPsh() {
        return (flags & PSH) != 0;
    }

    public boolean isUrg() {
        return (flags & URG) != 0;
    }

    /** Sequence space this segment occupies: payload plus one for SYN and one for FIN (RFC 9293 §3.4). */
    public int sequenceLength() {
        return payloadLength + (isSyn() ? 1 : 0) + (isFin() ? 1 : 0);
    }
}
