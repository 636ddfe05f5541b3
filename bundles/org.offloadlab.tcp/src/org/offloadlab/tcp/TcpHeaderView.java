package org.offloadlab.tcp;

import java.nio.ByteBuffer;

/**
 * A checked view over the wire form of one TCP segment (RFC 9293 §3.1). The buffer is validated once, when the view is
 * made (header length, data offset, every option's length); afterwards no accessor can fail. The view reads the bytes
 * between the buffer's position and limit at the time of the check and does not copy them.
 */
public final class TcpHeaderView {

    private final ByteBuffer buf;
    private final int base;
    private final int headerLength;
    private final int length;

    private TcpHeaderView(ByteBuffer buf, int base, int headerLength, int length) {
        this.buf = buf;
        this.base = base;
        this.headerLength = headerLength;
        this.length = length;
    }

    /**
     * Checks the segment without throwing: the malformation found, or {@code null} if a view can be made.
     */
    public static Malformation validate(ByteBuffer wire) {
        return check(wire, new int[1]);
    }

    /**
     * Checks the segment and its checksum against the IPv4 or IPv6 pseudo-header: the malformation found (including
     * {@link Malformation#BAD_CHECKSUM}), or {@code null}.
     */
    public static Malformation validate(ByteBuffer wire, byte[] srcAddress, byte[] dstAddress) {
        Malformation m = validate(wire);
        if (m == null && !TcpChecksum.verify(srcAddress, dstAddress, wire)) {
            return Malformation.BAD_CHECKSUM;
        }
        return m;
    }

    /** Checks and wraps the segment between the buffer's position and limit. */
    public static TcpHeaderView of(ByteBuffer wire) throws MalformedSegmentException {
        int[] where = new int[1];
        Malformation m = check(wire, where);
        if (m != null) {
            throw new MalformedSegmentException(m, where[0]);
        }
        ByteBuffer b = wire.duplicate();
        return new TcpHeaderView(b, b.position(), ((b.get(b.position() + 12) & 0xF0) >>> 4) * 4, b.remaining());
    }

    private static Malformation check(ByteBuffer wire, int[] where) {
        int base = wire.position();
        int len = wire.remaining();
        if (len < Segment.HEADER_LENGTH) {
            where[0] = len;
            return Malformation.TRUNCATED_HEADER;
        }
        int hl = ((wire.get(base + 12) & 0xF0) >>> 4) * 4;
        if (hl < Segment.HEADER_LENGTH || hl > len) {
            where[0] = 12;
            return Malformation.BAD_DATA_OFFSET;
        }
        Malformation m = OptionCodec.check(wire, base + Segment.HEADER_LENGTH, base + hl, where);
        if (m != null) {
            where[0] -= base;
        }
        return m;
    }

    public int srcPort() {
        return buf.getShort(base) & 0xFFFF;
    }

    public int dstPort() {
        return buf.getShort(base + 2) & 0xFFFF;
    }

    public int seq() {
        return buf.getInt(base + 4);
    }

    public int ack() {
        return buf.getInt(base + 8);
    }

    /** Header length in octets (data offset × 4). */
    public int headerLength() {
        return headerLength;
    }

    /** Control bits including the reserved bits, see {@link TcpFlags}. */
    public int flags() {
        return buf.getShort(base + 12) & 0xFFF;
    }

    public int window() {
        return buf.getShort(base + 14) & 0xFFFF;
    }

    public int checksum() {
        return buf.getShort(base + 16) & 0xFFFF;
    }

    public int urgentPointer() {
        return buf.getShort(base + 18) & 0xFFFF;
    }

    public int payloadLength() {
        return length - headerLength;
    }

    /** A read-only view of the payload. */
    public ByteBuffer payload() {
        return buf.duplicate().position(base + headerLength).limit(base + length).slice().asReadOnlyBuffer();
    }

    /** The whole segment (header and payload), read-only, e.g. for checksum verification. */
    public ByteBuffer segmentBytes() {
        return buf.duplicate().position(base).limit(base + length).slice().asReadOnlyBuffer();
    }

    /** The options, decoded (already validated, so this cannot fail). */
    public TcpOptions options() {
        return OptionCodec.decode(buf, base + Segment.HEADER_LENGTH, base + headerLength);
    }

    /** The parsed record; the payload shares the view's bytes. */
    public Segment toSegment() {
        return new Segment(srcPort(), dstPort(), seq(), ack(), flags(), window(), urgentPointer(), options(),
                payload());
    }
}
