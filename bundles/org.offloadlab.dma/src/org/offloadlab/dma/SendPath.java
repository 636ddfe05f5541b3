package org.offloadlab.dma;

import org.offloadlab.dma.internal.ChunkTable;

/**
 * The send path (patent: "buffered sending ... as well as zero-copy sending", "partial send ... buffer operation").
 * Buffered sends are copied into buffers of the connection's group (the application may reuse its buffer at once);
 * zero-copy sends pin the application buffer. Either way the data sits in a per-connection list of chunks in stream
 * order; the adapter fetches any prefix of it ({@link #transmit}, partial transmission) and releases a chunk only when
 * all of it is acknowledged (partial acknowledgement keeps it) — through the delayed-DMA queue as a completion, because
 * the host may reuse the memory only once it has been told.
 */
final class SendPath {

    private static final int NONE = ChunkTable.NONE;

    private final ConnectionTable c;
    private final ChunkTable chunks;
    private final Groups groups;
    private final HostMemory memory;
    private final Accounting acct;
    private final DmaConfig config;
    private DelayedDma dma;
    private HostSink sink;

    SendPath(ConnectionTable c, ChunkTable chunks, Groups groups, HostMemory memory, Accounting acct,
            DmaConfig config) {
        this.c = c;
        this.chunks = chunks;
        this.groups = groups;
        this.memory = memory;
        this.acct = acct;
        this.config = config;
    }

    void connect(DelayedDma delayed, HostSink host) {
        this.dma = delayed;
        this.sink = host;
    }

    int send(int conn, int bytes, SendMode mode, long now) {
        boolean zeroCopy = mode == SendMode.ZERO_COPY
                || (mode == SendMode.AUTO && bytes >= config.zeroCopySendThreshold());
        return zeroCopy ? sendZeroCopy(conn, bytes, now) : sendBuffered(conn, bytes, now);
    }

    private int sendZeroCopy(int conn, int bytes, long now) {
        int g = c.group[conn];
        int ch = chunks.allocate(ChunkTable.TX_ZERO_COPY, conn, g, now);
        chunks.capacity(ch, bytes);
        chunks.length(ch, bytes);
        append(conn, ch);
        groups.get(g).addPinned(bytes);
        CpuCostModel cost = config.costModel();
        acct.add(g, Counter.TX_ZERO_COPY_BYTES, bytes);
        acct.add(g, Counter.PINNED_PAGES, cost.pages(bytes));
        acct.add(g, Counter.CPU_PICOS, cost.pinPicos(bytes));
        return bytes;
    }

    private int sendBuffered(int conn, int bytes, long now) {
        int g = c.group[conn];
        int accepted = 0;
        while (accepted < bytes) {
            int tail = c.txTail[conn];
            int ch;
            if (tail != NONE && chunks.kind(tail) == ChunkTable.TX_BUFFERED
                    && memory.fill(chunks.buffer(tail)) < memory.bufferSize(chunks.buffer(tail))) {
                ch = tail;
            } else {
                int h = groups.acquire(g);
                if (h < 0) {
                    break;
                }
                ch = chunks.allocate(ChunkTable.TX_BUFFERED, conn, memory.owner(h), now);
                chunks.buffer(ch, h);
                append(conn, ch);
            }
            int h = chunks.buffer(ch);
            int n = Math.min(memory.bufferSize(h) - memory.fill(h), bytes - accepted);
            memory.fill(h, memory.fill(h) + n);
            chunks.length(ch, chunks.length(ch) + n);
            c.txQueued[conn] += n;
            accepted += n;
        }
        if (accepted > 0) {
            acct.add(g, Counter.COPIES, 1);
            acct.add(g, Counter.COPY_BYTES, accepted);
            acct.add(g, Counter.TX_BUFFERED_BYTES, accepted);
            acct.add(g, Counter.CPU_PICOS, config.costModel().copyPicos(accepted));
        }
        if (accepted < bytes) {
            acct.add(g, Counter.TX_REFUSED_BYTES, bytes - accepted);
        }
        return accepted;
    }

    private void append(int conn, int ch) {
        chunks.stream(ch, c.txQueued[conn]);
        if (chunks.kind(ch) == ChunkTable.TX_ZERO_COPY) {
            c.txQueued[conn] += chunks.length(ch);
        }
        if (c.txTail[conn] == NONE) {
            c.txHead[conn] = ch;
        } else {
            chunks.next(c.txTail[conn], ch);
        }
        c.txTail[conn] = ch;
    }

    /** The adapter fetches up to {@code max} unsent bytes: one bus transaction per chunk touched. */
    int transmit(int conn, int max) {
        int done = 0;
        for (int ch = c.txHead[conn]; ch != NONE && done < max; ch = chunks.next(ch)) {
            long end = chunks.stream(ch) + chunks.length(ch);
            long sent = c.txSent[conn];
            if (sent < end) {
                int n = (int) Math.min(end - sent, max - done);
                c.txSent[conn] = sent + n;
                done += n;
                acct.add(chunks.group(ch), Counter.DMA_TRANSACTIONS, 1);
                acct.add(chunks.group(ch), Counter.TX_DMA_BYTES, n);
            }
        }
        return done;
    }

    void acknowledge(int conn, long ackedUpTo, long now) {
        if (ackedUpTo < c.txAcked[conn] || ackedUpTo > c.txSent[conn]) {
            throw new IllegalArgumentException("connection " + conn + ": acknowledgement up to " + ackedUpTo
                    + " outside acknowledged " + c.txAcked[conn] + " .. sent " + c.txSent[conn]);
        }
        int g = c.group[conn];
        acct.add(g, Counter.TX_ACKED_BYTES, ackedUpTo - c.txAcked[conn]);
        c.txAcked[conn] = ackedUpTo;
        boolean any = false;
        while (c.txHead[conn] != NONE) {
            int ch = c.txHead[conn];
            if (chunks.stream(ch) + chunks.length(ch) > ackedUpTo) {
                break; // partly acknowledged: kept
            }
            c.txHead[conn] = chunks.next(ch);
            if (c.txHead[conn] == NONE) {
                c.txTail[conn] = NONE;
            }
            c.outstanding[conn]++;
            dma.enqueue(ch, now);
            any = true;
        }
        if (any && config.expeditedEnabled() && groups.get(g).config().expedited()) {
            dma.expedite(g, now);
        }
    }

    /** A send completion reaches the host: the buffer is released or the pages unpinned. */
    void deliver(int ch, long now) {
        int conn = chunks.connection(ch);
        int g = chunks.group(ch);
        long end = chunks.stream(ch) + chunks.length(ch);
        release(ch);
        acct.add(g, Counter.COMPLETIONS, 1);
        c.outstanding[conn]--;
        sink.sendCompleted(conn, end, now);
    }

    private void release(int ch) {
        if (chunks.kind(ch) == ChunkTable.TX_BUFFERED) {
            groups.unref(chunks.buffer(ch));
        } else {
            int g = chunks.group(ch);
            groups.get(g).addPinned(-chunks.capacity(ch));
            acct.add(g, Counter.CPU_PICOS, config.costModel().releasePicos(chunks.capacity(ch)));
        }
        chunks.free(ch);
    }

    /** Connection closes: unacknowledged send data is abandoned (an abort), its memory released at once. */
    void close(int conn) {
        for (int ch = c.txHead[conn]; ch != NONE;) {
            int next = chunks.next(ch);
            release(ch);
            ch = next;
        }
        c.txHead[conn] = NONE;
        c.txTail[conn] = NONE;
    }
}
