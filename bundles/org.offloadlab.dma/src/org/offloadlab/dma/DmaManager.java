package org.offloadlab.dma;

import java.util.ArrayList;
import java.util.List;

import org.offloadlab.dma.internal.ChunkTable;

/**
 * The DMA buffer manager of an offload adapter (patent family "Apparatus and method for supporting memory management in
 * an offload of network protocol processing", IBM, CA2573156): host memory in pools, buffer groups selected by
 * connection attributes, buffered and zero-copy receive and send, partial buffer operation, delayed (batched) DMA with
 * expedited transfer, and accounting of everything held and done.
 * <p>
 * Shaped like the TCP engine: no threads, no clock, no I/O. Every call takes the current virtual time in ns (never
 * decreasing); {@link #pollAt()} says when {@link #poll(long)} is next needed (batch delay, partial-buffer flush).
 * Connections are dense ids {@code 0 .. maxConnections-1} chosen by the caller (the NIC's connection table index). Bad
 * arguments throw {@link IllegalArgumentException}, calls in the wrong state {@link IllegalStateException}, both naming
 * the connection or group.
 */
public final class DmaManager {

    private final DmaConfig config;
    private final HostMemory memory;
    private final ConnectionTable conns;
    private final ChunkTable chunks;
    private final Groups groups;
    private final Accounting acct;
    private final ReceivePath rx;
    private final SendPath tx;
    private final DelayedDma dma;
    private long lastNow = Long.MIN_VALUE;

    /** A manager with {@code config}'s pools registered and its default group created; {@code sink} hears the host. */
    public DmaManager(DmaConfig config, HostSink sink) {
        this.config = config;
        this.memory = new HostMemory(config.pools());
        this.conns = new ConnectionTable(config.maxConnections());
        this.chunks = new ChunkTable(config.maxChunks());
        this.acct = new Accounting(config.accountingEnabled());
        this.groups = new Groups(memory, conns, acct);
        this.rx = new ReceivePath(conns, chunks, groups, memory, acct, config);
        this.tx = new SendPath(conns, chunks, groups, memory, acct, config);
        this.dma = new DelayedDma(chunks, acct, this::deliver, sink, config.batchSize(), config.maxBatchDelayNanos());
        rx.connect(dma, sink);
        tx.connect(dma, sink);
        groups.create(config.defaultGroup());
    }

    private void deliver(int chunk, long now) {
        byte kind = chunks.kind(chunk);
        if (kind == ChunkTable.RX_BUFFERED || kind == ChunkTable.RX_ZERO_COPY) {
            rx.deliver(chunk, now);
        } else {
            tx.deliver(chunk, now);
        }
    }

    // ---- groups ----

    /** Creates a group and posts its reserve; returns its id. */
    public int createGroup(GroupConfig group, long now) {
        time(now);
        return groups.create(group);
    }

    /** Changes reserve and quota while traffic runs; buffers in use above a smaller quota drain naturally. */
    public void resizeGroup(int group, int reserve, int quota, long now) {
        time(now);
        BufferGroup g = groups.get(group);
        if (g.state() != GroupState.ACTIVE) {
            throw new IllegalStateException(g + " is retired and cannot be resized");
        }
        g.resize(reserve, quota);
    }

    /** Marks a group expedited (its handovers and completions bypass batching) or not. */
    public void setExpedited(int group, boolean expedited, long now) {
        time(now);
        groups.get(group).setExpedited(expedited);
    }

    /**
     * Retires a group while traffic runs: its rules are removed, its members continue in the default group, its reserve
     * returns to the pool at once and buffers in use return as the host consumes them.
     */
    public void retireGroup(int group, long now) {
        time(now);
        groups.retire(group);
    }

    /** Replaces the ordered rule list (first match wins; no match: the default group). */
    public void setRules(List<GroupRule> rules) {
        groups.setRules(rules);
    }

    /** The rule list. */
    public GroupSelector selector() {
        return groups.selector();
    }

    /** Group {@code id}. */
    public BufferGroup group(int id) {
        return groups.get(id);
    }

    /** Groups ever created (ids {@code 0 .. groupCount-1}). */
    public int groupCount() {
        return groups.count();
    }

    /** The group connection {@code conn} belongs to. */
    public int groupOf(int conn) {
        checkOpen(conn);
        return conns.group[conn];
    }

    /** The connections in group {@code id}. */
    public int[] members(int group) {
        return groups.members(group);
    }

    // ---- connections ----

    /** Opens connection slot {@code conn}; the rules choose its group, which is returned. */
    public int open(int conn, ConnectionAttributes attributes, ConnectionOptions options, long now) {
        time(now);
        checkRange(conn);
        if (conns.isOpen(conn)) {
            throw new IllegalStateException("connection " + conn + " is already open");
        }
        if (conns.outstanding[conn] != 0) {
            throw new IllegalStateException("connection " + conn + " still has " + conns.outstanding[conn]
                    + " undelivered or unread chunks from its previous use");
        }
        byte flags = ConnectionTable.OPEN;
        if (options.zeroCopyReceive()) {
            flags |= ConnectionTable.ZERO_COPY_RX;
        }
        if (options.latencySensitive()) {
            flags |= ConnectionTable.LATENCY_SENSITIVE;
        }
        conns.reset(conn, flags);
        int g = groups.selector().select(attributes);
        groups.link(conn, g);
        return g;
    }

    /**
     * Re-applies the rules after the connection's attributes changed (age or size class): new buffers come from the new
     * group, buffers already held stay charged to the old one until released. Returns the group.
     */
    public int reclassify(int conn, ConnectionAttributes attributes, long now) {
        time(now);
        checkOpen(conn);
        int g = groups.selector().select(attributes);
        if (g != conns.group[conn]) {
            groups.unlink(conn);
            groups.link(conn, g);
        }
        return g;
    }

    /**
     * Puts a connection into group {@code group} regardless of the rules (for example a dedicated group per
     * connection); like {@link #reclassify}, held buffers stay charged to the old group. Returns the group.
     */
    public int assign(int conn, int group, long now) {
        time(now);
        checkOpen(conn);
        if (groups.get(group).state() != GroupState.ACTIVE) {
            throw new IllegalStateException("connection " + conn + ": " + groups.get(group) + " is not active");
        }
        if (group != conns.group[conn]) {
            groups.unlink(conn);
            groups.link(conn, group);
        }
        return group;
    }

    /**
     * Closes a connection: data already placed is still delivered and can still be read; the receive buffer being
     * filled and posted application buffers are released; unacknowledged send data is abandoned. The slot can be opened
     * again once the host has read everything.
     */
    public void close(int conn, long now) {
        time(now);
        checkOpen(conn);
        rx.close(conn, now);
        tx.close(conn);
        groups.unlink(conn);
        conns.flags[conn] = 0;
    }

    /**
     * Whether slot {@code conn} is closed and the host has read everything placed for it, so that it may be opened
     * again.
     */
    public boolean isReusable(int conn) {
        checkRange(conn);
        return !conns.isOpen(conn) && conns.outstanding[conn] == 0;
    }

    /** Whether slot {@code conn} is open. */
    public boolean isOpen(int conn) {
        checkRange(conn);
        return conns.isOpen(conn);
    }

    // ---- receive ----

    /**
     * The adapter receives {@code length} in-order bytes for {@code conn} ({@link RxFlags} bits). Returns how many were
     * placed in host memory: only those may be acknowledged to the peer.
     */
    public int receive(int conn, int length, int flags, long now) {
        time(now);
        checkOpen(conn);
        if (length <= 0) {
            throw new IllegalArgumentException("connection " + conn + ": receive length must be > 0, was " + length);
        }
        return rx.receive(conn, length, flags, now);
    }

    /** The application posts a receive buffer of {@code capacity} bytes for zero-copy placement. */
    public void postReceiveBuffer(int conn, int capacity, long now) {
        time(now);
        checkOpen(conn);
        if (!conns.has(conn, ConnectionTable.ZERO_COPY_RX)) {
            throw new IllegalStateException("connection " + conn + " was not opened for zero-copy receive");
        }
        if (capacity <= 0) {
            throw new IllegalArgumentException("connection " + conn + ": buffer capacity must be > 0");
        }
        rx.postBuffer(conn, capacity, now);
    }

    /**
     * The application reads up to {@code max} delivered bytes (buffered data is copied, counted); returns the count.
     */
    public int read(int conn, int max, long now) {
        time(now);
        checkRange(conn);
        if (max < 0) {
            throw new IllegalArgumentException("connection " + conn + ": read size must be >= 0");
        }
        return rx.read(conn, max);
    }

    /** The receive window {@code conn} may advertise given the free buffers (bytes). */
    public long advertisableWindow(int conn) {
        checkOpen(conn);
        return rx.advertisableWindow(conn);
    }

    // ---- send ----

    /** The application sends {@code bytes}; returns how many were accepted (fewer when the group is exhausted). */
    public int send(int conn, int bytes, SendMode mode, long now) {
        time(now);
        checkOpen(conn);
        if (bytes <= 0) {
            throw new IllegalArgumentException("connection " + conn + ": send size must be > 0, was " + bytes);
        }
        return tx.send(conn, bytes, mode, now);
    }

    /** The adapter fetches up to {@code max} queued bytes for transmission; returns the count. */
    public int transmit(int conn, int max, long now) {
        time(now);
        checkOpen(conn);
        return tx.transmit(conn, Math.max(0, max));
    }

    /** The peer acknowledged everything below stream offset {@code ackedUpTo}. */
    public void acknowledge(int conn, long ackedUpTo, long now) {
        time(now);
        checkOpen(conn);
        tx.acknowledge(conn, ackedUpTo, now);
    }

    // ---- time ----

    /** When {@link #poll} is next needed; {@link Long#MAX_VALUE} when nothing waits. */
    public long pollAt() {
        return Math.min(dma.dueAt(), rx.timerDueAt());
    }

    /** Hands over partly filled buffers whose flush time has come and delivers a batch whose delay ran out. */
    public void poll(long now) {
        time(now);
        rx.fireTimers(now);
        if (dma.dueAt() <= now) {
            dma.flush(now);
        }
    }

    /** Hands over everything placed and delivers all queued completions now (end of a run, tests). */
    public void flush(long now) {
        time(now);
        for (int c = 0; c < conns.size(); c++) {
            if (conns.isOpen(c) && conns.rxPlaced[c] != conns.rxHanded[c]) {
                rx.handOver(c, now);
            }
        }
        dma.flush(now);
    }

    /** Completions waiting in the delayed-DMA queue. */
    public int pendingCompletions() {
        return dma.pending();
    }

    // ---- accounting ----

    /** Counters and distributions. */
    public Accounting accounting() {
        return acct;
    }

    /** The registered host memory. */
    public HostMemory memory() {
        return memory;
    }

    /** The configuration. */
    public DmaConfig config() {
        return config;
    }

    /** Buffers held by all groups now. */
    public long buffersHeld() {
        return groups.totalBuffersHeld();
    }

    /** Bytes of host buffers held by all groups now. */
    public long bytesHeld() {
        return groups.totalBytesHeld();
    }

    /** Everything at {@code now}: total, per group, per pool. */
    public AccountingSnapshot snapshot(long now) {
        List<GroupStats> rows = new ArrayList<>();
        long held = 0;
        long bytes = 0;
        long pinned = 0;
        int members = 0;
        for (int i = 0; i < groups.count(); i++) {
            BufferGroup g = groups.get(i);
            rows.add(new GroupStats(i, g.config().name(), g.state(), g.memberCount(), g.held(), g.bytesHeld(),
                    g.pinnedBytes(), acct.groupCounters(i), acct.latency(i)));
            held += g.held();
            bytes += g.bytesHeld();
            pinned += g.pinnedBytes();
            members += g.memberCount();
        }
        GroupStats total = new GroupStats(GroupStats.TOTAL, "total", GroupState.ACTIVE, members, held, bytes, pinned,
                acct.totalCounters(), acct.latency());
        List<PoolStats> pools = new ArrayList<>();
        for (int i = 0; i < memory.poolCount(); i++) {
            BufferPool p = memory.pool(i);
            pools.add(new PoolStats(i, p.bufferSize(), p.capacity(), p.free()));
        }
        return new AccountingSnapshot(now, total, List.copyOf(rows), List.copyOf(pools), acct.batchSizes());
    }

    // ---- white-box views for invariant checks (tests) ----

    ConnectionTable connections() {
        return conns;
    }

    ChunkTable chunks() {
        return chunks;
    }

    /** Stream offsets of {@code conn}: placed, handed over, read; queued, sent, acknowledged. */
    public long[] streamOffsets(int conn) {
        checkRange(conn);
        return new long[]{conns.rxPlaced[conn], conns.rxHanded[conn], conns.rxRead[conn], conns.txQueued[conn],
                conns.txSent[conn], conns.txAcked[conn]};
    }

    private void time(long now) {
        if (now < lastNow) {
            throw new IllegalArgumentException("time went backwards: " + now + " after " + lastNow);
        }
        lastNow = now;
    }

    private void checkRange(int conn) {
        if (conn < 0 || conn >= conns.size()) {
            throw new IllegalArgumentException(
                    "connection " + conn + " out of range 0.." + (conns.size() - 1) + " (DmaConfig.maxConnections)");
        }
    }

    private void checkOpen(int conn) {
        checkRange(conn);
        if (!conns.isOpen(conn)) {
            throw new IllegalStateException("connection " + conn + " is not open");
        }
    }
}
