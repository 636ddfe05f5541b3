package org.offloadlab.tcp.internal;

import java.nio.ByteBuffer;

/**
 * The byte storage under {@link SendBuffer} and {@link ReceiveBuffer}: a ring addressed by offsets from its head that
 * grows lazily (4 KiB, doubling, up to its capacity) and can give its array back, so idle connections hold none. The
 * queues keep their own counts; only the wrap-around arithmetic lives here.
 */
final class ByteRing {

    private final int capacity;
    private byte[] ring;
    private int head;

    ByteRing(int capacity) {
        this.capacity = capacity;
    }

    int capacity() {
        return capacity;
    }

    /** Makes the array hold at least {@code needed} octets from the head, keeping the first {@code keep} of them. */
    void ensure(int needed, int keep) {
        if (ring != null && ring.length >= needed) {
            return;
        }
        // a first array of 512 octets, doubled as needed: rings are released whenever they drain (idle connections
        // hold nothing), so short request/response connections allocate a ring per message; 4 KiB each was 28 % of
        // a 12,000-connection establishment run's allocations (JFR) and its garbage collection took the second core
        int size = ring == null ? Math.min(capacity, 512) : ring.length;
        while (size < needed) {
            size = (int) Math.min(capacity, size * 2L);
        }
        byte[] grown = new byte[size];
        if (ring != null) {
            get(0, grown, 0, Math.min(ring.length, keep));
        }
        ring = grown;
        head = 0;
    }

    /** Copies {@code n} octets of {@code src} to {@code offset} octets after the head (room ensured by the caller). */
    void put(int offset, ByteBuffer src, int n) {
        int pos = (head + offset) % ring.length;
        int first = Math.min(n, ring.length - pos);
        src.get(ring, pos, first);
        src.get(ring, 0, n - first);
    }

    /** Copies {@code n} octets starting {@code offset} octets after the head into {@code dst}. */
    void get(int offset, byte[] dst, int dstOffset, int n) {
        if (n == 0) {
            return;
        }
        int start = (head + offset) % ring.length;
        int first = Math.min(n, ring.length - start);
        System.arraycopy(ring, start, dst, dstOffset, first);
        System.arraycopy(ring, 0, dst, dstOffset + first, n - first);
    }

    /** Copies the {@code n} octets at the head into {@code dst}. */
    void get(ByteBuffer dst, int n) {
        int first = Math.min(n, ring.length - head);
        dst.put(ring, head, first);
        dst.put(ring, 0, n - first);
    }

    /** Moves the head past {@code n} consumed octets. */
    void advance(int n) {
        head = (head + n) % ring.length;
    }

    /** Gives the array back; the next {@link #ensure} allocates the initial size again. */
    void release() {
        ring = null;
        head = 0;
    }

    /** Octets of array held (0 when released). */
    int allocated() {
        return ring == null ? 0 : ring.length;
    }
}
