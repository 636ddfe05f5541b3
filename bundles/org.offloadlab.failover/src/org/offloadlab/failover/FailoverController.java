package org.offloadlab.failover;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.offloadlab.host.HardStateShadow;
import org.offloadlab.host.HostDriver;
import org.offloadlab.nic.Command;
import org.offloadlab.nic.HostInterface;
import org.offloadlab.nic.OffloadAdapter;
import org.offloadlab.sim.PacketReceiver;
import org.offloadlab.sim.Simulator;
import org.offloadlab.sim.app.AppConnection;
import org.offloadlab.sim.app.SocketApi;
import org.offloadlab.tcp.SeqNum;
import org.offloadlab.tcp.State;
import org.offloadlab.tcp.TcpConfig;
import org.offloadlab.tcp.TcpConnection;

/**
 * The failover controller of IBM patent EP1609063 fig. 10, reusable by any simulation that wires a host driver to
 * offload adapters over one link: a health monitor (heartbeats with a miss count, link-status register), and on failure
 * block reception → recover hard state from the host's shadow (or, {@link Strategy#NONE}, reset) → install it on the
 * next substitute (with the last soft-state checkpoint for {@link Strategy#FULL_CHECKPOINT}) → unblock when every
 * RESTORE is confirmed → watch the soft state relearned; a {@link RecoveryTimeline} per failover with the metrics of
 * docs/FAILOVER.md. Plain Java on virtual time: deterministic for a seeded simulator.
 * <p>
 * Wiring: {@link #tapHostToWire} and {@link #tapPeerToWire} around the link directions, {@link #hostEnd} as the link's
 * host end, {@link #addAdapter} for the primary then the substitutes, {@link #applications} for the host driver (the
 * workload uses the socket API it returns), then {@link #start}; inject failures with {@link #fail}.
 * <p>
 * Two active adapters ({@link SubstituteKind#ACTIVE_ADAPTER}): {@link #addAdapter} the primary, then {@link #shareLoad}
 * the second one with its own host driver. Both carry connections, split by the partner's flow hash
 * ({@link FlowSteering}); when the primary fails, only its flows are blocked, its driver hands its connections to the
 * survivor's driver ({@link HostDriver#handOverTo}: RESTOREs on the survivor's rings), its flows are re-steered to the
 * survivor and unblocked; the survivor's own connections run on throughout ({@link #survivorLoads}).
 */
public final class FailoverController {

    /** How often the controller looks whether the substitute confirmed every RESTORE. */
    private static final long RESTORE_POLL_NANOS = 2_000;

    /**
     * Settings.
     *
     * @param strategy
     *            what is recovered
     * @param heartbeatPeriodNanos
     *            heartbeat (and link-status poll) period P
     * @param missCount
     *            unanswered heartbeats M that declare the adapter failed: detection in (M·P, (M+1)·P]
     * @param checkpointPeriodNanos
     *            soft-state checkpoint period ({@link Strategy#FULL_CHECKPOINT})
     * @param tolerance
     *            soft state converged when window ≥ (1 − t)·before and |SRTT − before| ≤ t·before
     * @param convergenceSampleNanos
     *            how often convergence is sampled
     * @param tcp
     *            the TCP configuration restored connections use
     * @param transactionOverheadBytes
     *            bus overhead per transaction, to cost checkpoint records
     */
    public record Settings(Strategy strategy, long heartbeatPeriodNanos, int missCount, long checkpointPeriodNanos,
            double tolerance, long convergenceSampleNanos, TcpConfig tcp, int transactionOverheadBytes) {

        public Settings {
            if (strategy == null || tcp == null) {
                throw new IllegalArgumentException("failover controller: strategy and TCP configuration are required");
            }
            if (heartbeatPeriodNanos <= 0 || missCount < 1 || checkpointPeriodNanos <= 0
                    || convergenceSampleNanos <= 0) {
                throw new IllegalArgumentException("failover controller: heartbeat period " + heartbeatPeriodNanos
                        + " ns, misses " + missCount + ", checkpoint period " + checkpointPeriodNanos
                        + " ns and sample period " + convergenceSampleNanos + " ns must all be > 0");
            }
            if (!(tolerance > 0 && tolerance < 1)) {
                throw new IllegalArgumentException(
                        "failover controller: tolerance must be in (0, 1), got " + tolerance);
            }
        }

        /** Defaults of docs/FAILOVER.md: heartbeat 1 ms, 3 misses, checkpoint every 1 ms, tolerance 0.25. */
        public static Settings defaults(Strategy strategy, TcpConfig tcp) {
            return new Settings(strategy, 1_000_000L, 3, 1_000_000L, 0.25, 1_000_000L, tcp, 0);
        }
    }

    /** Told of each detection. */
    @FunctionalInterface
    public interface DetectionListener {
        /**
         * @param failovers
         *            failovers so far, this one included
         */
        void detected(int failovers, long nowNanos);
    }

    /** Told of each packet on the wire. */
    @FunctionalInterface
    public interface PacketHook {
        void packet(long count, long nowNanos);
    }

    /**
     * The phases of a {@link RecoveryTimeline}, in the order they happen. In an OSGi framework the failover component
     * publishes each one through the event admin on {@link #topic()} with the properties named here (plain strings: the
     * engine does not depend on OSGi).
     */
    public enum Phase {
        FAILED, DETECTED, BLOCKED, HARD_STATE_RECOVERED, SUBSTITUTE_ACTIVE, RESUMED, FIRST_SEGMENT, SOFT_STATE_CONVERGED;

        /** Every phase's topic, for an event handler's topic filter. */
        public static final String TOPIC_ALL = "org/offloadlab/failover/TIMELINE/*";
        /** Event property: the failed adapter's name (String). */
        public static final String PROPERTY_ADAPTER = "adapter";
        /** Event property: the substitute's name, "" before it is chosen or if none is left (String). */
        public static final String PROPERTY_SUBSTITUTE = "substitute";
        /** Event property: the phase's instant of virtual time in nanoseconds (Long). */
        public static final String PROPERTY_TIME = "time";

        /** The event topic of this phase, e.g. {@code org/offloadlab/failover/TIMELINE/RESUMED}. */
        public String topic() {
            return "org/offloadlab/failover/TIMELINE/" + name();
        }
    }

    /** Told of each phase of a failover as the controller reaches it. */
    @FunctionalInterface
    public interface PhaseListener {
        /**
         * @param adapter
         *            the failed adapter
         * @param substitute
         *            the adapter taking over ("" before it is chosen, or if none is left)
         * @param atNanos
         *            the phase's instant of virtual time: the first segment and the convergence are recognised after
         *            they happened (at the next sample), so this can be earlier than the simulator's clock
         */
        void phase(Phase phase, String adapter, String substitute, long atNanos);
    }

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
        // two active adapters: the adapters' indices, and the survivor's own flows and load
        int failedIndex;
        int substituteIndex = -1;
        long[] ownKeys;
        int tableBefore;
        int tableAfter = -1;
        int moved = -1;
        long ownRetransmittedAtResume = -1;

        Failover(String adapter, FailureKind kind, long failedAt, int unnotified) {
            this.adapter = adapter;
            this.kind = kind;
            this.failedAt = failedAt;
            this.unnotified = unnotified;
            this.retransmittedAtFailure = tap.retransmittedBytes();
            this.window = app.open(failedAt);
        }
    }

    private final Simulator sim;
    private final Settings x;
    private final WireTap tap = new WireTap();
    private final WireSwitch wireSwitch = new WireSwitch((p, t) -> {
        // no adapter yet: addAdapter routes the wire to the first one
    });
    private final List<OffloadAdapter> adapters = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    /** Standby substitutes withdrawn before their turn: skipped when the next substitute is chosen. */
    private final BitSet withdrawn = new BitSet();
    private final List<Failover> failovers = new ArrayList<>();
    /**
     * Two active adapters: the flow-hashing host end, and the second adapter's driver; null with standby substitutes.
     */
    private FlowSteering steering;
    private HostDriver survivorDriver;
    private final PacketReceiver hostEnd = (p, t) -> {
        if (steering != null) {
            steering.receive(p, t);
        } else {
            wireSwitch.receive(p, t);
        }
    };
    private PacketReceiver hostToWire;
    private HostDriver host;
    private ProgressTap app;
    private BooleanSupplier finished = () -> false;
    private final List<DetectionListener> onDetected = new ArrayList<>();
    private final List<PhaseListener> onPhase = new ArrayList<>();
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

    /** Creates a controller; wire it with the tap, adapter and application methods, then {@link #start}. */
    public FailoverController(Simulator sim, Settings settings) {
        this.sim = sim;
        this.x = settings;
        sentRing = new long[settings.missCount()];
    }

    // ============================================================================================ wiring

    /** Wraps the link direction host → peer: every adapter transmits into what this returns. */
    public PacketReceiver tapHostToWire(PacketReceiver wire) {
        hostToWire = tap.fromHost(wire);
        return hostToWire;
    }

    /** Wraps the link direction peer → host: the peer transmits into what this returns. */
    public PacketReceiver tapPeerToWire(PacketReceiver wire) {
        return tap.fromPeer(wire);
    }

    /** The host's end of the wire, to attach to the link: routes to the active adapter, or drops while blocked. */
    public PacketReceiver hostEnd() {
        return hostEnd;
    }

    /**
     * Adds an adapter: the first is the active one (it gets the wire now), the others are substitutes in the order they
     * take over. Call {@link #tapHostToWire} first.
     */
    public void addAdapter(String name, OffloadAdapter adapter) {
        if (hostToWire == null) {
            throw new IllegalStateException(
                    "failover controller: tap the host-to-wire direction before adding adapters");
        }
        adapters.add(adapter);
        names.add(name);
        if (adapters.size() == 1) {
            adapter.attachWire(hostToWire);
            wireSwitch.route(adapter);
        }
    }

    /**
     * Adds a second active adapter with its own host driver ({@link SubstituteKind#ACTIVE_ADAPTER}): it gets the wire
     * now, the flows the partner's hash gives it, and — when the primary fails — the primary's connections on top of
     * its own. Call after {@link #addAdapter} of the primary and before {@link #applications}; the driver must be bound
     * to {@code adapter}'s host interface and share the primary driver's address.
     */
    public void shareLoad(String name, OffloadAdapter adapter, HostDriver driver) {
        if (adapters.size() != 1 || host != null) {
            throw new IllegalStateException("failover controller: share load after adding exactly the primary adapter "
                    + "and before the applications (adapters so far: " + names + ")");
        }
        if (driver == null || driver.hostInterface() != adapter.hostInterface()) {
            throw new IllegalArgumentException(
                    "failover controller: the second active adapter needs a driver bound to its host interface");
        }
        adapters.add(adapter);
        names.add(name);
        adapter.attachWire(hostToWire);
        survivorDriver = driver;
        steering = new FlowSteering(adapters.get(0), adapter);
    }

    /**
     * The host driver whose shadow the controller recovers from; returns the socket API the applications should use
     * (the driver's, with a stopwatch for the blackout).
     */
    public SocketApi applications(HostDriver driver) {
        host = driver;
        app = new ProgressTap(survivorDriver == null ? driver : new BondedSockets(driver, survivorDriver));
        return app;
    }

    /** Called at each detection, with the number of failovers so far (to inject a failure during a failover). */
    public void onDetected(DetectionListener listener) {
        onDetected.add(listener);
    }

    /** Called at each phase of each failover, in phase order (a superseded failover stops reporting). */
    public void onPhase(PhaseListener listener) {
        onPhase.add(listener);
    }

    private void phase(Phase p, Failover f, long at) {
        for (PhaseListener l : onPhase) {
            l.phase(p, f.adapter, f.substitute, at);
        }
    }

    /** Names of the adapters added so far, the primary first, substitutes in the order they take over. */
    public List<String> adapterNames() {
        return List.copyOf(names);
    }

    /** Called for every packet on the wire, both directions, with its count (to inject a failure at the N-th). */
    public void onPacket(PacketHook hook) {
        tap.setHook(hook);
    }

    /** Packets seen on the wire so far. */
    public long packets() {
        return tap.packets();
    }

    /**
     * Arms the health monitor (first heartbeat one period after {@code nowNanos}) and, for
     * {@link Strategy#FULL_CHECKPOINT}, the soft-state checkpoints, which stop once {@code workloadFinished} says so.
     */
    public void start(long nowNanos, BooleanSupplier workloadFinished) {
        if (host == null || adapters.isEmpty()) {
            throw new IllegalStateException("failover controller: add adapters and the host before starting");
        }
        finished = workloadFinished;
        sim.at(nowNanos + x.heartbeatPeriodNanos(), this::monitorTick);
        if (x.strategy() == Strategy.FULL_CHECKPOINT) {
            sim.at(nowNanos + x.checkpointPeriodNanos(), this::checkpoint);
        }
    }

    // ============================================================================================ failure injection

    /** Fails the adapter active now. */
    public void fail(FailureKind kind, long now) {
        if (host == null || adapters.isEmpty()) {
            throw new IllegalStateException("failover controller: add adapters and the host before injecting failures");
        }
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
        f.failedIndex = active;
        if (steering != null && active == 0) {
            // the survivor's own load at the failure: its flows are watched for a blackout they must not have
            int[] own = survivorDriver.connectionIds();
            HardStateShadow sh = survivorDriver.shadow();
            f.ownKeys = new long[own.length];
            for (int i = 0; i < own.length; i++) {
                f.ownKeys[i] = key(sh, own[i] & 0xFFFFFF);
            }
            f.tableBefore = adapters.get(1).connectionCount();
            tap.watchFlows(host.address(), f.ownKeys);
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
        phase(Phase.FAILED, f, now);
    }

    /**
     * The adapter {@code name} was removed (hot-unplug, or its service withdrawn): everything on it is gone, as in a
     * {@link FailureKind#CRASH}, but the host is told at once (PCIe surprise-removal notification), so the failover
     * starts now instead of after {@code missCount} unanswered heartbeats.
     * <p>
     * A standby substitute withdrawn before its turn is taken out of the order instead (a later failover skips it).
     *
     * @return whether a failover started: false for a standby, for the second active adapter (whose own failure the
     *         controller does not handle, see docs/FAILOVER.md) or for an adapter that had failed already
     */
    public boolean withdraw(String name, long now) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(
                    "failover controller: no adapter named '" + name + "' (adapters: " + names + ")");
        }
        if (i > active && steering == null) {
            withdrawn.set(i);
            return false;
        }
        if (i != active || exhausted) {
            return false;
        }
        int before = failovers.size();
        fail(FailureKind.CRASH, now);
        if (failovers.size() == before) {
            return false; // already failed: the running failover goes on
        }
        detect(now);
        return true;
    }

    /** What the experiment (not the host) reads of the failing adapter, only to measure convergence later. */
    private void snapshotSoftState(Failover f, OffloadAdapter a) {
        int[] ids = monitored().connectionIds();
        HardStateShadow sh = monitored().shadow();
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

    /** The driver of adapter {@code index}: one for all with standby substitutes, one each for active adapters. */
    private HostDriver driverOf(int index) {
        return survivorDriver != null && index > 0 ? survivorDriver : host;
    }

    /** The driver of the adapter that carries the (failing-over) connections now. */
    private HostDriver monitored() {
        return driverOf(active);
    }

    private long blockedDrops() {
        return steering != null ? steering.droppedTotal() : wireSwitch.droppedWhileBlocked();
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
        HostDriver d = monitored();
        int pendingRestores = d.pendingRestores();
        boolean missed;
        if (pendingRestores > 0) {
            // heartbeats queue behind the RESTOREs: judge a restoring substitute by its progress instead
            stuckTicks = pendingRestores == lastPendingRestores ? stuckTicks + 1 : 0;
            lastPendingRestores = pendingRestores;
            missed = stuckTicks >= x.missCount();
            sentCount = 0;
        } else {
            stuckTicks = 0;
            lastPendingRestores = -1;
            missed = sentCount >= x.missCount() && d.lastHeartbeat() < sentRing[sentCount % x.missCount()];
        }
        if ((missed || !a.isLinkUp()) && !exhausted) {
            detect(now);
        }
        long seq = monitored().heartbeat(now); // after a detection: the substitute's driver
        if (survivorDriver != null && monitored() != survivorDriver) {
            // the second active adapter has its own watchdog (its driver heartbeats it too; a failure of it is not
            // injected by the experiments): the same per-adapter host load as the primary's before the failover
            survivorDriver.heartbeat(now);
        }
        sentRing[sentCount % x.missCount()] = seq;
        sentCount++;
        sim.at(now + x.heartbeatPeriodNanos(), this::monitorTick);
    }

    // ============================================================================================ the failover

    private void detect(long now) {
        Failover f = current;
        if (f == null || f.detectedAt >= 0) {
            // a failure nobody injected (should not happen): record it so it is visible
            f = new Failover(names.get(active), FailureKind.HANG, now, 0);
            failovers.add(f);
            current = f;
            phase(Phase.FAILED, f, now);
        }
        f.detectedAt = now;
        phase(Phase.DETECTED, f, now);
        stuckTicks = 0;
        lastPendingRestores = -1;
        // EP1609063 step 1: nothing reaches an adapter while the state moves (two active adapters: only the failed
        // adapter's flows are blocked, the survivor's pass)
        if (steering != null) {
            steering.block(active);
        } else {
            wireSwitch.block();
        }
        f.blockedAt = now;
        phase(Phase.BLOCKED, f, now);
        f.droppedAtBlock = blockedDrops();
        sentCount = 0;
        for (DetectionListener l : onDetected) {
            l.detected(failovers.size(), now);
        }
        int next = active + 1;
        while (next < adapters.size() && withdrawn.get(next)) {
            next++;
        }
        if (next >= adapters.size()) {
            int lost = monitored().resetAllOnto(adapters.get(active).hostInterface(), now);
            f.lost += lost;
            connectionsLost += lost;
            f.settled = true;
            exhausted = true;
            return; // nothing left to take over: reception stays blocked
        }
        OffloadAdapter sub = adapters.get(next);
        f.substitute = names.get(next);
        f.substituteIndex = next;
        if (steering == null) {
            sub.attachWire(hostToWire);
        }
        if (x.strategy() == Strategy.NONE) {
            // two active adapters: the failed driver stays bound to its dead adapter, the survivor's is not disturbed
            HostInterface onto = steering == null ? sub.hostInterface() : adapters.get(active).hostInterface();
            int lost = host.resetAllOnto(onto, now);
            f.lost += lost;
            connectionsLost += lost;
        } else if (steering != null) {
            host.handOverTo(survivorDriver, x.tcp(), now); // step 2+3 onto the survivor, by the survivor's driver
        } else {
            host.restoreOnto(sub.hostInterface(), x.tcp(), now); // step 2+3: hard state from the host's shadow
        }
        f.recoveredAt = now;
        phase(Phase.HARD_STATE_RECOVERED, f, now);
        active = next;
        Failover g = f;
        sim.at(now + RESTORE_POLL_NANOS, t -> watchRestore(g, sub, t));
    }

    private void watchRestore(Failover f, OffloadAdapter sub, long now) {
        if (f.superseded) {
            return;
        }
        if (monitored().pendingRestores() > 0) {
            sim.at(now + RESTORE_POLL_NANOS, t -> watchRestore(f, sub, t));
            return;
        }
        f.activeAt = now;
        phase(Phase.SUBSTITUTE_ACTIVE, f, now);
        f.droppedAtResume = blockedDrops();
        if (steering != null) {
            steering.moveAll(f.failedIndex, f.substituteIndex); // step 4: re-steer the failed adapter's flows, resume
            f.tableAfter = sub.connectionCount();
            f.ownRetransmittedAtResume = tap.watchedRetransmittedBytes();
        } else {
            wireSwitch.route(sub); // step 4: resume
        }
        f.resumedAt = now;
        phase(Phase.RESUMED, f, now);
        tap.watchFrom(now);
        sentCount = 0; // heartbeats queued behind the RESTOREs are answered now: start afresh
        mapToSubstitute(f);
        sim.at(now, t -> sampleSoftState(f, sub, t));
    }

    private void mapToSubstitute(Failover f) {
        Map<Long, Integer> byKey = new HashMap<>();
        HardStateShadow sh = monitored().shadow();
        for (int id : monitored().connectionIds()) {
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
        int moved = 0;
        for (int id : f.newId) {
            moved += id >= 0 ? 1 : 0;
        }
        f.moved = moved;
    }

    /** Step 5 observed: the substitute relearns cwnd and SRTT from traffic; sampled every convergence period. */
    private void sampleSoftState(Failover f, OffloadAdapter sub, long now) {
        if (f.superseded) {
            return;
        }
        if (f.firstSegmentAt < 0) {
            f.firstSegmentAt = tap.firstHostSegment();
            if (f.firstSegmentAt >= 0) {
                phase(Phase.FIRST_SEGMENT, f, f.firstSegmentAt);
            }
        }
        boolean pending = false;
        long last = f.resumedAt;
        for (int i = 0; i < f.newId.length; i++) {
            if (f.newId[i] < 0) {
                continue;
            }
            TcpConnection c = sub.connection(f.newId[i]);
            if (c == null || finished(c.state())) {
                f.newId[i] = -1;
                if (f.connConverged[i] < 0) {
                    f.notConverged++;
                }
                continue;
            }
            if (f.connConverged[i] < 0) {
                long srtt = c.softState().srttNanos();
                boolean cwndOk = window(c) >= (1 - x.tolerance()) * f.cwndBefore[i];
                boolean srttOk = f.srttBefore[i] == 0
                        || Math.abs(srtt - f.srttBefore[i]) <= x.tolerance() * f.srttBefore[i];
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
            sim.at(now + x.convergenceSampleNanos(), t -> sampleSoftState(f, sub, t));
        } else {
            // none converged (all ended first, or none survived: NONE): the soft state never converged here
            f.convergedAt = f.converged == 0 ? -1 : last;
            f.retransmittedAtConvergence = tap.retransmittedBytes();
            f.settled = true;
            if (f.convergedAt >= 0) {
                phase(Phase.SOFT_STATE_CONVERGED, f, f.convergedAt);
            }
        }
    }

    /**
     * FULL_CHECKPOINT: the adapter DMA-writes one soft-state record per connection per period to host memory, where the
     * driver keeps the last one per connection for the next RESTORE (read here from the adapter's engine: the model of
     * that DMA write).
     */
    private void checkpoint(long now) {
        for (int i = 0; i < adapters.size(); i++) {
            // standby substitutes: the active adapter, unless a failover is under way; two active adapters: every
            // running one (the survivor's own connections are not blocked)
            OffloadAdapter a = adapters.get(i);
            boolean serving = steering != null ? a.isLinkUp() : i == active && wireSwitchOpen();
            if (serving && a.status() == OffloadAdapter.Status.RUNNING) {
                HostDriver d = driverOf(i);
                for (int id : d.connectionIds()) {
                    TcpConnection c = a.connection(id);
                    if (c != null) {
                        d.checkpoint(id, c.softState(), now);
                        checkpointRecords++;
                    }
                }
            }
        }
        if (!finished.getAsBoolean()) {
            sim.at(now + x.checkpointPeriodNanos(), this::checkpoint);
        }
    }

    private boolean wireSwitchOpen() {
        return current == null || current.detectedAt < 0 || current.resumedAt >= 0;
    }

    /**
     * Both FINs exchanged (or gone): the connection sends no more data, so it can neither converge nor retransmit the
     * failover's flight; TIME-WAIT alone would keep the failover unsettled for 2·MSL.
     */
    private static boolean finished(State s) {
        return s == State.CLOSED || s == State.TIME_WAIT || s == State.LAST_ACK || s == State.CLOSING;
    }

    // ============================================================================================ results

    /** Whether the last failover has finished (converged, or nothing left to converge or take over). */
    public boolean isSettled() {
        return current == null || current.settled;
    }

    /** The timeline of every failover so far (the last one possibly still running). */
    public List<RecoveryTimeline> timelines() {
        List<RecoveryTimeline> out = new ArrayList<>();
        for (Failover f : failovers) {
            out.add(timeline(f));
        }
        return List.copyOf(out);
    }

    /**
     * Per-connection blackouts of the {@code index}-th failover (0-based, in {@link #timelines()} order), as measured
     * so far: a connection that has not progressed yet is not listed.
     */
    public ConnectionBlackouts connectionBlackouts(int index) {
        return ConnectionBlackouts.of(failovers.get(index).window);
    }

    /** Soft-state records the adapters wrote to the host ({@link Strategy#FULL_CHECKPOINT}). */
    public long checkpointRecords() {
        return checkpointRecords;
    }

    /** Bus bytes of those records, transaction overhead included. */
    public long checkpointBusBytes() {
        return checkpointRecords * (Command.SOFT_STATE_BYTES + x.transactionOverheadBytes());
    }

    /** Connections the failovers reset (strategy NONE, or no substitute left). */
    public long connectionsLost() {
        return connectionsLost;
    }

    /** Name of the adapter that carries the connections now. */
    public String activeAdapter() {
        return names.get(active);
    }

    /** The survivor of each {@link SubstituteKind#ACTIVE_ADAPTER} failover so far (empty with standby substitutes). */
    public List<SurvivorLoad> survivorLoads() {
        List<SurvivorLoad> out = new ArrayList<>();
        for (Failover f : failovers) {
            if (f.ownKeys != null) {
                out.add(survivorLoad(f));
            }
        }
        return List.copyOf(out);
    }

    private SurvivorLoad survivorLoad(Failover f) {
        Map<Long, Boolean> own = new HashMap<>();
        for (long k : f.ownKeys) {
            own.put(k, Boolean.TRUE);
        }
        int progressed = 0;
        int stalled = 0;
        long blackoutMax = -1;
        long until = f.resumedAt >= 0 ? f.resumedAt : sim.now();
        ProgressTap.Window w = f.window;
        for (Map.Entry<AppConnection, Integer> e : w.index.entrySet()) {
            AppConnection c = e.getKey();
            if (!own.containsKey((long) c.remoteHost() << 32 | (long) c.localPort() << 16 | c.remotePort())) {
                continue;
            }
            long first = w.firstProgress[e.getValue()];
            long closedAt = w.closedAt[e.getValue()];
            if (first >= 0) {
                blackoutMax = Math.max(blackoutMax, first - w.from);
            }
            if (first >= 0 && first <= until) {
                progressed++;
            } else if (closedAt < 0 || closedAt > until) {
                stalled++; // open across the whole failover without progress (idle think time counts)
            }
        }
        String name = f.substituteIndex >= 0 ? names.get(f.substituteIndex) : "";
        return new SurvivorLoad(name, f.ownKeys.length, f.tableBefore, f.tableAfter, f.moved, progressed, stalled,
                blackoutMax,
                f.substituteIndex >= 0 ? steering.dropped(f.substituteIndex) : 0,
                f.ownRetransmittedAtResume >= 0 ? f.ownRetransmittedAtResume : tap.watchedRetransmittedBytes(),
                tap.watchedRetransmittedBytes());
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
        long dropped = (f.droppedAtResume >= 0 ? f.droppedAtResume : blockedDrops()) - f.droppedAtBlock;
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
