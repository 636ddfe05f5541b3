package org.offloadlab.dma;

import java.util.Arrays;

/**
 * Per-connection state as parallel primitive arrays indexed by connection id (about 110 bytes a connection, no object
 * per connection): flags, group and membership links, the open receive buffer, the stream offsets of both directions
 * and the heads of the connection's chunk lists.
 */
final class ConnectionTable {

    static final byte OPEN = 1;
    static final byte ZERO_COPY_RX = 2;
    static final byte LATENCY_SENSITIVE = 4;
    static final int NONE = -1;

    final byte[] flags;
    final int[] group;
    final int[] memberNext;
    final int[] memberPrev;
    /** Handle of the receive buffer being filled, or NONE. */
    final int[] rxBuffer;
    /** Offset in rxBuffer of the first byte not yet handed over. */
    final int[] rxHandStart;
    /** Stream offset of the byte at rxHandStart, recorded when it was placed. */
    final long[] rxRunStart;
    /** Stream offset of the next received byte to place. */
    final long[] rxPlaced;
    /** Stream offset up to which received data has been handed over. */
    final long[] rxHanded;
    /** Stream offset up to which the application has read. */
    final long[] rxRead;
    /** When the partly filled buffer must be handed over without PSH; Long.MAX_VALUE when not armed. */
    final long[] rxDeadline;
    final int[] postedHead;
    final int[] postedTail;
    final int[] readyHead;
    final int[] readyTail;
    final int[] txHead;
    final int[] txTail;
    final long[] txQueued;
    final long[] txSent;
    final long[] txAcked;
    /** Chunks of this connection queued for delivery or delivered and unread. */
    final int[] outstanding;

    ConnectionTable(int n) {
        flags = new byte[n];
        group = new int[n];
        memberNext = new int[n];
        memberPrev = new int[n];
        rxBuffer = new int[n];
        rxHandStart = new int[n];
        rxRunStart = new long[n];
        rxPlaced = new long[n];
        rxHanded = new long[n];
        rxRead = new long[n];
        rxDeadline = new long[n];
        postedHead = new int[n];
        postedTail = new int[n];
        readyHead = new int[n];
        readyTail = new int[n];
        txHead = new int[n];
        txTail = new int[n];
        txQueued = new long[n];
        txSent = new long[n];
        txAcked = new long[n];
        outstanding = new int[n];
        Arrays.fill(rxBuffer, NONE);
        Arrays.fill(postedHead, NONE);
        Arrays.fill(postedTail, NONE);
        Arrays.fill(readyHead, NONE);
        Arrays.fill(readyTail, NONE);
        Arrays.fill(txHead, NONE);
        Arrays.fill(txTail, NONE);
        Arrays.fill(rxDeadline, Long.MAX_VALUE);
    }

    int size() {
        return flags.length;
    }

    boolean isOpen(int c) {
        return (flags[c] & OPEN) != 0;
    }

    boolean has(int c, byte flag) {
        return (flags[c] & flag) != 0;
    }

    /** Fresh stream state for a reused slot; the lists are empty already (checked by the caller). */
    void reset(int c, byte newFlags) {
        flags[c] = newFlags;
        rxBuffer[c] = NONE;
        rxHandStart[c] = 0;
        rxRunStart[c] = 0;
        rxPlaced[c] = 0;
        rxHanded[c] = 0;
        rxRead[c] = 0;
        rxDeadline[c] = Long.MAX_VALUE;
        txQueued[c] = 0;
        txSent[c] = 0;
        txAcked[c] = 0;
        memberNext[c] = NONE;
        memberPrev[c] = NONE;
    }
}
