package org.offloadlab.nic;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.offloadlab.dma.DmaConfig;
import org.offloadlab.nic.internal.ConnectionTable;
import org.offloadlab.nic.internal.DeadlineHeap;
import org.offloadlab.nic.internal.IntQueue;
import org.offloadlab.nic.internal.NotificationBatcher;
import org.offloadlab.nic.internal.SynCookies;
import org.offloadlab.sim.Packet;
import org.offloadlab.sim.PacketReceiver;
import org.offloadlab.sim.Scheduled;
import org.offloadlab.sim.Simulator;
import org.offloadlab.tcp.ConnectionEvent;
import org.offloadlab.tcp.HardState;
import org.offloadlab.tcp.Segment;
import org.offloadlab.tcp.SegmentSink;
import org.offloadlab.tcp.State;
import org.offloadlab.tcp.TcpConfig;
import org.offloadlab.tcp.TcpConnection;
import org.offloadlab.tcp.TcpFlags;
import org.offloadlab.tcp.TcpOptions;

/**
 * The emulated TCP offload adapter: one network port, a table of offloaded {@link TcpConnection}s, offloaded connection
 * establishment with bulk or piecemeal notification (IBM patent WO2006019512), SYN-flood defences, and a
 * {@link HostInterface} through which alone the host reaches it. Failure modes ({@link #crash}, {@link #hang},
 * {@link #linkDown}) are operations, for the failover controller (IBM patent EP1609063).
 * <p>
 * Timers: all connections share one simulator event at the earliest {@code pollAt} of any connection, kept in an
 * indexed heap of slots; idle connections have no entry. Not thread-safe; runs inside simulator events.
 */
public final class OffloadAdapter implements PacketReceiver {

    /** Whether the adapter works. */
    public enum Status {
        RUNNING,
        /** Stopped responding: state kept but unreachable, packets and doorbells ignored. */
        HUNG,
        /** Stopped instantly; all state lost. */
        CRASHED
    }

    private static final int F_FIN_REPORTED = 1;
    private static final int F_CLOSE_REPORTED = 1 << 1;
    private static final int F_RESET = 1 << 2;
    private static final int F_TIMED_OUT = 1 << 3;
    private static final int F_REFUSED = 1 << 4;
    /** Deliveries larger than this are split (a receive buffer descriptor's size). */
    private static final int MAX_DELIVERY = 64 * 1024;
    private static final PacketReceiver NO_WIRE = (p, t) -> {
    };

    private final Simulator sim;
    private final NicConfig config;
    private final TcpConfig tcp;
    private final int address;
    private final String traceName;
    private final ConnectionTable table;
    private final DeadlineHeap timers;
    private final Scheduled timerEvent;
    private final HostPort host;
    private final NotificationBatcher batcher;
    private final Scheduled batchEvent;
    private final SynCookies cookies;
    private final DataPlacement placement;
    /** Placement through the DMA buffer manager, or null for {@link #placement}. */
    private final DmaDataPath dma;
    private final Scheduled dmaEvent;
    private final IntQueue retry = new IntQueue();
    private boolean servicingDma;
    private boolean ackOnlyAnnounced = true;
    private final AdapterStats stats = new AdapterStats();
    private final int[] listenPort;
    private final int[] listenBacklog;
    private final int[] listenEmbryonic;
    private int listeners;
    private int embryonic;
    private final int synAckWindow;
    private final int ourWindowShift;
    private PacketReceiver wire = NO_WIRE;
    private boolean linkUp = true;
    private Status status = Status.RUNNING;
    private final IntQueue due = new IntQueue();
    private int emitSlot;
    private long emitNow;
    private final SegmentSink sink = this::emit;

    /** An adapter with the copy-to-host-memory data placement. */
    public OffloadAdapter(Simulator sim, NicConfig config, int address) {
        this(sim, config, address, DataPlacement.copyToHostMemory());
    }

    public OffloadAdapter(Simulator sim, NicConfig config, int address, DataPlacement placement) {
        this(sim, config, address, placement, null);
    }

    /**
     * An adapter that places received data and accounts sends through a DMA buffer manager built from {@code dmaConfig}
     * (groups and rules are set on {@link #dmaPath()} before traffic starts).
     */
    public OffloadAdapter(Simulator sim, NicConfig config, int address, DmaConfig dmaConfig) {
        this(sim, config, address, DataPlacement.copyToHostMemory(), dmaConfig);
    }

    private OffloadAdapter(Simulator sim, NicConfig config, int address, DataPlacement placement,
            DmaConfig dmaConfig) {
        this.sim = sim;
        this.config = config;
        this.tcp = config.tcp();
        this.address = address;
        this.traceName = "nic" + address;
        this.placement = placement;
        int capacity = config.capabilities().tableCapacity();
        this.table = new ConnectionTable(capacity);
        this.timers = new DeadlineHeap(capacity);
        this.timerEvent = sim.handle(this::timersDue);
        this.host = new HostPort(sim, config, this);
        this.batcher = new NotificationBatcher(config.notification());
        this.batchEvent = sim.handle(this::notify);
        this.cookies = new SynCookies(config.cookieSecret());
        int maxListeners = config.capabilities().maxListeners();
        listenPort = new int[maxListeners];
        listenBacklog = new int[maxListeners];
        listenEmbryonic = new int[maxListeners];
        synAckWindow = Math.min(65535, tcp.receiveBufferSize());
        int shift = 0;
        while (shift < 14 && (65535L << shift) < tcp.receiveBufferSize()) {
            shift++; // the engine's rule, so a cookie connection advertises what the engine would (RFC 7323 §2.3)
        }
        ourWindowShift = shift;
        this.dma = dmaConfig == null ? null : new DmaDataPath(this, dmaConfig, capacity);
        this.dmaEvent = sim.handle(this::dmaDue);
    }

    // ============================================================================================ wiring, status

    /** Where transmitted packets go (the link towards the network). */
    public void attachWire(PacketReceiver out) {
        wire = out == null ? NO_WIRE : out;
    }

    public HostInterface hostInterface() {
        return host;
    }

    public NicConfig config() {
        return config;
    }

    public int address() {
        return address;
    }

    public Status status() {
        return status;
    }

    public boolean isLinkUp() {
        return linkUp;
    }

    public AdapterStats stats() {
        return stats;
    }

    /** The DMA data path, or null when data is placed by a plain {@link DataPlacement}. */
    public DmaDataPath dmaPath() {
        return dma;
    }

    /** Connections in the table (half-open, established, closing). */
    public int connectionCount() {
        return table.used();
    }

    /** Half-open connections held (the SYN queue). */
    public int embryonicCount() {
        return embryonic;
    }

    /** Most connections held at once. */
    public int peakConnectionCount() {
        return table.peakUsed();
    }

    /** Established connections waiting for their notification. */
    public int pendingNotifications() {
        return batcher.pending().size();
    }

    /** Connections with a pending timer (in the deadline heap). */
    public int timedConnections() {
        return timers.size();
    }

    /**
     * Heap bytes of the adapter's fixed structures (table arrays, index, timer heap, counters), not counting the
     * {@link TcpConnection} objects.
     */
    public long fixedFootprintBytes() {
        return table.footprintBytes() + timers.footprintBytes() + host.counters().footprintBytes();
    }

    /** The engine connection for a host-visible id, for tests and inspection (null if the id is not current). */
    public TcpConnection connection(int id) {
        int slot = table.slotOf(id);
        return slot < 0 ? null : table.connection[slot];
    }

    /**
     * Whether connections acknowledge only received data whose RX_DATA (or RX_FIN) completion has been written to the
     * host (default on): the host's hard-state shadow then knows every octet the peer saw acknowledged, so a failover
     * restores nothing below it (IBM patent EP1609063; docs/DMA.md). Off only to measure what it costs; applies to
     * connections opened afterwards.
     */
    public void acknowledgeOnlyAnnounced(boolean on) {
        ackOnlyAnnounced = on;
    }

    private TcpConnection owned(TcpConnection c) {
        if (ackOnlyAnnounced) {
            c.acknowledgeOnlyCommitted();
        }
        return c;
    }

    boolean responsive() {
        return status == Status.RUNNING;
    }

    /** Crash: the adapter stops at once and loses every connection; the host sees no more completions. */
    public void crash(long nowNanos) {
        status = Status.CRASHED;
        table.clear();
        timers.clear();
        batcher.clear();
        listeners = 0;
        embryonic = 0;
        sim.cancel(timerEvent);
        sim.cancel(batchEvent);
        sim.cancel(dmaEvent);
        host.crash();
        sim.trace().record(nowNanos, traceName, "crash", 0, 0);
    }

    /** Hang: the adapter stops responding; its state is kept but unreachable, packets are silently dropped. */
    public void hang(long nowNanos) {
        status = Status.HUNG;
        sim.cancel(timerEvent);
        sim.cancel(batchEvent);
        sim.trace().record(nowNanos, traceName, "hang", 0, 0);
    }

    /** Link down: the adapter keeps working but nothing crosses the wire either way. */
    public void linkDown(long nowNanos) {
        linkUp = false;
        sim.trace().record(nowNanos, traceName, "link-down", 0, 0);
    }

    public void linkUp(long nowNanos) {
        linkUp = true;
        sim.trace().record(nowNanos, traceName, "link-up", 0, 0);
    }

    // ================================================================================================== wire in

    @Override
    public void receive(Packet packet, long now) {
        stats.rxPackets++;
        if (status != Status.RUNNING || !linkUp) {
            stats.rxDropped++;
            return;
        }
        if (packet.corrupted()) {
            stats.rxChecksumErrors++; // receive checksum offload: damaged segments never reach TCP
            return;
        }
        if (packet.destinationHost() != address) {
            stats.rxDropped++;
            return;
        }
        Segment seg = packet.segment();
        int remote = packet.sourceHost();
        int slot = table.find(ConnectionTable.key(remote, seg.srcPort(), seg.dstPort()));
        if (slot >= 0) {
            table.connection[slot].process(seg, now);
            touched(slot, now);
            return;
        }
        noConnection(remote, seg, now);
    }

    private int listener(int port) {
        for (int i = 0; i < listeners; i++) {
            if (listenPort[i] == port) {
                return i;
            }
        }
        return -1;
    }

    private boolean cookiesOn() {
        return config.synDefense() == SynDefense.COOKIES || config.synDefense() == SynDefense.QUEUE_THEN_COOKIES;
    }

    private void noConnection(int remote, Segment seg, long now) {
        int li = listener(seg.dstPort());
        boolean rst = seg.has(TcpFlags.RST);
        if (li >= 0 && seg.has(TcpFlags.SYN) && !seg.has(TcpFlags.ACK) && !rst && !seg.has(TcpFlags.FIN)) {
            onSyn(li, remote, seg, now);
            return;
        }
        if (li >= 0 && !rst && !seg.has(TcpFlags.SYN) && seg.has(TcpFlags.ACK) && cookiesOn()
                && onCookieAck(remote, seg, now)) {
            return;
        }
        if (!rst) {
            reset(remote, seg, now); // RFC 9293 §3.10.7.1: no connection
        }
    }

    /** RFC 9293 §3.10.7.1: RST for a segment that matches no connection. */
    private void reset(int remote, Segment seg, long now) {
        Segment r = seg.has(TcpFlags.ACK)
                ? Segment.of(seg.dstPort(), seg.srcPort(), seg.ack(), 0, TcpFlags.RST, 0)
                : Segment.of(seg.dstPort(), seg.srcPort(), 0, seg.seq() + seg.sequenceLength(),
                        TcpFlags.RST | TcpFlags.ACK, 0);
        stats.resetsSent++;
        send(remote, r, now);
    }

    private void refuseTableFull(int remote, Segment seg, long now) {
        stats.tableFullRefused++;
        if (config.tableFull() == TableFullPolicy.RESET) {
            reset(remote, seg, now);
        }
    }

    private void onSyn(int li, int remote, Segment seg, long now) {
        stats.synReceived++;
        boolean queueFull = listenEmbryonic[li] >= listenBacklog[li] || embryonic >= config.synQueueCapacity();
        switch (config.synDefense()) {
            case COOKIES -> {
                sendCookie(remote, seg, now);
                return;
            }
            case QUEUE_THEN_COOKIES -> {
                if (queueFull) {
                    sendCookie(remote, seg, now);
                    return;
                }
            }
            case QUEUE_EVICT -> {
                if (queueFull) {
                    // RFC 4987 §3.5: recycle the oldest half-open connection for the new SYN
                    int oldest = table.oldestEmbryonic();
                    if (oldest < 0) {
                        stats.synDropped++;
                        return;
                    }
                    stats.synEvicted++;
                    leaveSynQueue(oldest);
                    free(oldest);
                    if (listenEmbryonic[li] >= listenBacklog[li]) {
                        stats.synDropped++; // the evicted one belonged to another listener; this one is still full
                        return;
                    }
                }
            }
            case QUEUE_DROP -> {
                if (queueFull) {
                    stats.synDropped++;
                    return;
                }
            }
        }
        if (table.isFull()) {
            refuseTableFull(remote, seg, now);
            return;
        }
        TcpConnection c = owned(TcpConnection.listen(tcp, null, seg.dstPort(), remote, now));
        c.process(seg, now);
        if (c.state() != State.SYN_RECEIVED) {
            return; // not a SYN the engine accepts (e.g. MSS 0): dropped and counted by the engine
        }
        int slot = table.allocate(ConnectionTable.key(remote, seg.srcPort(), seg.dstPort()), remote, c,
                ConnectionTable.EMBRYONIC);
        host.counters().resetConnection(slot);
        table.openedAt[slot] = now;
        table.enqueueEmbryonic(slot);
        listenEmbryonic[li]++;
        embryonic++;
        stats.peakEmbryonic = Math.max(stats.peakEmbryonic, embryonic);
        touched(slot, now);
    }

    private void leaveSynQueue(int slot) {
        table.dequeueEmbryonic(slot);
        embryonic--;
        int li = listener(table.connection[slot].localPort());
        if (li >= 0) {
            listenEmbryonic[li]--;
        }
    }

    /** RFC 4987 §3.6: answer with a SYN-ACK whose ISS encodes the SYN; keep nothing. */
    private void sendCookie(int remote, Segment syn, long now) {
        TcpOptions o = syn.options();
        int peerMss = o.mss() > 0 ? o.mss() : 536;
        int iss = cookies.encode(remote, syn.srcPort(), address, syn.dstPort(), syn.seq(), peerMss, now);
        TcpOptions reply = TcpOptions.NONE.withMss(tcp.mss());
        if (tcp.timestamps() && o.timestamps()) {
            // without timestamps there is nowhere to keep window scale and SACK: offer neither (as Linux does)
            boolean ws = tcp.windowScaling() && o.windowScale() >= 0;
            boolean sack = tcp.sack() && o.sackPermitted();
            int tsOffset = cookies.timestampOffset(remote, syn.srcPort(), syn.dstPort());
            int tsNow = (int) (now / tcp.timestampTickNanos()) + tsOffset;
            int tsVal = SynCookies.timestampWithOptions(tsNow,
                    SynCookies.timestampOptions(ws ? o.windowScale() : -1, sack));
            reply = reply.withTimestamps(tsVal, o.tsVal()).withSackPermitted(sack);
            if (ws) {
                reply = reply.withWindowScale(ourWindowShift);
            }
        }
        Segment synAck = new Segment(syn.dstPort(), syn.srcPort(), iss, syn.seq() + 1, TcpFlags.SYN | TcpFlags.ACK,
                synAckWindow, 0, reply, ByteBuffer.allocate(0));
        stats.synCookiesSent++;
        send(remote, synAck, now);
    }

    /** An ACK for a listening port without a connection: a returning cookie, or nothing. */
    private boolean onCookieAck(int remote, Segment ack, long now) {
        int mssIdx = cookies.decode(remote, ack.srcPort(), address, ack.dstPort(), ack.seq(), ack.ack(), now);
        if (mssIdx < 0) {
            stats.cookieAcksInvalid++;
            return false;
        }
        if (table.isFull()) {
            refuseTableFull(remote, ack, now);
            return true;
        }
        stats.cookieAcksValid++;
        TcpOptions o = ack.options();
        boolean ts = tcp.timestamps() && o.timestamps();
        int peerWscale = ts ? SynCookies.peerWscale(o.tsEcr()) : -1;
        boolean ws = ts && tcp.windowScaling() && peerWscale >= 0;
        boolean sack = ts && tcp.sack() && SynCookies.sackPermitted(o.tsEcr());
        int sndWscale = ws ? peerWscale : 0;
        int rcvWscale = ws ? ourWindowShift : 0;
        int iss = ack.ack() - 1;
        int irs = ack.seq() - 1;
        long sndWnd = (long) ack.window() << sndWscale;
        HardState h = new HardState(State.ESTABLISHED, ack.dstPort(), ack.srcPort(), true, false, false, iss, irs,
                iss + 1, iss + 1, sndWnd, ack.seq(), ack.ack(), sndWnd, irs + 1, synAckWindow, irs + 1,
                SynCookies.mss(mssIdx), tcp.mss(), sndWscale, rcvWscale, ws, ts, sack,
                ts ? cookies.timestampOffset(remote, ack.srcPort(), ack.dstPort()) : 0, ts ? o.tsVal() : 0,
                tcp.noDelay(), tcp.keepAlive(), false, 0, false, 0, new byte[0], new byte[0]);
        TcpConnection c = owned(TcpConnection.restore(h, tcp, null, now));
        c.takeEvents();
        if (ack.payloadLength() > 0 || ack.has(TcpFlags.FIN)) {
            c.process(ack, now); // data on the handshake-completing ACK
        }
        int slot = table.allocate(ConnectionTable.key(remote, ack.srcPort(), ack.dstPort()), remote, c,
                ConnectionTable.PENDING);
        host.counters().resetConnection(slot);
        table.openedAt[slot] = now;
        established(slot, now);
        touched(slot, now);
        return true;
    }

    // ================================================================================================ wire out

    private void send(int remote, Segment seg, long now) {
        if (!linkUp) {
            stats.txDropped++;
            return;
        }
        stats.txPackets++;
        wire.receive(Packet.of(address, remote, seg), now);
    }

    private void emit(Segment seg) {
        send(table.remoteHost[emitSlot], seg, emitNow);
    }

    // ================================================================================================== timers

    private void timersDue(long now) {
        if (status != Status.RUNNING) {
            return;
        }
        due.clear();
        while (!timers.isEmpty() && timers.minDeadline() <= now) {
            due.add(timers.poll());
        }
        for (int i = 0; i < due.size(); i++) {
            int slot = due.get(i);
            TcpConnection c = table.connection[slot];
            if (c == null) {
                continue;
            }
            emitSlot = slot;
            emitNow = now;
            c.dispatch(now, sink);
            touched(slot, now);
        }
        armTimer();
    }

    private void armTimer() {
        long min = timers.minDeadline();
        if (min == Long.MAX_VALUE) {
            sim.cancel(timerEvent);
        } else if (!timerEvent.isPending() || timerEvent.time() > min) {
            sim.reschedule(timerEvent, Math.max(min, sim.now()));
        }
    }

    // ============================================================================================ per connection

    /** After anything happened to a connection: lifecycle, host notifications, its timer. */
    private void touched(int slot, long now) {
        TcpConnection c = table.connection[slot];
        int events = c.takeEvents();
        if (ConnectionEvent.RESET.in(events)) {
            table.flags[slot] |= F_RESET;
        }
        if (ConnectionEvent.TIMED_OUT.in(events)) {
            table.flags[slot] |= F_TIMED_OUT;
        }
        if (ConnectionEvent.REFUSED.in(events)) {
            table.flags[slot] |= F_REFUSED;
        }
        switch (table.phase[slot]) {
            case ConnectionTable.EMBRYONIC -> {
                if (c.isClosed()) {
                    leaveSynQueue(slot); // reset by the client or the SYN-ACK timed out
                    free(slot);
                    return;
                }
                if (c.state() != State.SYN_RECEIVED) {
                    leaveSynQueue(slot);
                    table.phase[slot] = ConnectionTable.PENDING;
                    established(slot, now);
                }
            }
            case ConnectionTable.ACTIVE_OPEN -> {
                if (c.isClosed()) {
                    int reason = (table.flags[slot] & F_REFUSED) != 0 ? Completion.REFUSED : Completion.TIMED_OUT;
                    host.complete(Completion.of(CompletionType.CONNECT_FAILED, -1, reason, table.word[slot], 0),
                            now);
                    free(slot);
                    return;
                }
                if (c.state().isSynchronized()) {
                    int ref = table.word[slot];
                    becomeHostOwned(slot, c);
                    host.complete(new Completion(CompletionType.CONNECTED, table.id(slot), Completion.OK, ref, 0,
                            null, List.of(entry(slot, c))), now);
                    serviceHost(slot, c, now);
                }
            }
            case ConnectionTable.HOST -> serviceHost(slot, c, now);
            default -> {
                // PENDING: held until notified; ORPHAN: finishing on its own
            }
        }
        if (c.isClosed() && c.pollAt() == Long.MAX_VALUE && table.phase[slot] == ConnectionTable.ORPHAN) {
            free(slot);
            return;
        }
        timers.set(slot, c.pollAt());
        armTimer();
        if (dma != null && !servicingDma && !dma.drained().isEmpty()) {
            serviceDma(now, false);
        }
    }

    private void free(int slot) {
        if (dma != null) {
            dma.close(slot, sim.now());
            armDma();
        }
        timers.remove(slot);
        table.release(slot);
    }

    private void established(int slot, long now) {
        stats.passiveEstablished++;
        sim.trace().record(now, traceName, "established", table.id(slot), now - table.openedAt[slot]);
        if (batcher.add(slot, now)) {
            notify(now);
        } else {
            long deadline = batcher.deadline();
            if (deadline != Long.MAX_VALUE && (!batchEvent.isPending() || batchEvent.time() != deadline)) {
                sim.reschedule(batchEvent, Math.max(deadline, now));
            }
        }
    }

    private EstablishedEntry entry(int slot, TcpConnection c) {
        return new EstablishedEntry(table.id(slot), address, c.localPort(), table.remoteHost[slot], c.remotePort(),
                c.hardState(), table.openedAt[slot]);
    }

    private void becomeHostOwned(int slot, TcpConnection c) {
        table.phase[slot] = ConnectionTable.HOST;
        table.credit[slot] = config.hostReceiveCredit();
        table.word[slot] = c.sndUna();
        if (dma != null) {
            dma.open(slot, table.id(slot), c, table.remoteHost[slot], sim.now());
        }
    }

    /** Sends the pending batch as one ESTABLISHED completion. */
    private void notify(long now) {
        if (status != Status.RUNNING) {
            return;
        }
        sim.cancel(batchEvent);
        IntQueue pending = batcher.pending();
        if (pending.isEmpty()) {
            return;
        }
        int n = pending.size();
        List<EstablishedEntry> entries = new ArrayList<>(n);
        int[] slots = new int[n];
        for (int i = 0; i < n; i++) {
            int slot = pending.get(i);
            slots[i] = slot;
            TcpConnection c = table.connection[slot];
            becomeHostOwned(slot, c);
            entries.add(entry(slot, c));
        }
        batcher.clear();
        stats.notifications++;
        host.complete(new Completion(CompletionType.ESTABLISHED, -1, Completion.OK, n, 0, null, entries), now);
        for (int slot : slots) {
            touched(slot, now); // data or a close that arrived before the notification
        }
    }

    /** Reports progress of a host-owned connection: acknowledged data, received data, end of stream, close. */
    private void serviceHost(int slot, TcpConnection c, long now) {
        int id = table.id(slot);
        int una = c.sndUna();
        if (una != table.word[slot]) {
            table.word[slot] = una;
            if (dma != null) {
                dma.acknowledged(slot, una, now);
            }
            host.complete(Completion.of(CompletionType.TX_ACKED, id, Completion.OK, una & 0xFFFFFFFFL, c.sndWnd()),
                    now);
        }
        deliver(slot, c, id, now);
        State st = c.state();
        // FIN and close are reported after every byte received before them has been announced: placed and delivered
        // (delayed DMA), and none left in the engine for want of credit or buffers — a CLOSED in TIME-WAIT with data
        // still in the engine ended the host's stream short
        boolean placedAnnounced = dma == null || dma.undelivered(slot) == 0;
        boolean announced = placedAnnounced && c.available() == 0;
        if ((table.flags[slot] & F_FIN_REPORTED) == 0 && c.available() == 0 && peerFinished(st)
                && (table.flags[slot] & F_RESET) == 0 && announced) {
            table.flags[slot] |= F_FIN_REPORTED;
            host.complete(Completion.of(CompletionType.RX_FIN, id, Completion.OK, c.rcvNxt() & 0xFFFFFFFFL, 0), now);
        }
        int ended = table.flags[slot];
        if ((c.isClosed() || st == State.TIME_WAIT) && (announced || (ended & F_RESET) != 0
                || placedAnnounced && (ended & F_TIMED_OUT) != 0)) {
            int f = table.flags[slot];
            int reason = (f & F_RESET) != 0
                    ? Completion.RESET
                    : (f & F_TIMED_OUT) != 0 ? Completion.TIMED_OUT : Completion.NORMAL;
            host.complete(Completion.of(CompletionType.CLOSED, id, reason, 0, 0), now);
            table.flags[slot] |= F_CLOSE_REPORTED;
            table.phase[slot] = ConnectionTable.ORPHAN;
            if (dma != null) {
                dma.close(slot, now);
            }
        }
    }

    static boolean peerFinished(State st) {
        return st == State.CLOSE_WAIT || st == State.LAST_ACK || st == State.CLOSING || st == State.TIME_WAIT;
    }

    /** In-order data into host memory, as far as the host's credit allows. */
    private void deliver(int slot, TcpConnection c, int id, long now) {
        if (dma != null) {
            while (table.credit[slot] > 0 && c.available() > 0) {
                // segment by segment, as the adapter places them: a DROP group refuses whole segments only
                int n = Math.min(tcp.mss(), table.credit[slot]);
                int placed = dma.place(slot, c, n, now);
                if (placed > 0) {
                    table.credit[slot] -= placed;
                    host.dataToHost(slot, placed, now); // the DMA write; its completion follows with the batch
                }
                if (placed < Math.min(n, c.available() + placed)) {
                    break; // group exhausted: the rest stays in the engine, whose window stays closed
                }
            }
            armDma();
            return;
        }
        while (table.credit[slot] > 0 && c.available() > 0) {
            int n = Math.min(MAX_DELIVERY, Math.min(table.credit[slot], c.available()));
            ByteBuffer buf = ByteBuffer.allocate(n);
            c.receive(buf, now);
            buf.flip();
            byte[] placed = placement.place(id, buf);
            table.credit[slot] -= placed.length;
            host.dataToHost(slot, placed.length, now);
            host.complete(new Completion(CompletionType.RX_DATA, id, Completion.OK, c.rcvNxt() & 0xFFFFFFFFL,
                    placed.length, placed, null), now);
        }
    }

    // ================================================================================================ commands

    /** Executes a fetched command (called by the host port when its DMA read has completed). */
    void execute(Command cmd, long now) {
        if (status != Status.RUNNING) {
            return;
        }
        switch (cmd.type()) {
            case LISTEN -> listen(cmd, now);
            case UNLISTEN -> {
                int li = listener(cmd.port());
                if (li >= 0) {
                    listeners--;
                    listenPort[li] = listenPort[listeners];
                    listenBacklog[li] = listenBacklog[listeners];
                    listenEmbryonic[li] = listenEmbryonic[listeners];
                }
                host.complete(Completion.of(CompletionType.COMMAND_DONE, -1, Completion.OK, cmd.port(), 0), now);
            }
            case CONNECT -> connect(cmd, now);
            case RESTORE -> restore(cmd, now);
            case HEARTBEAT -> host.complete(Completion.of(CompletionType.HEARTBEAT, -1, Completion.OK, cmd.value(), 0),
                    now);
            default -> onConnection(cmd, now);
        }
    }

    private void listen(Command cmd, long now) {
        if (listener(cmd.port()) < 0) {
            if (listeners == listenPort.length) {
                host.complete(Completion.of(CompletionType.COMMAND_ERROR, -1, Completion.NO_RESOURCES,
                        CommandType.LISTEN.ordinal(), cmd.port()), now);
                return;
            }
            listenPort[listeners] = cmd.port();
            listenBacklog[listeners] = (int) Math.max(1, Math.min(Integer.MAX_VALUE, cmd.value()));
            listenEmbryonic[listeners] = 0;
            listeners++;
        }
        host.complete(Completion.of(CompletionType.COMMAND_DONE, -1, Completion.OK, cmd.port(), 0), now);
    }

    private void connect(Command cmd, long now) {
        long key = ConnectionTable.key(cmd.remoteHost(), cmd.remotePort(), cmd.port());
        int status = table.isFull() ? Completion.TABLE_FULL : table.find(key) >= 0 ? Completion.BAD_STATE : 0;
        if (status != 0) {
            host.complete(Completion.of(CompletionType.CONNECT_FAILED, -1, status, cmd.value(), 0), now);
            return;
        }
        TcpConnection c = owned(
                TcpConnection.connect(tcp, null, cmd.port(), cmd.remotePort(), cmd.remoteHost(), now));
        int slot = table.allocate(key, cmd.remoteHost(), c, ConnectionTable.ACTIVE_OPEN);
        host.counters().resetConnection(slot);
        table.word[slot] = (int) cmd.value();
        table.openedAt[slot] = now;
        touched(slot, now);
    }

    private void restore(Command cmd, long now) {
        HardState h = cmd.hardState();
        long key = ConnectionTable.key(cmd.remoteHost(), h.remotePort(), h.localPort());
        if (table.isFull() || table.find(key) >= 0) {
            host.complete(Completion.of(CompletionType.COMMAND_ERROR, -1,
                    table.isFull() ? Completion.TABLE_FULL : Completion.BAD_STATE, CommandType.RESTORE.ordinal(),
                    cmd.value()), now);
            return;
        }
        // the restored RCV.NXT is what the host was told: all of it committed
        TcpConnection c = owned(
                TcpConnection.restore(h, cmd.softState(), cmd.checkpointNanos(), tcp, null, now));
        int slot = table.allocate(key, cmd.remoteHost(), c, ConnectionTable.HOST);
        host.counters().resetConnection(slot);
        table.credit[slot] = config.hostReceiveCredit();
        table.word[slot] = c.sndUna();
        table.openedAt[slot] = now;
        if (dma != null) {
            dma.open(slot, table.id(slot), c, cmd.remoteHost(), now);
        }
        host.complete(Completion.of(CompletionType.RESTORED, table.id(slot), Completion.OK, cmd.value(), 0), now);
        touched(slot, now);
    }

    private void onConnection(Command cmd, long now) {
        int slot = table.slotOf(cmd.tid());
        if (slot < 0 || table.phase[slot] != ConnectionTable.HOST) {
            host.complete(Completion.of(CompletionType.COMMAND_ERROR, cmd.tid(), Completion.UNKNOWN_CONNECTION,
                    cmd.type().ordinal(), 0), now);
            return;
        }
        TcpConnection c = table.connection[slot];
        switch (cmd.type()) {
            case SEND -> {
                int n = c.send(ByteBuffer.wrap(cmd.data()), now);
                host.dataFromHost(Math.max(0, n));
                if (dma != null && n > 0) {
                    dma.sent(slot, n, now);
                    armDma();
                }
                if (n != cmd.data().length) {
                    host.complete(Completion.of(CompletionType.COMMAND_ERROR, cmd.tid(), Completion.BAD_STATE,
                            cmd.type().ordinal(), n), now);
                }
            }
            case CREDIT -> table.credit[slot] += (int) cmd.value();
            case SHUTDOWN -> c.shutdownOutput(now);
            case CLOSE -> c.close(now);
            case ABORT -> c.abort(now);
            default -> throw new IllegalStateException("not a connection command: " + cmd);
        }
        touched(slot, now);
    }

    // ======================================================================================== DMA data path

    /**
     * A completion was written to the host's ring: from RX_DATA and RX_FIN the host's shadow learns received data and
     * the FIN, so the connection may now acknowledge them to the peer ({@link TcpConnection#commitReceived}). A
     * completion waiting for ring space is not yet known to the host (a crash loses it), so this is called on the
     * write.
     */
    void completionWritten(Completion cqe, long now) {
        CompletionType type = cqe.type();
        if (type != CompletionType.RX_DATA && type != CompletionType.RX_FIN) {
            return;
        }
        int slot = table.slotOf(cqe.tid());
        if (slot < 0) {
            return;
        }
        TcpConnection c = table.connection[slot];
        // RX_DATA carries the end of its data with DMA; in the plain path it carries RCV.NXT, and the data continues the
        // committed stream (completions of one connection are written in order)
        int seq = type == CompletionType.RX_DATA && dma == null
                ? c.rcvCommitted() + cqe.data().length
                : (int) cqe.value();
        c.commitReceived(seq, now);
        timers.set(slot, c.pollAt());
        armTimer();
    }

    /** An RX_DATA completion for data the DMA manager delivered (slot -1: the connection has left the table). */
    void dmaDelivered(int slot, int tid, int seqEnd, byte[] data, long now) {
        host.complete(new Completion(CompletionType.RX_DATA, tid, Completion.OK, seqEnd & 0xFFFFFFFFL, data.length,
                data, null), now);
    }

    /** The host consumed {@code count} RX_DATA completions: their buffers return, starved connections resume. */
    void rxReturned(int count, long now) {
        if (dma == null || status != Status.RUNNING || count == 0) {
            return;
        }
        dma.returned(count, now);
        serviceDma(now, true);
    }

    private void dmaDue(long now) {
        if (status != Status.RUNNING || dma == null) {
            return;
        }
        dma.poll(now);
        serviceDma(now, false);
    }

    /** Reports FIN/close of connections whose data is now announced and retries those that ran out of buffers. */
    private void serviceDma(long now, boolean retryStarved) {
        if (servicingDma) {
            return;
        }
        servicingDma = true;
        try {
            if (retryStarved) {
                dma.takeStarved(retry); // once: a slot that starves again waits for the next return
                for (int i = 0; i < retry.size(); i++) {
                    serviceIfHost(retry.get(i), now);
                }
            }
            IntQueue drained = dma.drained();
            while (!drained.isEmpty()) {
                serviceIfHost(drained.poll(), now);
            }
        } finally {
            servicingDma = false;
        }
        armDma();
    }

    private void serviceIfHost(int slot, long now) {
        if (table.connection[slot] != null && table.phase[slot] == ConnectionTable.HOST) {
            touched(slot, now);
        }
    }

    private void armDma() {
        if (dma == null) {
            return;
        }
        long at = dma.pollAt();
        if (at == Long.MAX_VALUE) {
            sim.cancel(dmaEvent);
        } else if (!dmaEvent.isPending() || dmaEvent.time() != at) {
            sim.reschedule(dmaEvent, Math.max(at, sim.now()));
        }
    }
}
