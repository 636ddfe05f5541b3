package org.offloadlab.tcp;

import java.nio.ByteBuffer;

/**
 * The TCP checksum (RFC 9293 §3.1): the 16-bit one's complement of the one's complement sum over a pseudo-header and
 * the segment. The pseudo-header is IPv4's (RFC 9293 §3.1) for 4-octet addresses and IPv6's (RFC 8200 §8.1) for
 * 16-octet ones. The engine itself works on {@link Segment}s; this is for whoever puts them on a wire.
 */
public final class TcpChecksum {

    private static final int PROTOCOL_TCP = 6;
    private static final int CHECKSUM_OFFSET = 16;

    private TcpChecksum() {
    }

    /** Computes the checksum of the segment between position and limit (its checksum field is included as is). */
    public static int compute(byte[] srcAddress, byte[] dstAddress, ByteBuffer segment) {
        if (srcAddress.length != dstAddress.length || (srcAddress.length != 4 && srcAddress.length != 16)) {
            throw new IllegalArgumentException("addresses must both be IPv4 or both IPv6");
        }
        int len = segment.remaining();
        long sum = sumBytes(srcAddress) + sumBytes(dstAddress) + PROTOCOL_TCP + (len & 0xFFFF) + (len >>> 16);
        int p = segment.position();
        int end = segment.limit();
        for (; p + 1 < end; p += 2) {
            sum += segment.getShort(p) & 0xFFFF;
        }
        if (p < end) {
            sum += (segment.get(p) & 0xFF) << 8;
        }
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return (int) (~sum & 0xFFFF);
    }

    /** Writes the correct checksum into the segment between position and limit. */
    public static void fill(byte[] srcAddress, byte[] dstAddress, ByteBuffer segment) {
        int at = segment.position() + CHECKSUM_OFFSET;
        segment.putShort(at, (short) 0);
        segment.putShort(at, (short) compute(srcAddress, dstAddress, segment));
    }

    /** Whether the checksum field of the segment between position and limit is correct. */
    public static boolean verify(byte[] srcAddress, byte[] dstAddress, ByteBuffer segment) {
        return compute(srcAddress, dstAddress, segment) == 0;
    }

    private static long sumBytes(byte[] a) {
        long s = 0;
        for (int i = 0; i < a.length; i += 2) {
            s += ((a[i] & 0xFF) << 8) | (a[i + 1] & 0xFF);
        }
        return s;
    }
}
