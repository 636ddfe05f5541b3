package org.offloadlab.tcp;

import java.nio.ByteBuffer;

/**
 * An immutable, parsed TCP segment (RFC 9293 §3.1): what the engine consumes and produces. The wire form is read by
 * {@link TcpHeaderView} and written by {@link #emit(ByteBuffer)}; {@code parse(emit(s)).equals(s)} holds for every
 * segment. Sequence and acknowledgment numbers are 32-bit values compared with {@link SeqNum}.
 *
 * @param srcPort
 *            source port
 * @param dstPort
 *            destination port
 * @param seq
 *            sequence number
 * @param ack
 *            acknowledgment number (meaningful with {@link TcpFlags#ACK})
 * @param flags
 *            control bits, see {@link TcpFlags}
 * @param window
 *            the 16-bit window field as sent, not scaled
 * @param urgentPointer
 *            the 16-bit urgent pointer field (meaningful with {@link TcpFlags#URG})
 * @param options
 *            the options
 * @param payload
 *            the data, read-only; {@link #payload()} returns an independent view
 */
public record Segment(int srcPort, int dstPort, int seq, int ack, int flags, int window, int urgentPointer,
        TcpOptions options, ByteBuffer payload) {

    /** Fixed header length in octets. */
    public static final int HEADER_LENGTH = 20;

    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0).asReadOnlyBuffer();

    public Segment {
        if ((srcPort & ~0xFFFF) != 0 || (dstPort & ~0xFFFF) != 0 || (window & ~0xFFFF) != 0
                || (urgentPointer & ~0xFFFF) != 0 || (flags & ~0xFFF) != 0) {
            throw new IllegalArgumentException("field out of range");
        }
        payload = payload.hasRemaining() ? payload.slice().asReadOnlyBuffer() : EMPTY;
    }

    /** A segment with no options and no payload. */
    public static Segment of(int srcPort, int dstPort, int seq, int ack, int flags, int window) {
        return new Segment(srcPort, dstPort, seq, ack, flags, window, 0, TcpOptions.NONE, EMPTY);
    }

    /** Parses the TCP segment between the buffer's position and limit. */
    public static Segment parse(ByteBuffer wire) throws MalformedSegmentException {
        return TcpHeaderView.of(wire).toSegment();
    }

    @Override
    public ByteBuffer payload() {
        return payload.duplicate();
    }

    /** Payload octets. */
    public int payloadLength() {
        return payload.remaining();
    }

    /** A copy of the payload octets. */
    public byte[] payloadBytes() {
        byte[] b = new byte[payload.remaining()];
        payload.duplicate().get(b);
        return b;
    }

    /** SEG.LEN (RFC 9293 §3.4): payload plus one for SYN and one for FIN. */
    public int sequenceLength() {
        return payload.remaining() + (has(TcpFlags.SYN) ? 1 : 0) + (has(TcpFlags.FIN) ? 1 : 0);
    }

    /** Whether all bits of {@code flag} are set. */
    public boolean has(int flag) {
        return (flags & flag) == flag;
    }

    /** Octets of the header including options. */
    public int headerLength() {
        return HEADER_LENGTH + options.wireLength();
    }

    /** Octets on the wire. */
    public int wireLength() {
        return headerLength() + payload.remaining();
    }

    /**
     * Writes the segment at the buffer's position with a zero checksum (fill it with {@link TcpChecksum#fill}); the
     * position advances by {@link #wireLength()}.
     *
     * @throws IllegalArgumentException
     *             if the options exceed the 40 octets of option space
     */
    public void emit(ByteBuffer out) {
        int optLen = options.wireLength();
        if (optLen > OptionCodec.MAX_OPTION_SPACE) {
            throw new IllegalArgumentException("options need " + optLen + " octets, only 40 fit");
        }
        int dataOffset = (HEADER_LENGTH + optLen) / 4;
        out.putShort((short) srcPort).putShort((short) dstPort).putInt(seq).putInt(ack);
        out.putShort((short) ((dataOffset << 12) | flags));
        out.putShort((short) window).putShort((short) 0).putShort((short) urgentPointer);
        OptionCodec.encode(options, out);
        out.put(payload.duplicate());
    }

    /** The wire form in a new array (checksum zero). */
    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(wireLength());
        emit(b);
        return b.array();
    }

    public Segment withSeq(int value) {
        return new Segment(srcPort, dstPort, value, ack, flags, window, urgentPointer, options, payload);
    }

    public Segment withAck(int value) {
        return new Segment(srcPort, dstPort, seq, value, flags, window, urgentPointer, options, payload);
    }

    public Segment withFlags(int value) {
        return new Segment(srcPort, dstPort, seq, ack, value, window, urgentPointer, options, payload);
    }

    public Segment withWindow(int value) {
        return new Segment(srcPort, dstPort, seq, ack, flags, value, urgentPointer, options, payload);
    }

    public Segment withUrgentPointer(int value) {
        return new Segment(srcPort, dstPort, seq, ack, flags, window, value, options, payload);
    }

    public Segment withOptions(TcpOptions value) {
        return new Segment(srcPort, dstPort, seq, ack, flags, window, urgentPointer, value, payload);
    }

    public Segment withPayload(ByteBuffer value) {
        return new Segment(srcPort, dstPort, seq, ack, flags, window, urgentPointer, options, value);
    }

    public Segment withPayload(byte[] value) {
        return withPayload(ByteBuffer.wrap(value.clone()));
    }

    public Segment withPorts(int src, int dst) {
        return new Segment(src, dst, seq, ack, flags, window, urgentPointer, options, payload);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(srcPort).append('>').append(dstPort).append(' ').append(TcpFlags.toString(flags));
        b.append(" seq=").append(SeqNum.unsigned(seq));
        if (has(TcpFlags.ACK)) {
            b.append(" ack=").append(SeqNum.unsigned(ack));
        }
        b.append(" win=").append(window);
        if (has(TcpFlags.URG)) {
            b.append(" urp=").append(urgentPointer);
        }
        b.append(" len=").append(payload.remaining());
        if (!options.equals(TcpOptions.NONE)) {
            b.append(' ').append(options);
        }
        return b.toString();
    }
}
