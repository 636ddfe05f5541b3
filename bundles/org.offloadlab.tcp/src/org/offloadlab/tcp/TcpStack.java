package org.offloadlab.tcp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A socket-like layer over {@link TcpConnection}s sharing one {@link TcpConfig}: demultiplexes incoming segments by
 * (remote host, remote port, local port), answers segments for no connection with RST (RFC 9293 §3.10.7.1), serves
 * listening ports with a backlog (RFC 9293 §3.10.1 passive OPEN; a SYN beyond the backlog is dropped, as Linux does),
 * and hands established connections out through {@link #accept(int)}. Addresses are opaque {@code int} host ids
 * supplied by the caller (an IPv4 address, or an index for IPv6); the engine never sees IP.
 * <p>
 * Scheduling is event driven: connections are kept in a priority queue by {@link TcpConnection#pollAt()} (entries are
 * invalidated lazily) and woken through {@link ConnectionListener#wakeUp}, so {@link #dispatch} and {@link #pollAt()}
 * cost O(log n) per due connection, not O(n).
 */
public final class TcpStack {

    /** Receives segments together with the remote host they go to. */
    @FunctionalInterface
    public interface AddressedSink {
        void emit(int remoteHost, Segment segment);
    }

    private static final class ListeningPort {
        final int backlog;
        final ArrayDeque<TcpConnection> acceptQueue = new ArrayDeque<>();
        final List<TcpConnection> embryonic = new ArrayList<>();

        ListeningPort(int backlog) {
            this.backlog = backlog;
        }
    }

    /** One table entry: the connection, its remote host, and the earliest time it is queued for. */
    private static final class Entry {
        final long key;
        final int host;
        final TcpConnection connection;
        long scheduledAt = Long.MAX_VALUE;
        boolean removed;

        Entry(long key, int host, TcpConnection connection) {
            this.key = key;
            this.host = host;
            this.connection = connection;
        }
    }

    /**
     * The timer queue: a binary min-heap on the scheduled time with the keys in a {@code long[]} beside the entries (no
     * record per entry, no pointer chased per comparison). Its sift steps are exactly those of
     * {@link java.util.PriorityQueue} (which it replaced), so entries with equal times leave in the same order as
     * before and traces do not change.
     */
    private static final class TimerQueue {
        private long[] at = new long[16];
        private Entry[] entries = new Entry[16];
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        long peekAt() {
            return at[0];
        }

        Entry peekEntry() {
            return entries[0];
        }

        void add(long time, Entry e) {
            if (size == at.length) {
                at = java.util.Arrays.copyOf(at, size * 2);
                entries = java.util.Arrays.copyOf(entries, size * 2);
            }
            int k = size++;
            while (k > 0) {
                int parent = (k - 1) >>> 1;
                if (time >= at[parent]) {
                    break;
                }
                at[k] = at[parent];
                entries[k] = entries[parent];
                k = parent;
            }
            at[k] = time;
            entries[k] = e;
        }

        /** Removes the head; read it first with {@link #peekAt()} and {@link #peekEntry()}. */
        void poll() {
            int n = --size;
            long time = at[n];
            Entry e = entries[n];
            entries[n] = null;
            if (n == 0) {
                return;
            }
            int k = 0;
            int half = n >>> 1;
            while (k < half) {
                int child = 2 * k + 1;
                int right = child + 1;
                if (right < n && at[child] > at[right]) {
                    child = right;
                }
                if (time <= at[child]) {
                    break;
                }
                at[k] = at[child];
                entries[k] = entries[child];
                k = child;
            }
            at[k] = time;
            entries[k] = e;
        }
    }

    private record PendingReset(int host, Segment segment) {
    }

    private final TcpConfig config;
    private final ConnectionListener listener;
    private final ConnectionListener scheduling;
    private final Map<Long, Entry> connections = new HashMap<>();
    private final Map<TcpConnection, Entry> entries = new HashMap<>();
    private final TimerQueue timers = new TimerQueue();
    private final ArrayDeque<Entry> woken = new ArrayDeque<>();
    private final Map<Integer, ListeningPort> listening = new HashMap<>();
    private final List<PendingReset> pendingResets = new ArrayList<>();
    private int droppedSyns;

    public TcpStack(TcpConfig config, ConnectionListener listener) {
        this.config = config;
        this.listener = listener == null ? ConnectionListener.NONE : listener;
        this.scheduling = new ConnectionListener() {
            @Override
            public void stateChanged(TcpConnection c, State from, State to, long now) {
                TcpStack.this.listener.stateChanged(c, from, to, now);
            }

            @Override
            public void event(TcpConnection c, ConnectionEvent e, long now) {
                TcpStack.this.listener.event(c, e, now);
            }

            @Override
            public void wakeUp(TcpConnection c, long now) {
                Entry e = entries.get(c);
                if (e != null) {
                    woken.add(e);
                }
                TcpStack.this.listener.wakeUp(c, now);
            }
        };
    }

    private static long key(int remoteHost, int remotePort, int localPort) {
        return ((long) remoteHost << 32) | ((long) remotePort << 16) | localPort;
    }

    /** Opens {@code port} for incoming connections with room for {@code backlog} pending ones. */
    public void listen(int port, int backlog) {
        if (backlog <= 0) {
            throw new IllegalArgumentException("backlog must be positive");
        }
        listening.putIfAbsent(port, new ListeningPort(backlog));
    }

    /** Stops listening; pending, not yet accepted connections are aborted. */
    public void unlisten(int port, long nowNanos) {
        ListeningPort lp = listening.remove(port);
        if (lp != null) {
            lp.acceptQueue.forEach(c -> c.abort(nowNanos));
            lp.embryonic.forEach(c -> c.abort(nowNanos));
        }
    }

    /** The next established connection on {@code port}, or null. */
    public TcpConnection accept(int port) {
        ListeningPort lp = listening.get(port);
        return lp == null ? null : lp.acceptQueue.poll();
    }

    /** Active open to {@code remoteHost:remotePort} from {@code localPort}. */
    public TcpConnection connect(int remoteHost, int localPort, int remotePort, long nowNanos) {
        long k = key(remoteHost, remotePort, localPort);
        if (connections.containsKey(k)) {
            throw new IllegalStateException("connection exists");
        }
        return add(k, remoteHost,
                TcpConnection.connect(config, scheduling, localPort, remotePort, remoteHost, nowNanos));
    }

    /**
     * Adds a connection rebuilt elsewhere, e.g. by {@link TcpConnection#restore}; its listener is replaced by the
     * stack's.
     */
    public void adopt(int remoteHost, TcpConnection c) {
        c.setListener(scheduling);
        add(key(remoteHost, c.remotePort(), c.localPort()), remoteHost, c);
    }

    private TcpConnection add(long k, int host, TcpConnection c) {
        Entry e = new Entry(k, host, c);
        connections.put(k, e);
        entries.put(c, e);
        schedule(e);
        return c;
    }

    /** Queues the entry at its pollAt unless it is already queued for that time or earlier. */
    private void schedule(Entry e) {
        long at = e.connection.pollAt();
        if (at < e.scheduledAt) {
            e.scheduledAt = at;
            timers.add(at, e);
        }
    }

    /** Delivers one segment from {@code remoteHost}. */
    public void process(int remoteHost, Segment seg, long nowNanos) {
        long k = key(remoteHost, seg.srcPort(), seg.dstPort());
        Entry e = connections.get(k);
        if (e != null && !e.connection.isClosed()) {
            e.connection.process(seg, nowNanos);
            schedule(e);
            return;
        }
        ListeningPort lp = listening.get(seg.dstPort());
        if (lp != null && seg.has(TcpFlags.SYN) && !seg.has(TcpFlags.ACK) && !seg.has(TcpFlags.RST)) {
            if (lp.acceptQueue.size() + lp.embryonic.size() >= lp.backlog) {
                droppedSyns++;
                return;
            }
            TcpConnection n = TcpConnection.listen(config, scheduling, seg.dstPort(), remoteHost, nowNanos);
            n.process(seg, nowNanos);
            if (n.state() == State.SYN_RECEIVED) {
                if (e != null) {
                    forget(e);
                }
                lp.embryonic.add(n);
                add(k, remoteHost, n);
            }
            return;
        }
        // RFC 9293 §3.10.7.1: no connection, reply with RST unless the segment is a RST
        if (!seg.has(TcpFlags.RST)) {
            Segment rst = seg.has(TcpFlags.ACK)
                    ? Segment.of(seg.dstPort(), seg.srcPort(), seg.ack(), 0, TcpFlags.RST, 0)
                    : Segment.of(seg.dstPort(), seg.srcPort(), 0, seg.seq() + seg.sequenceLength(),
                            TcpFlags.RST | TcpFlags.ACK, 0);
            pendingResets.add(new PendingReset(remoteHost, rst));
        }
    }

    /** Dispatches every connection that is due at {@code nowNanos} and forgets closed ones. */
    public void dispatch(long nowNanos, AddressedSink sink) {
        for (PendingReset r : pendingResets) {
            sink.emit(r.host(), r.segment());
        }
        pendingResets.clear();
        while (!woken.isEmpty()) {
            schedule(woken.poll());
        }
        List<Entry> handled = new ArrayList<>();
        while (!timers.isEmpty() && timers.peekAt() <= nowNanos) {
            long dueAt = timers.peekAt();
            Entry e = timers.peekEntry();
            timers.poll();
            if (e.removed || dueAt != e.scheduledAt) {
                continue; // forgotten, or superseded by an earlier entry that was already handled
            }
            e.scheduledAt = Long.MAX_VALUE;
            TcpConnection c = e.connection;
            if (c.pollAt() <= nowNanos) {
                c.dispatch(nowNanos, s -> sink.emit(e.host, s));
                promote(c);
            }
            if (c.isClosed() && c.pollAt() == Long.MAX_VALUE) {
                forget(e);
            } else {
                handled.add(e); // rescheduled after the loop: each connection is dispatched once per call
            }
        }
        handled.forEach(this::schedule);
        while (!woken.isEmpty()) {
            schedule(woken.poll());
        }
    }

    private void forget(Entry e) {
        e.removed = true;
        connections.remove(e.key, e);
        entries.remove(e.connection);
        ListeningPort lp = listening.get(e.connection.localPort());
        if (lp != null) {
            lp.embryonic.remove(e.connection);
        }
    }

    private void promote(TcpConnection c) {
        ListeningPort lp = listening.get(c.localPort());
        if (lp == null || c.state() == State.SYN_RECEIVED || !lp.embryonic.remove(c)) {
            return;
        }
        if (!c.isClosed()) {
            lp.acceptQueue.add(c);
        }
    }

    /**
     * When {@link #dispatch} is next needed: the earliest scheduled connection (possibly a little early, as entries are
     * invalidated lazily), at once if resets or woken connections are pending, {@link Long#MAX_VALUE} if nothing is.
     */
    public long pollAt() {
        if (!pendingResets.isEmpty() || !woken.isEmpty()) {
            return Long.MIN_VALUE;
        }
        while (!timers.isEmpty()
                && (timers.peekEntry().removed || timers.peekAt() != timers.peekEntry().scheduledAt)) {
            timers.poll();
        }
        return timers.isEmpty() ? Long.MAX_VALUE : timers.peekAt();
    }

    /** Live connections (including not yet accepted ones). */
    public int connectionCount() {
        return connections.size();
    }

    /** SYNs dropped because a backlog was full. */
    public int droppedSyns() {
        return droppedSyns;
    }
}
