package org.offloadlab.nic;

import java.nio.ByteBuffer;
import java.util.Arrays;

import org.offloadlab.dma.ConnectionAttributes;
import org.offloadlab.dma.ConnectionOptions;
import org.offloadlab.dma.DmaConfig;
import org.offloadlab.dma.DmaManager;
import org.offloadlab.dma.ExhaustionPolicy;
import org.offloadlab.dma.GroupConfig;
import org.offloadlab.dma.HostSink;
import org.offloadlab.dma.IpAddress;
import org.offloadlab.dma.RxFlags;
import org.offloadlab.dma.SendMode;
import org.offloadlab.nic.internal.IntQueue;
import org.offloadlab.tcp.TcpConnection;

/**
 * The adapter's data path through the {@link DmaManager} (DMA.md, IBM patent CA2573156): received in-order data is
 * placed into the connection's buffer group (or zero-copy into posted application buffers), handed over on PSH or the
 * partial-buffer timer, and reaches the host as RX_DATA completions only when the delayed-DMA queue delivers its batch
 * (by count or time, expedited bypass). The host driver copies each RX_DATA out while it processes the completion; the
 * completion-queue doorbell that follows returns the buffers (NAPI's buffer recycling), here {@link DmaManager#read}.
 * Sends are accounted as buffered or zero-copy by the manager's threshold and released when acknowledged.
 * <p>
 * <b>Acknowledged means announced.</b> The engine acknowledges only what an RX_DATA completion written to the host
 * covers ({@link OffloadAdapter#acknowledgeOnlyAnnounced}), so data held for a batch or left in the engine by an
 * exhausted group is recoverable from the host after a crash. This path takes from the engine only what the manager
 * placed; what did not fit stays there, whose advertised window therefore shrinks by exactly that amount until host
 * buffers return; placement is retried then. A group's DROP policy so degenerates to "retry later" (the manager still
 * counts the drops).
 * <p>
 * DMA connection ids are separate from table slots: an id returns to the free list only once the host has read
 * everything placed for it, so a reused table slot never meets its predecessor's buffers.
 */
public final class DmaDataPath implements HostSink {

    /** Picks the buffer group of a new connection and is told when it goes away. */
    public interface GroupChooser {

        /** Returns the group for connection {@code conn}, or -1 to let the manager's rules choose. */
        int opened(DmaManager manager, int conn, ConnectionAttributes attributes, long now);

        /** Connection {@code conn} of group {@code group} was closed. */
        default void closed(DmaManager manager, int conn, int group, long now) {
        }
    }

    /** Rules only. */
    public static final GroupChooser RULES = (m, conn, a, now) -> -1;

    /**
     * One group per connection (the baseline CA2573156 improves on): {@code reserve} buffers of {@code pool} posted for
     * each connection while it is open. A closed connection's group is emptied of posted buffers and kept for the next
     * connection, so the group list is bounded by the most connections open at once.
     */
    public static GroupChooser perConnection(int pool, int reserve, int quota, ExhaustionPolicy exhaustion) {
        return new GroupChooser() {
            private int[] spare = new int[16];
            private int spares;

            @Override
            public int opened(DmaManager m, int conn, ConnectionAttributes a, long now) {
                if (spares > 0) {
                    int g = spare[--spares];
                    m.resizeGroup(g, reserve, quota, now);
                    return g;
                }
                return m.createGroup(GroupConfig.of("conn-" + m.groupCount(), pool, reserve, quota, exhaustion), now);
            }

            @Override
            public void closed(DmaManager m, int conn, int group, long now) {
                if (group == 0) {
                    return;
                }
                m.resizeGroup(group, 0, quota, now); // posted buffers go back to the pool at once
                if (spares == spare.length) {
                    spare = Arrays.copyOf(spare, spares * 2);
                }
                spare[spares++] = group;
            }
        };
    }

    private final OffloadAdapter adapter;
    private final DmaManager manager;
    private GroupChooser chooser = RULES;
    private ConnectionOptions options = ConnectionOptions.DEFAULT;
    private final int[] free;
    private int freeTop;
    private final int[] dmaOfSlot;
    private final int[] slotOf;
    private final int[] tidOf;
    private final int[] rxBaseSeq;
    private final long[] placed;
    private final long[] deliveredTo;
    private final int[] txBaseSeq;
    private final long[] txSent;
    private final Staging[] staging;
    private final boolean[] starved;
    private final IntQueue starvedSlots = new IntQueue();
    /** Deliveries heard from the manager, turned into completions when the current call returns. */
    private final IntQueue pendingConn = new IntQueue();
    private final IntQueue pendingLen = new IntQueue();
    /** Connection and length of every RX_DATA completion posted and not yet returned by a doorbell, in ring order. */
    private final IntQueue postedConn = new IntQueue();
    private final IntQueue postedLen = new IntQueue();
    private final IntQueue drainedSlots = new IntQueue();
    private long staged;
    private long peakStaged;
    private long peakHeld;

    DmaDataPath(OffloadAdapter adapter, DmaConfig config, int tableCapacity) {
        this.adapter = adapter;
        this.manager = new DmaManager(config, this);
        int n = config.maxConnections();
        free = new int[n];
        for (int i = 0; i < n; i++) {
            free[i] = n - 1 - i;
        }
        freeTop = n;
        dmaOfSlot = new int[tableCapacity];
        Arrays.fill(dmaOfSlot, -1);
        slotOf = new int[n];
        tidOf = new int[n];
        rxBaseSeq = new int[n];
        placed = new long[n];
        deliveredTo = new long[n];
        txBaseSeq = new int[n];
        txSent = new long[n];
        staging = new Staging[n];
        starved = new boolean[tableCapacity];
    }

    /** The buffer manager: groups, rules, accounting. */
    public DmaManager manager() {
        return manager;
    }

    /** How new connections get their group (default: the manager's rules). */
    public void setGroupChooser(GroupChooser chooser) {
        this.chooser = chooser == null ? RULES : chooser;
    }

    /** Receive options of new connections (zero-copy receive, latency-sensitive). */
    public void setConnectionOptions(ConnectionOptions options) {
        this.options = options == null ? ConnectionOptions.DEFAULT : options;
    }

    /** The DMA connection id of table slot {@code slot}, -1 if it has none. */
    public int connectionOf(int slot) {
        return dmaOfSlot[slot];
    }

    /** Bytes placed in host memory and not yet announced to the host, now and at most. */
    public long stagedBytes() {
        return staged;
    }

    public long peakStagedBytes() {
        return peakStaged;
    }

    /** Most host memory the buffer groups held at once (posted + in use), checked after every operation. */
    public long peakBytesHeld() {
        return peakHeld;
    }

    /** The sim host address as the IPv4 address rules match against: 10.0.0.0/8 + host. */
    public static IpAddress addressOf(int host) {
        return IpAddress.ipv4(0x0A00_0000 | (host & 0x00FF_FFFF));
    }

    // ================================================================================================== adapter

    /** The connection in {@code slot} became host-owned: open its DMA connection. */
    void open(int slot, int tid, TcpConnection c, int remoteHost, long now) {
        if (dmaOfSlot[slot] >= 0) {
            close(slot, now);
        }
        if (freeTop == 0) {
            throw new IllegalStateException("DMA connection ids exhausted (" + free.length
                    + " configured, all held by open or unread connections): raise DmaConfig.maxConnections");
        }
        int d = free[--freeTop];
        ConnectionAttributes a = ConnectionAttributes.of(c.localPort(), addressOf(remoteHost));
        int g = manager.open(d, a, options, now);
        int chosen = chooser.opened(manager, d, a, now);
        if (chosen >= 0 && chosen != g) {
            manager.assign(d, chosen, now);
        }
        dmaOfSlot[slot] = d;
        slotOf[d] = slot;
        tidOf[d] = tid;
        // RCV.NXT counts a FIN that came before the host took over: the data ends before it (RX_DATA's sequence number
        // is what the engine may acknowledge once the completion is written)
        rxBaseSeq[d] = c.rcvNxt() - c.available() - (OffloadAdapter.peerFinished(c.state()) ? 1 : 0);
        placed[d] = 0;
        deliveredTo[d] = 0;
        txBaseSeq[d] = c.sndUna() + c.sendQueued();
        txSent[d] = 0;
        if (options.zeroCopyReceive()) {
            manager.postReceiveBuffer(d, adapter.config().hostReceiveCredit(), now);
        }
        finish(now);
    }

    /** The connection in {@code slot} left the host's ownership or the table. */
    void close(int slot, long now) {
        int d = dmaOfSlot[slot];
        if (d < 0) {
            return;
        }
        int g = manager.groupOf(d);
        manager.close(d, now);
        chooser.closed(manager, d, g, now);
        dmaOfSlot[slot] = -1;
        slotOf[d] = -1;
        starved[slot] = false;
        recycle(d);
        finish(now);
    }

    /**
     * Places up to {@code max} in-order bytes of {@code c} for {@code slot}; returns the bytes taken from the engine.
     * Fewer than offered means the group is exhausted: the slot is retried when buffers return.
     */
    int place(int slot, TcpConnection c, int max, long now) {
        int d = dmaOfSlot[slot];
        int n = Math.min(max, c.available());
        if (d < 0 || n <= 0) {
            return 0;
        }
        // the engine does not keep the sender's PSH; an emptied reassembly queue is where the sender paused
        int flags = n == c.available() ? RxFlags.PSH : RxFlags.NONE;
        if (c.urgentMark() >= 0) {
            flags |= RxFlags.URG;
        }
        int got = manager.receive(d, n, flags, now);
        if (got > 0) {
            Staging s = staging[d];
            if (s == null) {
                s = staging[d] = new Staging();
            }
            s.fill(c, got, now);
            placed[d] += got;
            staged += got;
            peakStaged = Math.max(peakStaged, staged);
        }
        if (got < n && !starved[slot]) {
            starved[slot] = true;
            starvedSlots.add(slot);
        }
        finish(now);
        return got;
    }

    /** Bytes placed for {@code slot} that the host has not been told about yet. */
    long undelivered(int slot) {
        int d = dmaOfSlot[slot];
        return d < 0 ? 0 : placed[d] - deliveredTo[d];
    }

    /** The host handed {@code bytes} to the adapter for sending (already fetched by DMA read). */
    void sent(int slot, int bytes, long now) {
        int d = dmaOfSlot[slot];
        if (d < 0 || bytes <= 0) {
            return;
        }
        // the data already crossed the bus with the command: only the host-side buffer (copy or pin) is modelled
        int accepted = manager.send(d, bytes, SendMode.AUTO, now);
        if (accepted > 0) {
            manager.transmit(d, accepted, now);
            txSent[d] += accepted;
        }
        finish(now);
    }

    /** The peer acknowledged up to {@code sndUna}: send buffers up to there are released. */
    void acknowledged(int slot, int sndUna, long now) {
        int d = dmaOfSlot[slot];
        if (d < 0) {
            return;
        }
        long offset = Math.min(txSent[d], Math.max(0, (long) (sndUna - txBaseSeq[d])));
        manager.acknowledge(d, offset, now);
        finish(now);
    }

    /** {@code count} RX_DATA completions were consumed by the host (completion doorbell arrived). */
    void returned(int count, long now) {
        for (int i = 0; i < count && !postedConn.isEmpty(); i++) {
            int d = postedConn.poll();
            int len = postedLen.poll();
            manager.read(d, len, now);
            if (slotOf[d] >= 0 && options.zeroCopyReceive() && manager.isOpen(d)) {
                manager.postReceiveBuffer(d, len, now); // the socket buffer space becomes a posted buffer again
            }
            if (slotOf[d] < 0) {
                recycle(d);
            }
        }
        finish(now);
    }

    /** Slots whose placement stopped for lack of buffers; cleared as they are returned. */
    IntQueue takeStarved(IntQueue into) {
        into.clear();
        while (!starvedSlots.isEmpty()) {
            int s = starvedSlots.poll();
            if (starved[s]) {
                starved[s] = false;
                into.add(s);
            }
        }
        return into;
    }

    boolean hasStarved() {
        return !starvedSlots.isEmpty();
    }

    /** Slots whose placed data has now all been announced (their FIN/close may be reported). */
    IntQueue drained() {
        return drainedSlots;
    }

    long pollAt() {
        return manager.pollAt();
    }

    void poll(long now) {
        manager.poll(now);
        finish(now);
    }

    // ================================================================================================ host sink

    @Override
    public void delivered(int connection, long streamOffset, int length, boolean zeroCopy, long now) {
        pendingConn.add(connection);
        pendingLen.add(length);
        if (streamOffset != deliveredTo[connection] + pendingBytes(connection) - length) {
            throw new IllegalStateException("DMA connection " + connection + ": delivered offset " + streamOffset
                    + " but the host has " + deliveredTo[connection] + " bytes: out of order");
        }
    }

    private long pendingBytes(int connection) {
        long sum = 0;
        for (int i = 0; i < pendingConn.size(); i++) {
            if (pendingConn.get(i) == connection) {
                sum += pendingLen.get(i);
            }
        }
        return sum;
    }

    /** Turns the deliveries heard during a call into RX_DATA completions, in order. */
    private void finish(long now) {
        peakHeld = Math.max(peakHeld, manager.memory().allocatedBytes());
        while (!pendingConn.isEmpty()) {
            int d = pendingConn.poll();
            int len = pendingLen.poll();
            byte[] data = staging[d].take(len);
            if (staging[d].isEmpty()) {
                staging[d] = null; // nothing staged: hold no buffer (targets are 100k+ connections)
            }
            staged -= len;
            deliveredTo[d] += len;
            int end = rxBaseSeq[d] + (int) deliveredTo[d];
            postedConn.add(d);
            postedLen.add(len);
            int slot = slotOf[d];
            adapter.dmaDelivered(slot, tidOf[d], end, data, now);
            if (slot >= 0 && placed[d] == deliveredTo[d]) {
                drainedSlots.add(slot);
            }
        }
    }

    private void recycle(int d) {
        if (slotOf[d] < 0 && manager.isReusable(d) && placed[d] == deliveredTo[d] && !inPosted(d)) {
            placed[d] = -1; // marks "in the free list" so it is pushed once
            deliveredTo[d] = -1;
            staging[d] = null;
            free[freeTop++] = d;
        }
    }

    private boolean inPosted(int d) {
        if (placed[d] < 0) {
            return true; // already free
        }
        for (int i = 0; i < postedConn.size(); i++) {
            if (postedConn.get(i) == d) {
                return true;
            }
        }
        return false;
    }

    /** Placed bytes of one connection between placement and the completion that announces them. */
    private static final class Staging {
        private byte[] buf = new byte[4096];
        private int head;
        private int size;

        void fill(TcpConnection c, int n, long now) {
            if (size + n > buf.length) {
                byte[] b = new byte[Math.max(buf.length * 2, Integer.highestOneBit(size + n) << 1)];
                for (int i = 0; i < size; i++) {
                    b[i] = buf[(head + i) % buf.length];
                }
                buf = b;
                head = 0;
            }
            int tail = (head + size) % buf.length;
            int first = Math.min(n, buf.length - tail);
            int got = c.receive(ByteBuffer.wrap(buf, tail, first), now);
            if (first < n) {
                got += c.receive(ByteBuffer.wrap(buf, 0, n - first), now);
            }
            if (got != n) {
                throw new IllegalStateException("engine gave " + got + " of " + n + " available bytes");
            }
            size += n;
        }

        boolean isEmpty() {
            return size == 0;
        }

        byte[] take(int n) {
            if (n > size) {
                throw new IllegalStateException("announcing " + n + " bytes but only " + size + " are placed");
            }
            byte[] out = new byte[n];
            int first = Math.min(n, buf.length - head);
            System.arraycopy(buf, head, out, 0, first);
            System.arraycopy(buf, 0, out, first, n - first);
            head = (head + n) % buf.length;
            size -= n;
            return out;
        }
    }
}
