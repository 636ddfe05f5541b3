package org.offloadlab.host;

import java.nio.ByteBuffer;

/** A circular byte buffer that grows on demand up to a limit: a socket send buffer that keeps unacknowledged bytes. */
final class ByteRing {

    private final int limit;
    private byte[] data = new byte[0];
    private int head;
    private int length;

    ByteRing(int limit) {
        this.limit = limit;
    }

    int length() {
        return length;
    }

    int space() {
        return limit - length;
    }

    /** Appends up to {@code n} bytes from {@code src}; returns how many. */
    int write(ByteBuffer src, int n) {
        n = Math.min(n, Math.min(src.remaining(), space()));
        if (length + n > data.length) {
            grow(length + n);
        }
        int tail = (head + length) % data.length;
        int first = Math.min(n, data.length - tail);
        src.get(data, tail, first);
        src.get(data, 0, n - first);
        length += n;
        return n;
    }

    private void grow(int need) {
        // small first (one per socket; short connections send a few hundred bytes), doubled as needed
        int cap = Math.min(limit, Math.max(need, Math.max(512, data.length * 2)));
        byte[] n = new byte[cap];
        copy(0, n, 0, length);
        data = n;
        head = 0;
    }

    /** Copies {@code len} bytes starting {@code offset} bytes after the head. */
    byte[] copy(int offset, int len) {
        byte[] out = new byte[len];
        copy(offset, out, 0, len);
        return out;
    }

    private void copy(int offset, byte[] dst, int at, int len) {
        if (len == 0) {
            return;
        }
        int start = (head + offset) % data.length;
        int first = Math.min(len, data.length - start);
        System.arraycopy(data, start, dst, at, first);
        System.arraycopy(data, 0, dst, at + first, len - first);
    }

    /** Drops {@code n} bytes from the head; releases a large array when empty (idle sockets keep little). */
    void drop(int n) {
        n = Math.min(n, length);
        length -= n;
        head = length == 0 ? 0 : (head + n) % data.length;
        if (length == 0 && data.length > 16 * 1024) {
            data = new byte[0];
        }
    }
}
