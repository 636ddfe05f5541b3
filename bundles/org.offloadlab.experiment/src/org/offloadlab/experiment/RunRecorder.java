package org.offloadlab.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.offloadlab.host.HostDriver;
import org.offloadlab.model.ConnectionRecord;
import org.offloadlab.model.DoubleArray;
import org.offloadlab.model.FailoverTimeline;
import org.offloadlab.model.IntArray;
import org.offloadlab.model.LongArray;
import org.offloadlab.model.OffloadFactory;
import org.offloadlab.model.Results;
import org.offloadlab.model.Series;
import org.offloadlab.nic.InteractionCounters;
import org.offloadlab.nic.OffloadAdapter;
import org.offloadlab.tcp.HardState;
import org.offloadlab.tcp.SoftState;
import org.offloadlab.tcp.State;
import org.offloadlab.tcp.TcpConnection;

/**
 * Samples a run once per slice: host↔adapter interactions by kind (as rates), host memory and open connections as
 * series, and the TCP state of the first {@code recordConnections} connections; builds the observer's snapshots and, at
 * the end, the results' series and connection records. Sampling is a pure function of the simulation at slice
 * boundaries, so the recorded data are as deterministic as the run.
 *
 * <p>
 * Connections are keyed by their ports (one host, one peer), not by adapter id: after a failover the substitute adapter
 * gives the same connection a new id. A recorded connection that no adapter holds any more is closed. A connection that
 * opens and closes within one slice is never seen; the records are a sample, the metrics are exact.
 */
final class RunRecorder {

    /** An adapter in the run and the name the experiment gives it. */
    record Attached(String name, OffloadAdapter adapter) {
    }

    private static final String[] INTERACTIONS = {"commands", "completions", "doorbells", "interrupts",
            "dma_transactions"};

    private final HostDriver host;
    private final int hostAddress;
    private final int peerAddress;
    private final int limit;
    private final boolean history;
    private final Supplier<List<Attached>> attached;
    private final LongSupplier memory;

    private final Growing[] interactions = new Growing[INTERACTIONS.length];
    private final Growing memorySeries = new Growing();
    private final Growing openSeries = new Growing();
    private final long[] lastTotals = new long[INTERACTIONS.length];
    private long lastNow;
    private long memoryPeak;

    /** Recorded connections by port pair, in the order first seen. */
    private final Map<Integer, Rec> recs = new LinkedHashMap<>();
    private boolean unresolved;

    RunRecorder(HostDriver host, int hostAddress, int peerAddress, int limit, boolean history,
            Supplier<List<Attached>> attached, LongSupplier memory) {
        this.host = host;
        this.hostAddress = hostAddress;
        this.peerAddress = peerAddress;
        this.limit = Math.max(0, limit);
        this.history = history;
        this.attached = attached;
        this.memory = memory;
        for (int i = 0; i < interactions.length; i++) {
            interactions[i] = new Growing();
        }
    }

    long memoryPeak() {
        return memoryPeak;
    }

    /** Samples the simulation at virtual time {@code now}, the end of a slice. */
    void slice(long now) {
        long[] totals = totals();
        double seconds = (now - lastNow) / 1e9;
        for (int i = 0; i < totals.length; i++) {
            interactions[i].add(now, seconds <= 0 ? 0 : (totals[i] - lastTotals[i]) / seconds);
        }
        System.arraycopy(totals, 0, lastTotals, 0, totals.length);
        lastNow = now;
        long mem = memory.getAsLong();
        memoryPeak = Math.max(memoryPeak, mem);
        memorySeries.add(now, mem);
        openSeries.add(now, host.openConnections());
        sampleConnections(now);
    }

    private long[] totals() {
        long[] t = new long[INTERACTIONS.length];
        for (Attached a : attached.get()) {
            InteractionCounters.Totals c = a.adapter().hostInterface().counters().totals();
            t[0] += c.commands();
            t[1] += c.completions();
            t[2] += c.doorbells();
            t[3] += c.interrupts();
            t[4] += c.dmaTransactions();
        }
        return t;
    }

    private void sampleConnections(long now) {
        if (limit == 0) {
            return;
        }
        List<Attached> adapters = attached.get();
        if (recs.size() < limit || unresolved) {
            fullScan(adapters, now);
            return;
        }
        // all slots taken: follow the recorded ones by id, and scan only if one moved (a failover renumbers)
        for (Rec r : recs.values()) {
            if (r.closed) {
                continue;
            }
            TcpConnection c = r.holder == null ? null : r.holder.adapter().connection(r.id);
            if (c != null && key(c) == r.key) {
                update(r, c, r.holder, r.id, now);
            } else {
                unresolved = true;
            }
        }
        if (unresolved) {
            fullScan(adapters, now);
        }
    }

    private void fullScan(List<Attached> adapters, long now) {
        unresolved = false;
        for (int id : host.connectionIds()) {
            // the newest adapter first: after a failover it holds the live copy
            for (int i = adapters.size() - 1; i >= 0; i--) {
                Attached a = adapters.get(i);
                TcpConnection c = a.adapter().connection(id);
                if (c == null) {
                    continue;
                }
                int key = key(c);
                Rec r = recs.get(key);
                if (r == null && recs.size() < limit) {
                    r = create(c, key, now);
                    recs.put(key, r);
                }
                if (r != null) {
                    update(r, c, a, id, now);
                }
                break;
            }
        }
        for (Rec r : recs.values()) {
            if (!r.closed && r.lastSeen != now) {
                r.closed = true;
                r.holder = null;
                r.state = State.CLOSED;
                if (history) {
                    r.history(now, State.CLOSED.ordinal());
                }
            }
        }
    }

    private static int key(TcpConnection c) {
        return (c.localPort() << 16) | c.remotePort();
    }

    private Rec create(TcpConnection c, int key, long now) {
        Rec r = new Rec(key, c.localPort(), c.remotePort(), now);
        // negotiated once in the handshake: read from the hard state at first sight, not per slice
        HardState h = c.hardState();
        r.iss = h.iss();
        r.irs = h.irs();
        r.windowScaling = h.windowScaling();
        r.sndWscale = h.sndWscale();
        r.rcvWscale = h.rcvWscale();
        r.sack = h.sackPermitted();
        r.timestamps = h.timestamps();
        return r;
    }

    private void update(Rec r, TcpConnection c, Attached a, int id, long now) {
        r.holder = a;
        r.id = id;
        r.lastSeen = now;
        // held again after a failover's blackout (no adapter held it meanwhile)
        r.closed = false;
        State s = c.state();
        if (history && s != r.state) {
            r.history(now, s.ordinal());
        }
        r.state = s;
        r.sndUna = c.sndUna() & 0xffff_ffffL;
        r.sndNxt = c.sndNxt() & 0xffff_ffffL;
        r.rcvNxt = c.rcvNxt() & 0xffff_ffffL;
        r.sndWnd = c.sndWnd();
        r.rcvWnd = c.rcvWnd();
        r.mss = c.effectiveMss();
        r.cwnd = c.cwnd();
        r.ssthresh = c.congestionControl() == null ? 0 : c.congestionControl().ssthresh();
        SoftState soft = c.softState();
        r.srtt = soft.srttNanos();
        r.rto = soft.rtoNanos();
        boolean synced = s != State.SYN_SENT && s != State.SYN_RECEIVED && s != State.LISTEN;
        r.bytesIn = synced ? (c.rcvNxt() - r.irs - 1) & 0xffff_ffffL : 0;
        r.bytesOut = synced ? (c.sndUna() - r.iss - 1) & 0xffff_ffffL : 0;
    }

    /** The observer's view now; {@code maxRows} connection rows at most. */
    RunSnapshot snapshot(String experiment, long now, long end, boolean done, int maxRows, long established,
            long bytesDelivered, List<FailoverTimeline> failovers) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("simulated_ns", (double) now);
        m.put("connections_established", (double) established);
        m.put("connections_open", (double) host.openConnections());
        long interactionsSoFar = 0;
        for (long t : lastTotals) {
            interactionsSoFar += t;
        }
        m.put("host_adapter_interactions", (double) interactionsSoFar);
        for (int i = 0; i < INTERACTIONS.length; i++) {
            m.put(INTERACTIONS[i], (double) lastTotals[i]);
        }
        m.put("host_memory_bytes", (double) memorySeries.lastValue());
        m.put("host_memory_bytes_peak", (double) memoryPeak);
        m.put("bytes_delivered", (double) bytesDelivered);
        List<RunSnapshot.SeriesData> series = new ArrayList<>();
        forEachSeries((name, unit, kind, g) -> series
                .add(new RunSnapshot.SeriesData(name, unit, kind, g.times(), g.values())));
        List<RunSnapshot.ConnectionRow> rows = new ArrayList<>();
        for (Rec r : recs.values()) {
            if (rows.size() >= maxRows) {
                break;
            }
            rows.add(new RunSnapshot.ConnectionRow(r.id, hostAddress, r.localPort, peerAddress, r.remotePort,
                    r.holder == null ? null : r.holder.name(), null, r.state.name(), r.sndUna, r.sndNxt, r.rcvNxt,
                    r.sndWnd, r.rcvWnd, r.mss, r.cwnd, r.ssthresh, r.srtt, r.rto, r.bytesIn, r.bytesOut));
        }
        List<FailoverTimeline> copies = new ArrayList<>();
        for (FailoverTimeline f : failovers) {
            copies.add(EcoreUtil.copy(f));
        }
        return new RunSnapshot(experiment, now, end, done, m, series, rows, host.openConnections(), copies);
    }

    /** Adds the series and connection records to {@code results}. */
    void fill(Results results, long connectionsOpened) {
        OffloadFactory f = OffloadFactory.eINSTANCE;
        forEachSeries((name, unit, kind, g) -> {
            Series s = f.createSeries();
            s.setName(name);
            s.setUnit(unit);
            s.setKind(kind);
            s.setTimesNanos(g.times());
            s.setValues(g.values());
            results.getSeries().add(s);
        });
        for (Rec r : recs.values()) {
            ConnectionRecord c = f.createConnectionRecord();
            c.setId(r.id);
            c.setLocalAddress(hostAddress);
            c.setLocalPort(r.localPort);
            c.setRemoteAddress(peerAddress);
            c.setRemotePort(r.remotePort);
            c.setAdapter(r.holder == null ? null : r.holder.name());
            c.setTcpState(r.state.name());
            c.setOpenedAtNanos(r.firstSeen);
            c.setLastSeenAtNanos(r.lastSeen);
            c.setSndUna(r.sndUna);
            c.setSndNxt(r.sndNxt);
            c.setRcvNxt(r.rcvNxt);
            c.setSndWnd(r.sndWnd);
            c.setRcvWnd(r.rcvWnd);
            c.setMss(r.mss);
            c.setWindowScaling(r.windowScaling);
            c.setSndWscale(r.sndWscale);
            c.setRcvWscale(r.rcvWscale);
            c.setSack(r.sack);
            c.setTimestamps(r.timestamps);
            c.setCwnd(r.cwnd);
            c.setSsthresh(r.ssthresh);
            c.setSrttNanos(r.srtt);
            c.setRtoNanos(r.rto);
            c.setBytesIn(r.bytesIn);
            c.setBytesOut(r.bytesOut);
            if (history) {
                c.setStateTimesNanos(LongArray.of(r.times, r.n));
                c.setStates(IntArray.of(r.states, r.n));
            }
            results.getConnections().add(c);
        }
        results.setConnectionsNotRecorded(Math.max(0, connectionsOpened - recs.size()));
    }

    private interface SeriesVisitor {
        void visit(String name, String unit, String kind, Growing g);
    }

    private void forEachSeries(SeriesVisitor v) {
        for (int i = 0; i < INTERACTIONS.length; i++) {
            v.visit(INTERACTIONS[i], "1/s", "interactions", interactions[i]);
        }
        v.visit("host_memory_bytes", "bytes", "memory", memorySeries);
        v.visit("connections_open", "connections", "connections", openSeries);
    }

    /** A series being recorded: two parallel primitive arrays that double when full. */
    private static final class Growing {
        private long[] t = new long[64];
        private double[] v = new double[64];
        private int n;

        void add(long time, double value) {
            if (n == t.length) {
                t = Arrays.copyOf(t, n * 2);
                v = Arrays.copyOf(v, n * 2);
            }
            t[n] = time;
            v[n++] = value;
        }

        double lastValue() {
            return n == 0 ? 0 : v[n - 1];
        }

        LongArray times() {
            return LongArray.of(t, n);
        }

        DoubleArray values() {
            return DoubleArray.of(v, n);
        }
    }

    /** One recorded connection: primitives only. */
    private static final class Rec {
        final int key;
        final int localPort;
        final int remotePort;
        final long firstSeen;
        Attached holder;
        int id;
        long lastSeen = -1;
        boolean closed;
        State state;
        int iss;
        int irs;
        boolean windowScaling;
        int sndWscale;
        int rcvWscale;
        boolean sack;
        boolean timestamps;
        long sndUna;
        long sndNxt;
        long rcvNxt;
        long sndWnd;
        long rcvWnd;
        int mss;
        long cwnd;
        long ssthresh;
        long srtt;
        long rto;
        long bytesIn;
        long bytesOut;
        long[] times = new long[4];
        int[] states = new int[4];
        int n;

        Rec(int key, int localPort, int remotePort, long firstSeen) {
            this.key = key;
            this.localPort = localPort;
            this.remotePort = remotePort;
            this.firstSeen = firstSeen;
        }

        void history(long time, int ordinal) {
            if (n == times.length) {
                times = Arrays.copyOf(times, n * 2);
                states = Arrays.copyOf(states, n * 2);
            }
            times[n] = time;
            states[n++] = ordinal;
        }
    }
}
