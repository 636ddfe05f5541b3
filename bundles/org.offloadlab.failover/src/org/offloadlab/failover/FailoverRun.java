package org.offloadlab.failover;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.offloadlab.host.HardStateShadow;
import org.offloadlab.host.HostCostModel;
import org.offloadlab.host.HostDriver;
import org.offloadlab.nic.BusModel;
import org.offloadlab.nic.NicConfig;
import org.offloadlab.nic.OffloadAdapter;
import org.offloadlab.sim.Link;
import org.offloadlab.sim.PacketReceiver;
import org.offloadlab.sim.PeerHost;
import org.offloadlab.sim.RandomStream;
import org.offloadlab.sim.Simulator;
import org.offloadlab.sim.TraceHash;
import org.offloadlab.sim.app.Workload;
import org.offloadlab.tcp.SeqNum;
import org.offloadlab.tcp.TcpConnection;

/**
 * One run of a {@link FailoverExperiment}: the topology, the health monitor, the failure injector and the failover
 * controller (EP1609063 fig. 10: block reception → recover hard state from the host → resume on a substitute → relearn
 * soft state).
 */
final class FailoverRun {

    /** How often the controller looks whether the substitute confirmed every RESTORE. */
    private static final long RESTORE_POLL_NANOS = 2_000;
    /** Bus bytes of one soft-state checkpoint record (cwnd, ssthresh, SRTT, RTTVAR, RTO, CC state) before overhead. */
    private static final int CHECKPOINT_RECORD_BYTES = 64;

    /** Book-keeping of one failed adapter. */
    private final class Failover {
        final String adapter;
        final FailureKind kind;
        final long failedAt;
        final int unnotified;
        final long retransmittedAtFailure;
        final ProgressTap.Window window;
        long detectedAt = -1;
        long blockedAt = -1;
        long recoveredAt = -1;
        long activeAt = -1;
        long resumedAt = -1;
        long firstSegmentAt = -1;
        long convergedAt = -1;
        long retransmittedAtConvergence = -1;
        String substitute = "";
        int lost;
        long droppedAtBlock;
        long droppedAtResume = -1;
        boolean superseded;
        boolean settled;
        // soft state at the failure, per connection, keyed by 4-tuple (remote host, local port, remote port)
        long[] keys = new long[0];
        long[] cwndBefore = new long[0];
        long[] srttBefore = new long[0];
        // SND.MAX at the failure: the flight the failover may force to be sent again
        int[] sndMaxBefore = new int[0];
        int[] newId;
        boolean[] flightAcked;
        long[] connConverged;
        int converged;
        int notConverged;

        Failover(String adapter, FailureKind kind, long failedAt, int unnotified) {
            this.adapter = adapter;
            this.kind = kind;
            this.failedAt = failedAt;
            this.unnotified = unnotified;
            this.retransmittedAtFailure = tap.retransmittedBytes();
            this.window = app.open(failedAt);
        }
    }

    private final FailoverExperiment x;
    private final Simulator sim;
    private final TraceHash trace = new TraceHash();
    private final WireTap tap = new WireTap();
    private final WireSwitch wireSwitch;
    private final List<OffloadAdapter> adapters = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final HostDriver host;
    private final ProgressTap app;
    private final Workload workload;
    private final PacketReceiver hostToWire;
    private final List<Failover> failovers = new ArrayList<>();
    private int active;
    private Failover current;
    // health monitor: sequence numbers of the last missCount heartbeats since (re)arming
    private final long[] sentRing;
    private int sentCount;
    private int stuckTicks;
    private int lastPendingRestores = -1;
    private boolean exhausted;
    private long checkpointRecords;
    private long connectionsLost;

    FailoverRun(FailoverExperiment x) {
        this.x = x;
        sim = new Simulator(x.seed);
        sim.setTrace(trace);
        Link link = new Link(sim, "link", x.link);
        hostToWire = tap.fromHost(link.aToB());
        adapters.add(new OffloadAdapter(sim, x.nic, 1));
        names.add("primary");
        for (int i = 0; i < x.substitutes.size(); i++) {
            SubstituteKind k = x.substitutes.get(i);
            NicConfig c = k == SubstituteKind.HOST_STACK
                    ? x.nic.toBuilder().bus(new BusModel(0, Long.MAX_VALUE / 4, 0)).build()
                    : x.nic;
            adapters.add(new OffloadAdapter(sim, c, 1));
            names.add(k == SubstituteKind.HOST_STACK ? "host-stack" : "standby" + (i + 1));
        }
        adapters.get(0).attachWire(hostToWire);
        wireSwitch = new WireSwitch(adapters.get(0));
        PeerHost peer = new PeerHost(sim, "peer", 2, x.tcp, tap.fromPeer(link.bToA()));
        link.attach(wireSwitch, peer);
        host = new HostDriver(sim, adapters.get(0).hostInterface(), 1, HostCostModel.defaults());
        app = new ProgressTap(host);
        workload = x.workload.create(sim, peer, app);
        sentRing = new long[x.missCount];
    }

    FailoverResult run() {
        workload.start(0);
        scheduleFailures();
        sim.at(x.heartbeatPeriodNanos, this::monitorTick);
        if (x.strategy == Strategy.FULL_CHECKPOINT) {
            sim.at(x.checkpointPeriodNanos, this::checkpoint);
        }
        sim.at(10 * FailoverExperiment.MS, this::endCheck);
        sim.runUntil(x.horizonNanos);
        List<RecoveryTimeline> timelines = new ArrayList<>();
        for (Failover f : failovers) {
            timelines.add(timeline(f));
        }
        IntegrityVerdict v = IntegrityVerdict.of(workload.stats(), workload.isFinished());
        double mb = workload.stats().bytesReceived() / 1e6;
        return new FailoverResult(x.description(), x.seed, x.strategy, List.copyOf(timelines), v,
                host.shadow().updates(), checkpointRecords,
                checkpointRecords * (CHECKPOINT_RECORD_BYTES + x.nic.bus().transactionOverheadBytes()), mb,
                connectionsLost, sim.now(), trace.hex());
    }

    // ============================================================================================ failure injection

    private void scheduleFailures() {
        RandomStream rnd = sim.random("failover/plan");
        for (FailureSpec f : x.failures) {
            switch (f.trigger()) {
                case AT_TIME -> sim.at(f.value(), now -> fail(f.kind(), now));
                case RANDOM_TIME -> {
                    long t = f.value() + (long) (rnd.nextDouble() * (f.value2() - f.value()));
                    sim.at(t, now -> fail(f.kind(), now));
                }
                case AT_PACKET -> tap.setHook((n, now) -> {
                    if (n == f.value()) {
                        sim.at(now, t -> fail(f.kind(), t)); // not inside the adapter's own receive/emit
                    }
                });
                case DURING_FAILOVER -> {
                    // armed when a failover starts, see detect()
                }
            }
        }
    }

    /** Fails the adapter active now. */
    private void fail(FailureKind kind, long now) {
        OffloadAdapter a = adapters.get(active);
        if (a.status() != OffloadAdapter.Status.RUNNING || !a.isLinkUp()) {
            return; // already failed
        }
        Failover f = new Failover(names.get(active), kind, now, a.pendingNotifications() + a.embryonicCount());
        if (current != null && current.resumedAt < 0) {
            // a second failure before the first failover resumed: the connections' pre-failure soft state is the first's
            f.keys = current.keys;
            f.cwndBefore = current.cwndBefore;
            f.srttBefore = current.srttBefore;
            f.sndMaxBefore = current.sndMaxBefore;
        } else {
            snapshotSoftState(f, a);
        }
        failovers.add(f);
        if (current != null && !current.settled) {
            current.superseded = true;
            current.settled = true;
        }
        current = f;
        switch (kind) {
            case CRASH -> a.crash(now);
            case HANG -> a.hang(now);
            case LINK_DOWN -> a.linkDown(now);
        }
    }

    /** What the experiment (not the host) reads of the failing adapter, only to measure convergence later. */
    private void snapshotSoftState(Failover f, OffloadAdapter a) {
        int[] ids = host.connectionIds();
        HardStateShadow sh = host.shadow();
        f.keys = new long[ids.length];
        f.cwndBefore = new long[ids.length];
        f.srttBefore = new long[ids.length];
        f.sndMaxBefore = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            int slot = ids[i] & 0xFFFFFF;
            f.keys[i] = key(sh, slot);
            TcpConnection c = a.connection(ids[i]);
            if (c != null) {
                f.cwndBefore[i] = window(c);
                f.srttBefore[i] = c.softState().srttNanos();
                f.sndMaxBefore[i] = c.sndNxt();
            } else {
                f.sndMaxBefore[i] = sh.sndUna(slot); // not readable: nothing known in flight
            }
        }
    }

    /**
     * The window that governs sending, min(cwnd, SND.WND): the engine keeps growing cwnd while the peer's window limits
     * the flight (no RFC 7661 cwnd validation), so a raw cwnd before the failure can be unreachable afterwards.
     */
    private static long window(TcpConnection c) {
        return Math.min(c.cwnd(), c.sndWnd());
    }

    private static long key(HardStateShadow sh, int slot) {
        return (long) sh.remoteHost(slot) << 32 | (long) sh.localPort(slot) << 16 | sh.remotePort(slot);
    }

    // ============================================================================================ health monitor

    /**
     * Every period: the adapter must have answered the heartbeat sent {@code missCount} periods ago, and its
     * link-status register (one MMIO read) must say the link is up.
     */
    private void monitorTick(long now) {
        OffloadAdapter a = adapters.get(active);
        int pendingRestores = host.pendingRestores();
        boolean missed;
        if (pendingRestores > 0) {
            // heartbeats queue behind the RESTOREs: judge a restoring substitute by its progress instead
            stuckTicks = pendingRestores == lastPendingRestores ? stuckTicks + 1 : 0;
            lastPendingRestores = pendingRestores;
            missed = stuckTicks >= x.missCount;
            sentCount = 0;
        } else {
            stuckTicks = 0;
            lastPendingRestores = -1;
            missed = sentCount >= x.missCount && host.lastHeartbeat() < sentRing[sentCount % x.missCount];
        }
        if ((missed || !a.isLinkUp()) && !exhausted) {
            detect(now);
        }
        long seq = host.heartbeat(now);
        sentRing[sentCount % x.missCount] = seq;
        sentCount++;
        sim.at(now + x.heartbeatPeriodNanos, this::monitorTick);
    }

    // ============================================================================================ the failover

    private void detect(long now) {
        Failover f = current;
        if (f == null || f.detectedAt >= 0) {
            // a failure nobody injected (should not happen): record it so it is visible
            f = new Failover(names.get(active), FailureKind.HANG, now, 0);
            failovers.add(f);
            current = f;
        }
        f.detectedAt = now;
        stuckTicks = 0;
        lastPendingRestores = -1;
        wireSwitch.block(); // EP1609063 step 1: nothing reaches an adapter while the state moves
        f.blockedAt = now;
        f.droppedAtBlock = wireSwitch.droppedWhileBlocked();
        sentCount = 0;
        for (FailureSpec s : x.failures) {
            if (s.trigger() == FailureSpec.Trigger.DURING_FAILOVER && failovers.size() == 1) {
                sim.at(now + s.value(), t -> fail(s.kind(), t));
            }
        }
        int next = active + 1;
        if (next >= adapters.size()) {
            int lost = host.resetAllOnto(adapters.get(active).hostInterface(), now);
            f.lost += lost;
            connectionsLost += lost;
            f.settled = true;
            exhausted = true;
            return; // nothing left to take over: reception stays blocked
        }
        OffloadAdapter sub = adapters.get(next);
        f.substitute = names.get(next);
        sub.attachWire(hostToWire);
        if (x.strategy == Strategy.NONE) {
            int lost = host.resetAllOnto(sub.hostInterface(), now);
            f.lost += lost;
            connectionsLost += lost;
        } else {
            host.restoreOnto(sub.hostInterface(), x.tcp, now); // step 2+3: hard state from the host's shadow
        }
        f.recoveredAt = now;
        active = next;
        Failover g = f;
        sim.at(now + RESTORE_POLL_NANOS, t -> watchRestore(g, sub, t));
    }

    private void watchRestore(Failover f, OffloadAdapter sub, long now) {
        if (f.superseded) {
            return;
        }
        if (host.pendingRestores() > 0) {
            sim.at(now + RESTORE_POLL_NANOS, t -> watchRestore(f, sub, t));
            return;
        }
        f.activeAt = now;
        f.droppedAtResume = wireSwitch.droppedWhileBlocked();
        wireSwitch.route(sub); // step 4: resume
        f.resumedAt = now;
        tap.watchFrom(now);
        sentCount = 0; // heartbeats queued behind the RESTOREs are answered now: start afresh
        mapToSubstitute(f);
        sim.at(now, t -> sampleSoftState(f, sub, t));
    }

    private void mapToSubstitute(Failover f) {
        Map<Long, Integer> byKey = new HashMap<>();
        HardStateShadow sh = host.shadow();
        for (int id : host.connectionIds()) {
            byKey.put(key(sh, id & 0xFFFFFF), id);
        }
        f.newId = new int[f.keys.length];
        f.connConverged = new long[f.keys.length];
        f.flightAcked = new boolean[f.keys.length];
        for (int i = 0; i < f.keys.length; i++) {
            Integer id = byKey.get(f.keys[i]);
            f.newId[i] = id == null ? -1 : id;
            f.connConverged[i] = -1;
        }
    }

    /** Step 5 observed: the substitute relearns cwnd and SRTT from traffic; sampled every convergence period. */
    private void sampleSoftState(Failover f, OffloadAdapter sub, long now) {
        if (f.superseded) {
            return;
        }
        if (f.firstSegmentAt < 0) {
            f.firstSegmentAt = tap.firstHostSegment();
        }
        boolean pending = false;
        long last = f.resumedAt;
        for (int i = 0; i < f.newId.length; i++) {
            if (f.newId[i] < 0) {
                continue;
            }
            TcpConnection c = sub.connection(f.newId[i]);
            if (c == null || c.isClosed()) {
                f.newId[i] = -1;
                if (f.connConverged[i] < 0) {
                    f.notConverged++;
                }
                continue;
            }
            if (f.connConverged[i] < 0) {
                long srtt = c.softState().srttNanos();
                boolean cwndOk = window(c) >= (1 - x.tolerance) * f.cwndBefore[i];
                boolean srttOk = f.srttBefore[i] == 0
                        || Math.abs(srtt - f.srttBefore[i]) <= x.tolerance * f.srttBefore[i];
                if (cwndOk && srttOk) {
                    f.connConverged[i] = now;
                    f.converged++;
                    last = Math.max(last, now);
                }
            }
            // the retransmission count runs until the flight sent before the failure is acknowledged too: a soft
            // state installed at the resume (full checkpoint) converges at once, but the flight dropped while
            // reception was blocked is resent after that
            f.flightAcked[i] = f.flightAcked[i] || SeqNum.ge(c.sndUna(), f.sndMaxBefore[i]);
            if (f.connConverged[i] >= 0 && f.flightAcked[i]) {
                f.newId[i] = -1;
            } else {
                pending = true;
            }
        }
        for (long t : f.connConverged) {
            last = Math.max(last, t);
        }
        if (pending) {
            sim.at(now + x.convergenceSampleNanos, t -> sampleSoftState(f, sub, t));
        } else {
            // none converged but some ended first: the soft state never converged on this substitute
            f.convergedAt = f.converged == 0 && f.notConverged > 0 ? -1 : last;
            f.retransmittedAtConvergence = tap.retransmittedBytes();
            f.settled = true;
        }
    }

    // ============================================================================================ costs, end

    /**
     * FULL_CHECKPOINT: the adapter DMA-writes one soft-state record per connection per period to host memory, where the
     * driver keeps the last one per connection for the next RESTORE (read here from the adapter's engine: the model of
     * that DMA write).
     */
    private void checkpoint(long now) {
        OffloadAdapter a = adapters.get(active);
        if (a.status() == OffloadAdapter.Status.RUNNING && wireSwitchOpen()) {
            for (int id : host.connectionIds()) {
                TcpConnection c = a.connection(id);
                if (c != null) {
                    host.checkpoint(id, c.softState(), now);
                    checkpointRecords++;
                }
            }
        }
        if (!workload.isFinished()) {
            sim.at(now + x.checkpointPeriodNanos, this::checkpoint);
        }
    }

    private boolean wireSwitchOpen() {
        return current == null || current.detectedAt < 0 || current.resumedAt >= 0;
    }

    private void endCheck(long now) {
        boolean busy = current != null && !current.settled;
        if (workload.isFinished() && !busy) {
            sim.stop();
            return;
        }
        sim.at(now + 10 * FailoverExperiment.MS, this::endCheck);
    }

    private RecoveryTimeline timeline(Failover f) {
        ProgressTap.Window w = f.window;
        long[] b = new long[w.firstProgress.length];
        int n = 0;
        int stalled = 0;
        for (int i = 0; i < b.length; i++) {
            if (w.firstProgress[i] >= 0) {
                b[n++] = w.firstProgress[i] - w.from;
            } else if (!w.closed[i]) {
                stalled++;
            }
        }
        Arrays.sort(b, 0, n);
        long retransmitted = (f.retransmittedAtConvergence >= 0
                ? f.retransmittedAtConvergence
                : tap.retransmittedBytes()) - f.retransmittedAtFailure;
        long dropped = (f.droppedAtResume >= 0 ? f.droppedAtResume : wireSwitch.droppedWhileBlocked())
                - f.droppedAtBlock;
        return new RecoveryTimeline(f.adapter, f.kind, f.substitute, f.failedAt, f.detectedAt, f.blockedAt,
                f.recoveredAt, f.activeAt, f.resumedAt, f.firstSegmentAt, f.convergedAt, f.keys.length, f.unnotified,
                f.blockedAt < 0 ? 0 : dropped, rank(b, n, 0.50), rank(b, n, 0.99), n == 0 ? -1 : b[n - 1], stalled,
                retransmitted, f.converged, f.notConverged, f.lost);
    }

    /** Nearest-rank percentile of the first {@code n} sorted values; -1 if none. */
    private static long rank(long[] sorted, int n, double p) {
        if (n == 0) {
            return -1;
        }
        int k = (int) Math.ceil(p * n) - 1;
        return sorted[Math.max(0, Math.min(n - 1, k))];
    }
}
