package org.offloadlab.dma.internal;

import java.util.Arrays;

/**
 * Every piece of data in flight between adapter and host, as rows of parallel primitive arrays (no object per chunk): a
 * handed-over part of a receive buffer, a filled application buffer, a posted application buffer, a send buffer or a
 * pinned send. Rows are linked into per-connection lists and the delayed-DMA queue through {@link #next}. Freed rows
 * are reused LIFO, so the table grows only to the high-water mark, never beyond {@code maxChunks}.
 */
public final class ChunkTable {

    /** Part of a group receive buffer handed to the host; the host copies it out later. */
    public static final byte RX_BUFFERED = 1;
    /** A posted application buffer the adapter filled directly. */
    public static final byte RX_ZERO_COPY = 2;
    /** A group send buffer holding copied application data. */
    public static final byte TX_BUFFERED = 3;
    /** A pinned application send buffer. */
    public static final byte TX_ZERO_COPY = 4;
    /** An application receive buffer posted in advance and not yet filled completely. */
    public static final byte POSTED = 5;

    /** No chunk: the end of a list. */
    public static final int NONE = -1;

    private final int maxChunks;
    private byte[] kind = new byte[64];
    private int[] connection = new int[64];
    private int[] group = new int[64];
    private int[] buffer = new int[64];
    private int[] offset = new int[64];
    private int[] length = new int[64];
    private int[] capacity = new int[64];
    private long[] stream = new long[64];
    private long[] time = new long[64];
    private int[] next = new int[64];
    private final IntStack free = new IntStack(64);
    private int highWater;
    private int live;

    /** A table that refuses to hold more than {@code maxChunks} rows at once. */
    public ChunkTable(int maxChunks) {
        if (maxChunks < 1) {
            throw new IllegalArgumentException("maxChunks must be positive, was " + maxChunks);
        }
        this.maxChunks = maxChunks;
    }

    /** A fresh row; all numeric fields zero, {@code next} = {@link #NONE}, buffer = {@link #NONE}. */
    public int allocate(byte chunkKind, int conn, int grp, long now) {
        int id;
        if (!free.isEmpty()) {
            id = free.pop();
        } else {
            if (highWater == maxChunks) {
                throw new IllegalStateException("chunk table full: " + maxChunks
                        + " chunks in flight (raise DmaConfig.maxChunks or drain the host side)");
            }
            if (highWater == kind.length) {
                grow();
            }
            id = highWater++;
        }
        kind[id] = chunkKind;
        connection[id] = conn;
        group[id] = grp;
        buffer[id] = NONE;
        offset[id] = 0;
        length[id] = 0;
        capacity[id] = 0;
        stream[id] = 0;
        time[id] = now;
        next[id] = NONE;
        live++;
        return id;
    }

    /** Returns a row for reuse; freeing a free row is an ownership bug and fails loudly. */
    public void free(int id) {
        if (kind[id] == 0) {
            throw new IllegalStateException("chunk " + id + " freed twice");
        }
        kind[id] = 0;
        live--;
        free.push(id);
    }

    private void grow() {
        int n = Math.min(maxChunks, kind.length * 2);
        kind = Arrays.copyOf(kind, n);
        connection = Arrays.copyOf(connection, n);
        group = Arrays.copyOf(group, n);
        buffer = Arrays.copyOf(buffer, n);
        offset = Arrays.copyOf(offset, n);
        length = Arrays.copyOf(length, n);
        capacity = Arrays.copyOf(capacity, n);
        stream = Arrays.copyOf(stream, n);
        time = Arrays.copyOf(time, n);
        next = Arrays.copyOf(next, n);
    }

    /** Rows in use. */
    public int live() {
        return live;
    }

    /** Rows ever used (live ones are among {@code 0..highWater-1}). */
    public int highWater() {
        return highWater;
    }

    public byte kind(int id) {
        return kind[id];
    }

    public void kind(int id, byte value) {
        kind[id] = value;
    }

    public int connection(int id) {
        return connection[id];
    }

    public int group(int id) {
        return group[id];
    }

    /** Buffer handle (pool and index), or {@link #NONE} for application memory. */
    public int buffer(int id) {
        return buffer[id];
    }

    public void buffer(int id, int value) {
        buffer[id] = value;
    }

    /** Offset of the chunk's first unconsumed byte in its buffer. */
    public int offset(int id) {
        return offset[id];
    }

    public void offset(int id, int value) {
        offset[id] = value;
    }

    /** Bytes of data the chunk still holds. */
    public int length(int id) {
        return length[id];
    }

    public void length(int id, int value) {
        length[id] = value;
    }

    /** Size of an application buffer (posted receive or pinned send). */
    public int capacity(int id) {
        return capacity[id];
    }

    public void capacity(int id, int value) {
        capacity[id] = value;
    }

    /** Stream offset of the chunk's first byte in its connection's byte stream. */
    public long stream(int id) {
        return stream[id];
    }

    public void stream(int id, long value) {
        stream[id] = value;
    }

    /** When the chunk entered the delayed-DMA queue (or was created). */
    public long time(int id) {
        return time[id];
    }

    public void time(int id, long value) {
        time[id] = value;
    }

    public int next(int id) {
        return next[id];
    }

    public void next(int id, int value) {
        next[id] = value;
    }
}
