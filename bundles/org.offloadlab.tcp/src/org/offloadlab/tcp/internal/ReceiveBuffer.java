package org.offloadlab.tcp.internal;

import java.nio.ByteBuffer;

/**
 * The receive queue (RFC 9293 §3.3.1 RCV.BUFF): in-order octets not yet read by the application, followed by room for
 * out-of-order octets inside the advertised window. The ring grows lazily up to its capacity; the connection
 * {@link #release}s it when it is empty at a quiet point, not on every drain, so a steady stream keeps its array.
 */
public final class ReceiveBuffer {

    private final ByteRing ring;
    private final Assembler assembler = new Assembler();
    private int unread;

    public ReceiveBuffer(int capacity) {
        this.ring = new ByteRing(capacity);
    }

    public int capacity() {
        return ring.capacity();
    }

    /** In-order octets waiting for the application. */
    public int unread() {
        return unread;
    }

    /** Octets of room after the unread data (where RCV.WND may extend). */
    public int free() {
        return capacity() - unread;
    }

    public Assembler assembler() {
        return assembler;
    }

    /**
     * Stores {@code data} {@code offset} octets after RCV.NXT (the caller has trimmed it to the window, so it fits).
     * Returns the number of octets by which RCV.NXT advances, or -1 if an out-of-order segment could not be held.
     */
    public int write(int offset, ByteBuffer data) {
        int len = data.remaining();
        if (len == 0) {
            return 0;
        }
        // keep unread data and anything held out of order above it
        ring.ensure(unread + offset + len, unread + assembler.highestEnd());
        ring.put(unread + offset, data, len);
        if (offset > 0) {
            return assembler.add(offset, len) ? 0 : -1;
        }
        int advance = len + assembler.advance(len);
        unread += advance;
        return advance;
    }

    /** Copies up to {@code dst.remaining()} unread octets to the application. */
    public int read(ByteBuffer dst) {
        int n = Math.min(unread, dst.remaining());
        if (n == 0) {
            return 0;
        }
        ring.get(dst, n);
        ring.advance(n);
        unread -= n;
        return n;
    }

    /** A copy of the unread octets (hard state: received-but-unread data). */
    public byte[] unreadBytes() {
        byte[] out = new byte[unread];
        ring.get(0, out, 0, unread);
        return out;
    }

    /**
     * Releases the ring (and the assembler's ranges) if nothing is unread or held out of order; returns whether the
     * buffer is now without arrays. The next write allocates the initial size again.
     */
    public boolean release() {
        if (unread != 0 || !assembler.isEmpty()) {
            return false;
        }
        ring.release();
        assembler.release();
        return true;
    }

    /** Octets of array currently held, ring and assembler ranges (0 when released), for memory checks. */
    public int allocated() {
        return ring.allocated() + assembler.allocated();
    }

    /** Drops out-of-order octets (they are soft state; RFC 2018 §8 allows reneging). */
    public void discardOutOfOrder() {
        assembler.clear();
    }
}
