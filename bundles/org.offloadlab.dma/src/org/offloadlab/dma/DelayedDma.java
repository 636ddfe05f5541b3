package org.offloadlab.dma;

import org.offloadlab.dma.internal.ChunkTable;

/**
 * Delayed DMA (patent: "delaying of DMA requests so that they may be communicated to the host system in bulk"):
 * handed-over receive chunks and send completions wait in one FIFO queue and reach the host together — one interrupt
 * and one descriptor write per batch — when {@code batchSize} have gathered or the oldest has waited {@code maxDelay}.
 * An expedited flush ("expedited transfer of data to the host system") delivers the queue at once; because the queue is
 * FIFO, per-connection order is kept either way.
 */
final class DelayedDma {

    /** Receives each entry of a batch, in queue order. */
    interface Delivery {
        void deliver(int chunk, long now);
    }

    private final ChunkTable chunks;
    private final Accounting acct;
    private final Delivery delivery;
    private final HostSink sink;
    private final int batchSize;
    private final long maxDelay;
    private int head = ChunkTable.NONE;
    private int tail = ChunkTable.NONE;
    private int count;

    DelayedDma(ChunkTable chunks, Accounting acct, Delivery delivery, HostSink sink, int batchSize, long maxDelay) {
        this.chunks = chunks;
        this.acct = acct;
        this.delivery = delivery;
        this.sink = sink;
        this.batchSize = batchSize;
        this.maxDelay = maxDelay;
    }

    /** Queues {@code chunk}; a full batch goes out at once. */
    void enqueue(int chunk, long now) {
        chunks.time(chunk, now);
        chunks.next(chunk, ChunkTable.NONE);
        if (tail == ChunkTable.NONE) {
            head = chunk;
        } else {
            chunks.next(tail, chunk);
        }
        tail = chunk;
        count++;
        if (count >= batchSize) {
            flush(now);
        }
    }

    /** Delivers what is queued now, counted as an expedited transfer of {@code group}. */
    void expedite(int group, long now) {
        if (count > 0) {
            acct.add(group, Counter.EXPEDITED, 1);
            flush(now);
        }
    }

    /** When the oldest entry's delay runs out; {@link Long#MAX_VALUE} when empty. */
    long dueAt() {
        return count == 0 ? Long.MAX_VALUE : chunks.time(head) + maxDelay;
    }

    /** Entries waiting. */
    int pending() {
        return count;
    }

    /** Delivers the whole queue as one batch. */
    void flush(long now) {
        if (count == 0) {
            return;
        }
        int c = head;
        int n = count;
        head = ChunkTable.NONE;
        tail = ChunkTable.NONE;
        count = 0;
        acct.batch(n);
        sink.interrupt(n, now);
        while (c != ChunkTable.NONE) {
            int next = chunks.next(c);
            chunks.next(c, ChunkTable.NONE);
            acct.batchEntry(chunks.group(c), now - chunks.time(c));
            delivery.deliver(c, now);
            c = next;
        }
    }
}
