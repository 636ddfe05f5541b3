package org.offloadlab.tcp.internal;

import java.nio.ByteBuffer;

/**
 * The send queue: octets from SND.UNA's first data octet onward, unacknowledged and unsent alike (RFC 9293 §3.3.1). A
 * ring that grows lazily up to its capacity and is released when everything in it has been acknowledged, so an idle
 * connection holds no array. Release happens only then, a quiet point for the send side: a bulk sender that keeps the
 * queue non-empty never reallocates.
 */
public final class SendBuffer {

    private final int capacity;
    private byte[] ring;
    private int head;
    private int length;

    public SendBuffer(int capacity) {
        this.capacity = capacity;
    }

    public int capacity() {
        return capacity;
    }

    /** Octets queued (unacknowledged and unsent). */
    public int length() {
        return length;
    }

    public int free() {
        return capacity - length;
    }

    /** Copies as much of {@code src} as fits; returns the count. */
    public int write(ByteBuffer src) {
        int n = Math.min(src.remaining(), free());
        if (n == 0) {
            return 0;
        }
        ensure(length + n);
        int tail = (head + length) % ring.length;
        int first = Math.min(n, ring.length - tail);
        src.get(ring, tail, first);
        src.get(ring, 0, n - first);
        length += n;
        return n;
    }

    /** Copies {@code len} octets starting {@code offset} octets after the head into {@code dst}. */
    public void copy(int offset, byte[] dst, int dstOffset, int len) {
        if (len == 0) {
            return;
        }
        int start = (head + offset) % ring.length;
        int first = Math.min(len, ring.length - start);
        System.arraycopy(ring, start, dst, dstOffset, first);
        System.arraycopy(ring, 0, dst, dstOffset + first, len - first);
    }

    /** Discards {@code n} acknowledged octets from the head. */
    public void drop(int n) {
        if (n <= 0) {
            return;
        }
        head = (head + n) % ring.length;
        length -= n;
        if (length == 0) {
            // all acknowledged: an idle connection keeps no array (the next write allocates the initial size again)
            ring = null;
            head = 0;
        }
    }

    /** Octets of array currently held (0 when released), for memory checks. */
    public int allocated() {
        return ring == null ? 0 : ring.length;
    }

    /** All queued octets, for the hard state. */
    public byte[] toArray() {
        byte[] out = new byte[length];
        copy(0, out, 0, length);
        return out;
    }

    private void ensure(int needed) {
        if (ring != null && ring.length >= needed) {
            return;
        }
        int size = ring == null ? Math.min(capacity, 4096) : ring.length;
        while (size < needed) {
            size = (int) Math.min(capacity, size * 2L);
        }
        byte[] grown = new byte[size];
        if (ring != null) {
            copy(0, grown, 0, length);
        }
        ring = grown;
        head = 0;
    }
}
