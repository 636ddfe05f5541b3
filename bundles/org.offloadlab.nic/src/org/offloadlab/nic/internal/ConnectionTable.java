package org.offloadlab.nic.internal;

import java.util.Arrays;

import org.offloadlab.tcp.TcpConnection;

/**
 * The adapter's connection table: a fixed number of slots held in parallel primitive arrays, found by a (remote host,
 * remote port, local port) key through an open-addressing {@link LongIntHashMap}. A slot's index is the connection id
 * shown to the host (with a 7-bit generation above bit 24 so a stale id never reaches a reused slot). Nothing per
 * connection is boxed; the only object per connection is its {@link TcpConnection}. Half-open connections form a FIFO
 * (doubly linked through two int arrays) so the oldest can be evicted in O(1).
 */
public final class ConnectionTable {

    public static final byte FREE = 0;
    /** SYN-RECEIVED, in the SYN queue. */
    public static final byte EMBRYONIC = 1;
    /** Established by the adapter, waiting for its notification. */
    public static final byte PENDING = 2;
    /** Known to the host. */
    public static final byte HOST = 3;
    /** An active open the host asked for, not yet established. */
    public static final byte ACTIVE_OPEN = 4;
    /** Released by the host; the adapter finishes closing (TIME-WAIT) before freeing the slot. */
    public static final byte ORPHAN = 5;

    public static final int SLOT_BITS = 24;
    public static final int SLOT_MASK = (1 << SLOT_BITS) - 1;

    private final int capacity;
    public final TcpConnection[] connection;
    public final int[] remoteHost;
    public final byte[] phase;
    public final byte[] flags;
    private final byte[] generation;
    /** ACTIVE_OPEN: the host's reference; HOST: the last SND.UNA reported. */
    public final int[] word;
    /** Bytes the host can still take (its receive-buffer credit). */
    public final int[] credit;
    /** When the SYN (or the CONNECT) arrived, for setup latency. */
    public final long[] openedAt;
    private final int[] prev;
    private final int[] next;
    private int embryonicHead = -1;
    private int embryonicTail = -1;
    private final int[] freeSlots;
    private int freeCount;
    private final LongIntHashMap index;
    private int used;
    private int peakUsed;

    public ConnectionTable(int capacity) {
        this.capacity = capacity;
        connection = new TcpConnection[capacity];
        remoteHost = new int[capacity];
        phase = new byte[capacity];
        flags = new byte[capacity];
        generation = new byte[capacity];
        word = new int[capacity];
        credit = new int[capacity];
        openedAt = new long[capacity];
        prev = new int[capacity];
        next = new int[capacity];
        freeSlots = new int[capacity];
        for (int i = 0; i < capacity; i++) {
            freeSlots[i] = capacity - 1 - i; // low slots first: deterministic and cache friendly
        }
        freeCount = capacity;
        index = new LongIntHashMap(capacity);
    }

    /** The demultiplexing key. */
    public static long key(int remoteHost, int remotePort, int localPort) {
        return (long) remoteHost << 32 | (long) (remotePort & 0xFFFF) << 16 | localPort & 0xFFFF;
    }

    public int capacity() {
        return capacity;
    }

    public int used() {
        return used;
    }

    public int peakUsed() {
        return peakUsed;
    }

    public boolean isFull() {
        return freeCount == 0;
    }

    /** The slot of {@code key}, or -1. */
    public int find(long key) {
        return index.get(key);
    }

    /** Takes a free slot for {@code connection} (the table must not be full). */
    public int allocate(long key, int host, TcpConnection c, byte initialPhase) {
        int slot = freeSlots[--freeCount];
        connection[slot] = c;
        remoteHost[slot] = host;
        phase[slot] = initialPhase;
        flags[slot] = 0;
        word[slot] = 0;
        credit[slot] = 0;
        generation[slot] = (byte) ((generation[slot] + 1) & 0x7F);
        index.put(key, slot);
        used++;
        peakUsed = Math.max(peakUsed, used);
        return slot;
    }

    /** Frees {@code slot} (it must have been taken out of the SYN queue first). */
    public void release(int slot) {
        TcpConnection c = connection[slot];
        index.remove(key(remoteHost[slot], c.remotePort(), c.localPort()));
        connection[slot] = null;
        phase[slot] = FREE;
        freeSlots[freeCount++] = slot;
        used--;
    }

    /** The id the host sees for {@code slot}: generation above the slot bits. */
    public int id(int slot) {
        return (generation[slot] & 0x7F) << SLOT_BITS | slot;
    }

    /** The slot an id names if it is current, else -1. */
    public int slotOf(int id) {
        int slot = id & SLOT_MASK;
        if (id < 0 || slot >= capacity || phase[slot] == FREE || (id >>> SLOT_BITS) != (generation[slot] & 0x7F)) {
            return -1;
        }
        return slot;
    }

    // --- SYN queue (half-open connections, oldest first) ---

    public void enqueueEmbryonic(int slot) {
        prev[slot] = embryonicTail;
        next[slot] = -1;
        if (embryonicTail >= 0) {
            next[embryonicTail] = slot;
        } else {
            embryonicHead = slot;
        }
        embryonicTail = slot;
    }

    public void dequeueEmbryonic(int slot) {
        int p = prev[slot];
        int n = next[slot];
        if (p >= 0) {
            next[p] = n;
        } else {
            embryonicHead = n;
        }
        if (n >= 0) {
            prev[n] = p;
        } else {
            embryonicTail = p;
        }
    }

    /** The oldest half-open connection, or -1. */
    public int oldestEmbryonic() {
        return embryonicHead;
    }

    /** Forgets everything (the adapter lost its memory). */
    public void clear() {
        Arrays.fill(connection, null);
        Arrays.fill(phase, FREE);
        for (int i = 0; i < capacity; i++) {
            freeSlots[i] = capacity - 1 - i;
        }
        freeCount = capacity;
        used = 0;
        embryonicHead = -1;
        embryonicTail = -1;
        index.clear();
    }

    /** Heap bytes of the slot arrays and the index (not the connections themselves). */
    public long footprintBytes() {
        return (long) capacity * (4 + 4 + 1 + 1 + 1 + 4 + 4 + 8 + 4 + 4 + 4) + index.footprintBytes();
    }
}
