package org.offloadlab.tcp.internal;

import java.nio.ByteBuffer;

/**
 * The send queue: octets from SND.UNA's first data octet onward, unacknowledged and unsent alike (RFC 9293 §3.3.1). A
 * ring that grows lazily up to its capacity and is released when everything in it has been acknowledged, so an idle
 * connection holds no array. Release happens only then, a quiet point for the send side: a bulk sender that keeps the
 * queue non-empty never reallocates.
 */
public final class SendBuffer {

    private final ByteRing ring;
    private int length;

    public SendBuffer(int capacity) {
        this.ring = new ByteRing(capacity);
    }

    public int capacity() {
        return ring.capacity();
    }

    /** Octets queued (unacknowledged and unsent). */
    public int length() {
        return length;
    }

    public int free() {
        return capacity() - length;
    }

    /** Copies as much of {@code src} as fits; returns the count. */
    public int write(ByteBuffer src) {
        int n = Math.min(src.remaining(), free());
        if (n == 0) {
            return 0;
        }
        ring.ensure(length + n, length);
        ring.put(length, src, n);
        length += n;
        return n;
    }

    /** Copies {@code len} octets starting {@code offset} octets after the head into {@code dst}. */
    public void copy(int offset, byte[] dst, int dstOffset, int len) {
        ring.get(offset, dst, dstOffset, len);
    }

    /** Discards {@code n} acknowledged octets from the head. */
    public void drop(int n) {
        if (n <= 0) {
            return;
        }
        ring.advance(n);
        length -= n;
        if (length == 0) {
            // all acknowledged: an idle connection keeps no array (the next write allocates the initial size again)
            ring.release();
        }
    }

    /** Octets of array currently held (0 when released), for memory checks. */
    public int allocated() {
        return ring.allocated();
    }

    /** All queued octets, for the hard state. */
    public byte[] toArray() {
        byte[] out = new byte[length];
        copy(0, out, 0, length);
        return out;
    }
}
