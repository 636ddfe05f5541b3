package org.offloadlab.dma;

import java.util.Arrays;

import org.offloadlab.dma.internal.ChunkTable;

/**
 * The invariants of the DMA buffer manager, checkable after every step of any workload (the jqwik properties of
 * {@link InvariantPropertiesTest}). Use it as the manager's {@link HostSink} (or forward to it) so it sees every
 * delivery, call {@link #opened} when a slot is (re)opened, {@link #check} after each step and {@link #finish} after
 * draining.
 * <ul>
 * <li>No buffer owned twice: every held buffer is either posted (in exactly one group's reserve, unreferenced) or
 * referenced exactly as often as the open receive buffers and live chunks say; free buffers are referenced by
 * nobody.</li>
 * <li>Accounting balances: per pool, capacity = free + Σ held of its groups, and each group's held count equals the
 * buffers whose owner it is.</li>
 * <li>Every placed byte is delivered exactly once and in order: deliveries are contiguous per connection, never beyond
 * what was handed over, and after draining delivered = placed = read (exhaustion loses nothing that was placed, i.e.
 * acknowledgeable).</li>
 * </ul>
 * Violations throw {@link AssertionError} naming the step and what differs.
 */
public final class DmaInvariantChecker implements HostSink {

    private final long[] delivered;
    private final long[] completed;
    private long step;
    private long traceHash = 17;

    /** A checker for managers with {@code maxConnections} slots. */
    public DmaInvariantChecker(int maxConnections) {
        delivered = new long[maxConnections];
        completed = new long[maxConnections];
    }

    /** Slot {@code conn} starts a new connection: its streams start at 0. */
    public void opened(int conn) {
        delivered[conn] = 0;
        completed[conn] = 0;
    }

    @Override
    public void delivered(int connection, long streamOffset, int length, boolean zeroCopy, long now) {
        if (streamOffset != delivered[connection]) {
            fail("connection " + connection + ": delivery at " + streamOffset + " but " + delivered[connection]
                    + " expected (" + (streamOffset < delivered[connection] ? "duplicate" : "gap") + ")");
        }
        if (length <= 0) {
            fail("connection " + connection + ": empty delivery");
        }
        delivered[connection] += length;
    }

    @Override
    public void sendCompleted(int connection, long streamEnd, long now) {
        if (streamEnd <= completed[connection]) {
            fail("connection " + connection + ": completion up to " + streamEnd + " after " + completed[connection]);
        }
        completed[connection] = streamEnd;
    }

    /** Bytes delivered to the host for {@code conn}. */
    public long deliveredBytes(int conn) {
        return delivered[conn];
    }

    /** Checks every invariant of {@code m} now and folds its accounting into the trace hash. */
    public void check(DmaManager m, long now) {
        step++;
        checkBuffers(m);
        checkStreams(m);
        traceHash = traceHash * 1_000_003 + m.snapshot(now).contentHash();
    }

    /** After {@code m.flush} and reading everything: nothing placed is missing anywhere. */
    public void finish(DmaManager m) {
        ConnectionTable c = m.connections();
        for (int i = 0; i < c.size(); i++) {
            if (c.rxPlaced[i] != delivered[i] || c.rxRead[i] != c.rxPlaced[i]) {
                fail("connection " + i + ": placed " + c.rxPlaced[i] + ", delivered " + delivered[i] + ", read "
                        + c.rxRead[i]);
            }
        }
    }

    /** A hash of every snapshot checked so far: equal runs give equal hashes. */
    public long traceHash() {
        return traceHash;
    }

    private void checkBuffers(DmaManager m) {
        HostMemory mem = m.memory();
        int[][] expectedRefs = new int[mem.poolCount()][];
        boolean[][] posted = new boolean[mem.poolCount()][];
        for (int p = 0; p < mem.poolCount(); p++) {
            expectedRefs[p] = new int[mem.pool(p).capacity()];
            posted[p] = new boolean[mem.pool(p).capacity()];
        }
        ConnectionTable c = m.connections();
        for (int i = 0; i < c.size(); i++) {
            if (c.rxBuffer[i] != ConnectionTable.NONE) {
                if (!c.isOpen(i)) {
                    fail("closed connection " + i + " still fills a buffer");
                }
                expectedRefs[HostMemory.poolOf(c.rxBuffer[i])][HostMemory.indexOf(c.rxBuffer[i])]++;
            }
        }
        ChunkTable chunks = m.chunks();
        int live = 0;
        for (int ch = 0; ch < chunks.highWater(); ch++) {
            byte k = chunks.kind(ch);
            if (k == 0) {
                continue;
            }
            live++;
            if (k == ChunkTable.RX_BUFFERED || k == ChunkTable.TX_BUFFERED) {
                int h = chunks.buffer(ch);
                expectedRefs[HostMemory.poolOf(h)][HostMemory.indexOf(h)]++;
                if (chunks.offset(ch) + chunks.length(ch) > mem.bufferSize(h)) {
                    fail("chunk " + ch + " reaches past its buffer");
                }
            } else if (chunks.buffer(ch) != ChunkTable.NONE) {
                fail("application-memory chunk " + ch + " names a host buffer");
            }
        }
        if (live != chunks.live()) {
            fail("chunk table counts " + chunks.live() + " live chunks, " + live + " found");
        }
        long[] ownedBy = new long[m.groupCount()];
        for (int g = 0; g < m.groupCount(); g++) {
            BufferGroup group = m.group(g);
            for (int i = 0; i < group.posted(); i++) {
                int h = group.postedHandle(i);
                int p = HostMemory.poolOf(h);
                int b = HostMemory.indexOf(h);
                if (posted[p][b]) {
                    fail("buffer " + h + " posted twice");
                }
                posted[p][b] = true;
                if (mem.owner(h) != g) {
                    fail("buffer " + h + " posted by group " + g + " but owned by " + mem.owner(h));
                }
            }
            if (group.pinnedBytes() < 0) {
                fail(group + " has negative pinned bytes");
            }
        }
        for (int p = 0; p < mem.poolCount(); p++) {
            BufferPool pool = mem.pool(p);
            int free = 0;
            for (int b = 0; b < pool.capacity(); b++) {
                int owner = pool.owner(b);
                int refs = pool.refs(b);
                if (owner == BufferPool.FREE) {
                    free++;
                    if (expectedRefs[p][b] != 0 || posted[p][b]) {
                        fail("free buffer " + b + " of pool " + p + " is still in use");
                    }
                    continue;
                }
                ownedBy[owner]++;
                if (posted[p][b] ? refs != 0 || expectedRefs[p][b] != 0 : refs != expectedRefs[p][b] || refs == 0) {
                    fail("buffer " + b + " of pool " + p + ": refs " + refs + ", holders " + expectedRefs[p][b]
                            + (posted[p][b] ? " (posted)" : ""));
                }
            }
            if (free != pool.free()) {
                fail("pool " + p + " counts " + pool.free() + " free, " + free + " found");
            }
            long heldByGroups = 0;
            for (int g = 0; g < m.groupCount(); g++) {
                if (m.group(g).pool() == pool) {
                    heldByGroups += m.group(g).held();
                }
            }
            if (pool.capacity() != pool.free() + heldByGroups) {
                fail("pool " + p + ": capacity " + pool.capacity() + " != free " + pool.free() + " + held "
                        + heldByGroups);
            }
        }
        for (int g = 0; g < m.groupCount(); g++) {
            if (ownedBy[g] != m.group(g).held()) {
                fail(m.group(g) + " counts " + m.group(g).held() + " held but owns " + ownedBy[g]);
            }
        }
        if (Arrays.stream(ownedBy).sum() != m.buffersHeld()) {
            fail("total held " + m.buffersHeld() + " != owned " + Arrays.stream(ownedBy).sum());
        }
    }

    private void checkStreams(DmaManager m) {
        ConnectionTable c = m.connections();
        for (int i = 0; i < c.size(); i++) {
            if (!(c.rxRead[i] <= delivered[i] && delivered[i] <= c.rxHanded[i] && c.rxHanded[i] <= c.rxPlaced[i])) {
                fail("connection " + i + ": read " + c.rxRead[i] + " <= delivered " + delivered[i] + " <= handed "
                        + c.rxHanded[i] + " <= placed " + c.rxPlaced[i] + " violated");
            }
            if (c.isOpen(i) && !(c.txAcked[i] <= c.txSent[i] && c.txSent[i] <= c.txQueued[i]
                    && completed[i] <= c.txAcked[i])) {
                fail("connection " + i + ": send offsets out of order");
            }
        }
    }

    private void fail(String what) {
        throw new AssertionError("step " + step + ": " + what);
    }
}
