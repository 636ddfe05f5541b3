package org.offloadlab.dma;

import org.offloadlab.dma.internal.ChunkTable;
import org.offloadlab.dma.internal.TimerHeap;

/**
 * The receive path (patent: "buffered ... receiving of data as well as zero-copy ... receiving", "partial ... receive
 * buffer operation").
 * <ul>
 * <li>Buffered: the adapter writes data into a buffer of the connection's group; the buffer is handed to the host in
 * parts — when full, on PSH or urgent data, or when {@code rxFlushNanos} pass — and the rest of a partly handed-over
 * buffer keeps being filled. The host copies each part into the application's buffer when it reads (counted).</li>
 * <li>Zero-copy: the adapter writes straight into application buffers posted in advance; a buffer completes when full
 * or on PSH. With none posted the data goes buffered (a counted fallback).</li>
 * </ul>
 * Data is placed in stream order and each handover is queued in order, so the host sees every placed byte exactly once
 * and in order. Placed data is acknowledgeable; what the group cannot take is refused or dropped per its
 * {@link ExhaustionPolicy} and reported as not placed.
 */
final class ReceivePath {

    private static final int NONE = ChunkTable.NONE;

    private final ConnectionTable c;
    private final ChunkTable chunks;
    private final Groups groups;
    private final HostMemory memory;
    private final Accounting acct;
    private final DmaConfig config;
    private final TimerHeap timers = new TimerHeap();
    private DelayedDma dma;
    private HostSink sink;

    ReceivePath(ConnectionTable c, ChunkTable chunks, Groups groups, HostMemory memory, Accounting acct,
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

    int receive(int conn, int length, int flags, long now) {
        int g = c.group[conn];
        if (groups.get(g).config().exhaustion() == ExhaustionPolicy.DROP && room(conn) < length) {
            acct.add(g, Counter.DROPS, 1);
            acct.add(g, Counter.DROPPED_BYTES, length);
            return 0;
        }
        int placed = 0;
        boolean zeroCopy = c.has(conn, ConnectionTable.ZERO_COPY_RX);
        if (zeroCopy && c.postedHead[conn] != NONE) {
            handOverBuffered(conn, now); // buffered bytes placed earlier come first
            placed = placeZeroCopy(conn, length, now);
        }
        if (placed < length) {
            if (zeroCopy) {
                acct.add(g, Counter.ZERO_COPY_FALLBACKS, 1);
            }
            completePosted(conn, now); // a partly filled application buffer comes first
            placed += placeBuffered(conn, length - placed, now);
        }
        if (placed < length) {
            acct.add(g, Counter.REFUSALS, 1);
            acct.add(g, Counter.REFUSED_BYTES, length - placed);
        }
        if (placed > 0) {
            acct.add(g, Counter.PLACED_BYTES, placed);
            boolean urgent = (flags & RxFlags.URG) != 0;
            boolean push = (flags & RxFlags.PSH) != 0;
            if (urgent || push) {
                handOver(conn, now);
                boolean latency = push && c.has(conn, ConnectionTable.LATENCY_SENSITIVE);
                if (config.expeditedEnabled() && (urgent || latency || groups.get(g).config().expedited())) {
                    dma.expedite(g, now);
                }
            } else {
                armTimer(conn, now);
            }
        }
        return placed;
    }

    /** Bytes the connection can take now without waiting for the host. */
    long room(int conn) {
        long r = 0;
        int h = c.rxBuffer[conn];
        if (h != NONE) {
            r += memory.bufferSize(h) - memory.fill(h);
        }
        if (c.has(conn, ConnectionTable.ZERO_COPY_RX)) {
            for (int p = c.postedHead[conn]; p != NONE; p = chunks.next(p)) {
                r += chunks.capacity(p) - chunks.length(p);
            }
        }
        return r + groups.obtainableBytes(c.group[conn]);
    }

    /** Window the connection may advertise: its own room plus a fair share of what its group can still obtain. */
    long advertisableWindow(int conn) {
        int g = c.group[conn];
        long own = room(conn) - groups.obtainableBytes(g);
        long share = groups.obtainableBytes(g) / Math.max(1, groups.get(g).memberCount());
        return Math.min(config.maxWindow(), own + share);
    }

    private int placeBuffered(int conn, int length, long now) {
        int placed = 0;
        while (placed < length) {
            int h = c.rxBuffer[conn];
            if (h == NONE) {
                h = groups.acquire(c.group[conn]);
                if (h < 0) {
                    break;
                }
                c.rxBuffer[conn] = h;
                c.rxHandStart[conn] = 0;
            }
            int size = memory.bufferSize(h);
            int fill = memory.fill(h);
            int run = fill - c.rxHandStart[conn];
            if (run == 0) {
                c.rxRunStart[conn] = c.rxPlaced[conn];
            } else if (c.rxRunStart[conn] + run != c.rxPlaced[conn]) {
                // the part not yet handed over must be one contiguous run of the stream, or data would reorder
                throw new IllegalStateException("connection " + conn + ": receive buffer would hold stream offset "
                        + c.rxPlaced[conn] + " after " + (c.rxRunStart[conn] + run));
            }
            int n = Math.min(size - fill, length - placed);
            memory.fill(h, fill + n);
            placed += n;
            c.rxPlaced[conn] += n;
            acct.add(memory.owner(h), Counter.DMA_TRANSACTIONS, 1);
            if (fill + n == size) {
                handOverBuffered(conn, now);
                closeBuffer(conn);
            }
        }
        return placed;
    }

    private int placeZeroCopy(int conn, int length, long now) {
        int placed = 0;
        while (placed < length && c.postedHead[conn] != NONE) {
            int p = c.postedHead[conn];
            int n = Math.min(chunks.capacity(p) - chunks.length(p), length - placed);
            if (chunks.length(p) == 0) {
                chunks.stream(p, c.rxPlaced[conn]);
            }
            chunks.length(p, chunks.length(p) + n);
            placed += n;
            c.rxPlaced[conn] += n;
            acct.add(chunks.group(p), Counter.DMA_TRANSACTIONS, 1);
            acct.add(chunks.group(p), Counter.ZERO_COPY_RX_BYTES, n);
            if (chunks.length(p) == chunks.capacity(p)) {
                completePosted(conn, now);
            }
        }
        return placed;
    }

    /** Hands whatever is placed and not yet handed over to the delayed-DMA queue, and disarms the flush timer. */
    void handOver(int conn, long now) {
        handOverBuffered(conn, now);
        completePosted(conn, now);
        c.rxDeadline[conn] = Long.MAX_VALUE;
    }

    private void handOverBuffered(int conn, long now) {
        int h = c.rxBuffer[conn];
        if (h == NONE) {
            return;
        }
        int start = c.rxHandStart[conn];
        int len = memory.fill(h) - start;
        if (len == 0) {
            return;
        }
        int ch = chunks.allocate(ChunkTable.RX_BUFFERED, conn, memory.owner(h), now);
        chunks.buffer(ch, h);
        chunks.offset(ch, start);
        chunks.length(ch, len);
        // offsets recorded at placement, not at handover: the host-side order check then tests placement order
        chunks.stream(ch, c.rxRunStart[conn]);
        c.rxHanded[conn] += len;
        c.rxHandStart[conn] = start + len;
        memory.refs(h, memory.refs(h) + 1);
        c.outstanding[conn]++;
        acct.add(chunks.group(ch), Counter.HANDOVERS, 1);
        dma.enqueue(ch, now);
    }

    /** Completes the head posted application buffer if it holds data. */
    private void completePosted(int conn, long now) {
        int p = c.postedHead[conn];
        if (p == NONE || chunks.length(p) == 0) {
            return;
        }
        c.postedHead[conn] = chunks.next(p);
        if (c.postedHead[conn] == NONE) {
            c.postedTail[conn] = NONE;
        }
        chunks.kind(p, ChunkTable.RX_ZERO_COPY);
        c.rxHanded[conn] += chunks.length(p);
        c.outstanding[conn]++;
        acct.add(chunks.group(p), Counter.HANDOVERS, 1);
        dma.enqueue(p, now);
    }

    /** The adapter is done with the receive buffer being filled. */
    void closeBuffer(int conn) {
        int h = c.rxBuffer[conn];
        if (h == NONE) {
            return;
        }
        c.rxBuffer[conn] = NONE;
        int owner = memory.owner(h);
        acct.add(owner, Counter.CLOSED_BUFFERS, 1);
        acct.add(owner, Counter.CLOSED_CAPACITY, memory.bufferSize(h));
        acct.add(owner, Counter.CLOSED_FILL, memory.fill(h));
        groups.unref(h);
    }

    private void armTimer(int conn, long now) {
        if (c.rxDeadline[conn] != Long.MAX_VALUE || c.rxPlaced[conn] == c.rxHanded[conn]) {
            return;
        }
        if (config.rxFlushNanos() == 0) {
            handOver(conn, now);
            return;
        }
        long at = now + config.rxFlushNanos();
        c.rxDeadline[conn] = at;
        timers.add(at, conn);
    }

    /** Hands over partly filled buffers whose flush time has come. */
    void fireTimers(long now) {
        while (timers.peekDeadline() <= now) {
            long at = timers.peekDeadline();
            int conn = timers.peekConnection();
            timers.removeFirst();
            if (c.rxDeadline[conn] == at) {
                handOver(conn, now);
            }
        }
    }

    /** Earliest armed flush deadline (stale entries included: waking early is harmless). */
    long timerDueAt() {
        return timers.peekDeadline();
    }

    void postBuffer(int conn, int capacity, long now) {
        int g = c.group[conn];
        int p = chunks.allocate(ChunkTable.POSTED, conn, g, now);
        chunks.capacity(p, capacity);
        if (c.postedTail[conn] == NONE) {
            c.postedHead[conn] = p;
        } else {
            chunks.next(c.postedTail[conn], p);
        }
        c.postedTail[conn] = p;
        groups.get(g).addPinned(capacity);
    }

    /** A queued receive chunk reaches the host. */
    void deliver(int ch, long now) {
        int conn = chunks.connection(ch);
        boolean zeroCopy = chunks.kind(ch) == ChunkTable.RX_ZERO_COPY;
        if (zeroCopy) {
            // the application owns its buffer again: no longer pinned for the adapter
            groups.get(chunks.group(ch)).addPinned(-chunks.capacity(ch));
        }
        if (c.readyTail[conn] == NONE) {
            c.readyHead[conn] = ch;
        } else {
            chunks.next(c.readyTail[conn], ch);
        }
        c.readyTail[conn] = ch;
        acct.add(chunks.group(ch), Counter.DELIVERED_BYTES, chunks.length(ch));
        sink.delivered(conn, chunks.stream(ch), chunks.length(ch), zeroCopy, now);
    }

    int read(int conn, int max) {
        int done = 0;
        while (done < max && c.readyHead[conn] != NONE) {
            int ch = c.readyHead[conn];
            int n = Math.min(chunks.length(ch), max - done);
            int g = chunks.group(ch);
            if (chunks.kind(ch) == ChunkTable.RX_BUFFERED) {
                acct.add(g, Counter.COPIES, 1);
                acct.add(g, Counter.COPY_BYTES, n);
                acct.add(g, Counter.CPU_PICOS, config.costModel().copyPicos(n));
            }
            acct.add(g, Counter.READ_BYTES, n);
            chunks.offset(ch, chunks.offset(ch) + n);
            chunks.length(ch, chunks.length(ch) - n);
            done += n;
            c.rxRead[conn] += n;
            if (chunks.length(ch) == 0) {
                c.readyHead[conn] = chunks.next(ch);
                if (c.readyHead[conn] == NONE) {
                    c.readyTail[conn] = NONE;
                }
                if (chunks.kind(ch) == ChunkTable.RX_BUFFERED) {
                    groups.unref(chunks.buffer(ch));
                }
                chunks.free(ch);
                c.outstanding[conn]--;
            }
        }
        return done;
    }

    /** Connection closes: placed data is handed over (still delivered), the open buffer and posted buffers freed. */
    void close(int conn, long now) {
        handOver(conn, now);
        closeBuffer(conn);
        for (int p = c.postedHead[conn]; p != NONE;) {
            int next = chunks.next(p);
            groups.get(chunks.group(p)).addPinned(-chunks.capacity(p));
            chunks.free(p);
            p = next;
        }
        c.postedHead[conn] = NONE;
        c.postedTail[conn] = NONE;
    }
}
