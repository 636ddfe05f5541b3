package org.offloadlab.experiment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.offloadlab.host.HostCostModel;
import org.offloadlab.host.HostDriver;
import org.offloadlab.model.Adapter;
import org.offloadlab.model.AdapterCapabilities;
import org.offloadlab.model.AdapterPolicies;
import org.offloadlab.model.BufferGroupPolicy;
import org.offloadlab.model.BulkWorkload;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.FailoverTimeline;
import org.offloadlab.model.FailureMode;
import org.offloadlab.model.FailurePlan;
import org.offloadlab.model.IntegrityVerdict;
import org.offloadlab.model.Metric;
import org.offloadlab.model.OffloadFactory;
import org.offloadlab.model.Provenance;
import org.offloadlab.model.RecoveryStrategy;
import org.offloadlab.model.RequestResponseWorkload;
import org.offloadlab.model.Results;
import org.offloadlab.model.ShortConnectionsWorkload;
import org.offloadlab.model.TraceWorkload;
import org.offloadlab.nic.InteractionCounters;
import org.offloadlab.nic.InterruptCoalescing;
import org.offloadlab.nic.NicConfig;
import org.offloadlab.nic.NotificationPolicy;
import org.offloadlab.nic.OffloadAdapter;
import org.offloadlab.sim.Link;
import org.offloadlab.sim.LinkConfig;
import org.offloadlab.sim.Packet;
import org.offloadlab.sim.PacketReceiver;
import org.offloadlab.sim.PeerHost;
import org.offloadlab.sim.Simulator;
import org.offloadlab.sim.app.BulkTransfer;
import org.offloadlab.sim.app.Distribution;
import org.offloadlab.sim.app.RequestResponse;
import org.offloadlab.sim.app.ShortConnections;
import org.offloadlab.sim.app.Workload;
import org.offloadlab.sim.app.WorkloadStats;
import org.offloadlab.tcp.TcpConfig;

/**
 * Builds the simulation an {@link Experiment} describes and runs it: emulated peer ↔ link ↔ offload adapter ↔ host
 * driver, the workload between the peer (client) and applications on the host's offloaded sockets, and the failure
 * plan. Same experiment and seed ⇒ the same metrics, failovers and integrity verdict, bit for bit: everything runs on
 * the simulator's virtual time; only {@link RunResult#wallClockMillis()} and the start instant come from the clock.
 *
 * <p>
 * Recovery: {@code hard-state} restores every connection onto the topology's substitute adapter from the host's
 * hard-state shadow ({@code HostDriver.restoreOnto}) after a fixed detection delay, which stands in for the failover
 * controller's health monitoring until that controller lands; {@code full-checkpoint} needs that controller and is
 * reported as not available; {@code none} leaves the connections to their fate.
 */
public final class ExperimentRunner {

    /** Stand-in for failure detection (heartbeat timeout) until the failover controller provides it. */
    public static final long DETECTION_NANOS = 5_000_000L;

    private static final long MS = 1_000_000L;
    private static final long US = 1_000L;
    private static final int SLICES = 200;
    /**
     * Slices are at most this long: they are the sampling period of the recorded series and connection states, and a
     * workload usually finishes long before the experiment's duration, so duration / SLICES alone sampled too coarsely.
     */
    private static final long MAX_SLICE_NANOS = 10 * MS;
    /**
     * Snapshots per run at most: each copies the series so far, so one per slice of a long run would copy quadratically
     * much; a UI redraws a few times a second anyway.
     */
    private static final long MAX_SNAPSHOTS = 1000;

    /**
     * What the caller supplies.
     *
     * @param version
     *            the OffloadLab version recorded in the results
     * @param clock
     *            the wall clock, only for run_info
     * @param captureChecksum
     *            the checksum of a trace workload's capture, or null
     */
    public record Options(String version, Clock clock, String captureChecksum) {
        /** Version "0.1.0", the system clock, no capture. */
        public static Options defaults() {
            return new Options("0.1.0", Clock.systemUTC(), null);
        }
    }

    private final Experiment experiment;
    private final Options options;
    private final List<String> notes = new ArrayList<>();

    private Simulator sim;
    private TcpConfig tcp;
    private Link link;
    private SwitchPort port;
    private OffloadAdapter nic;
    private OffloadAdapter substitute;
    private HostDriver host;
    private FailoverTimeline timeline;
    private Parts parts;
    private long snapshotEvery = 1;
    private long slices;

    private ExperimentRunner(Experiment experiment, Options options) {
        this.experiment = experiment;
        this.options = options;
    }

    /** Runs {@code experiment}; a cancelled run returns what it has, marked {@link RunResult#cancelled()}. */
    public static RunResult run(Experiment experiment, Options options, ProgressMonitor monitor)
            throws ExperimentException {
        return run(experiment, options, monitor, RunObserver.NONE);
    }

    /**
     * Runs {@code experiment} and hands {@code observer} a snapshot after every slice of simulated time and at the end
     * (see {@link RunObserver}); the results are the same as without an observer.
     */
    public static RunResult run(Experiment experiment, Options options, ProgressMonitor monitor,
            RunObserver observer) throws ExperimentException {
        return new ExperimentRunner(experiment, options).run(monitor, observer);
    }

    private RunResult run(ProgressMonitor monitor, RunObserver observer) throws ExperimentException {
        Instant started = options.clock().instant();
        long wallStart = options.clock().millis();
        parts = Parts.of(experiment);
        if (experiment.getDurationMillis() <= 0) {
            throw new ExperimentException("experiment '" + experiment.getName() + "': durationMillis must be > 0");
        }
        long end = experiment.getDurationMillis() * MS;
        sim = new Simulator(experiment.getSeed());
        tcp = TcpConfig.linuxDefaults().toBuilder().userTimeoutNanos(3600_000 * MS).build();
        NicConfig nicConfig = nicConfig(parts.primary(), experiment.getPolicies(), parts.workload().getConnections());
        link = new Link(sim, parts.link().getName(), linkConfig(parts.link()));
        int hostAddress = experiment.getTopology().getHost().getAddress();
        nic = new OffloadAdapter(sim, nicConfig, hostAddress);
        nic.attachWire(link.aToB());
        PeerHost peer = new PeerHost(sim, parts.peer().getName(), parts.peer().getAddress(), tcp, link.bToA());
        port = new SwitchPort(nic);
        link.attach(port, peer);
        host = new HostDriver(sim, nic.hostInterface(), hostAddress, HostCostModel.defaults());
        Workload workload = workload(parts.workload(), peer);
        noteUnappliedPolicies();
        if (experiment.getFailurePlan() != null) {
            plan(experiment.getFailurePlan(), parts, nicConfig, end);
        }

        RunRecorder recorder = new RunRecorder(host, hostAddress, parts.peer().getAddress(),
                experiment.getRecordConnections(), experiment.isRecordStateHistory(), this::attached,
                this::hostMemoryBytes);

        monitor.begin("Running " + experiment.getName(), end);
        workload.start(0);
        boolean cancelled = false;
        long slice = Math.max(MS, Math.min(MAX_SLICE_NANOS, end / SLICES));
        snapshotEvery = Math.max(1, (end / slice + MAX_SNAPSHOTS - 1) / MAX_SNAPSHOTS);
        long now = 0;
        while (now < end && !workload.isFinished()) {
            now = Math.min(end, now + slice);
            try {
                sim.runUntil(now);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // a limit of the emulation (e.g. the peer's 16384 ephemeral ports) ends the experiment, not the program
                throw new ExperimentException("experiment '" + experiment.getName() + "' stopped after "
                        + now / MS + " ms of virtual time: " + e.getMessage(), e);
            }
            recorder.slice(now);
            observe(observer, recorder, workload, now, end, false);
            monitor.worked(now);
            if (monitor.isCancelled()) {
                cancelled = true;
                break;
            }
        }
        observe(observer, recorder, workload, now, end, true);
        Results results = results(workload, parts, recorder.memoryPeak(), now);
        recorder.fill(results, workload.stats().opened());
        return new RunResult(results, List.copyOf(notes), workload.isFinished(), cancelled, started,
                options.clock().millis() - wallStart);
    }

    private void observe(RunObserver observer, RunRecorder recorder, Workload workload, long now, long end,
            boolean done) {
        if (observer != RunObserver.NONE && (done || ++slices % snapshotEvery == 0)) {
            observer.slice(recorder.snapshot(experiment.getName(), now, end, done, observer.maxConnectionRows(),
                    host.acceptedConnections(), workload.stats().bytesReceived(),
                    timeline == null ? List.of() : List.of(timeline)));
        }
    }

    /** The adapters in the run so far, by the names the experiment gives them; the newest last. */
    private List<RunRecorder.Attached> attached() {
        if (substitute == null) {
            return List.of(new RunRecorder.Attached(parts.primary().getName(), nic));
        }
        return List.of(new RunRecorder.Attached(parts.primary().getName(), nic),
                new RunRecorder.Attached(parts.substitute().getName(), substitute));
    }

    /** Host memory the offload costs the host: the hard-state shadow plus each open connection's send buffer. */
    private long hostMemoryBytes() {
        return host.shadow().footprintBytes() + (long) host.openConnections() * host.hostInterface().sendBufferBytes();
    }

    private NicConfig nicConfig(Adapter adapter, AdapterPolicies policies, int connections) {
        NicConfig.Builder b = NicConfig.defaults().toBuilder().tcp(tcp);
        AdapterCapabilities caps = adapter.getCapabilities();
        int table = caps == null ? 65_536 : caps.getTableCapacity();
        b.tableCapacity(Math.max(table, 16));
        if (caps != null) {
            b.synQueueCapacity(Math.max(16, caps.getSynQueueCapacity()));
        }
        if (policies != null) {
            b.notification(notification(policies));
            if (policies.getInterruptCoalescingCount() > 1 || policies.getInterruptCoalescingMicros() > 0) {
                b.coalescing(new InterruptCoalescing(Math.max(1, policies.getInterruptCoalescingCount()),
                        policies.getInterruptCoalescingMicros() * US));
            }
        }
        if (connections > table) {
            notes.add("the workload opens " + connections + " connections, more than the adapter's table ("
                    + table + "): expect refusals");
        }
        return b.build();
    }

    private static NotificationPolicy notification(AdapterPolicies p) {
        int count = Math.max(1, p.getBatchCount());
        long time = Math.max(1, p.getBatchTimeMicros()) * US;
        return switch (p.getNotification()) {
            case PIECEMEAL -> new NotificationPolicy.Piecemeal();
            case BULK_COUNT -> new NotificationPolicy.BulkByCount(count);
            case BULK_TIME -> new NotificationPolicy.BulkByTime(time);
            case BULK_COUNT_OR_TIME -> new NotificationPolicy.BulkByCountOrTime(count, time);
            case ADAPTIVE -> new NotificationPolicy.Adaptive(time, Math.max(time, p.getAdaptiveMaxMicros() * US),
                    count);
        };
    }

    private void noteUnappliedPolicies() {
        AdapterPolicies p = experiment.getPolicies();
        if (p != null && (p.getBufferGroups() == BufferGroupPolicy.BY_ATTRIBUTE || p.isDelayedDma()
                || !p.getBufferGroupRules().isEmpty())) {
            // the dma bundle is not yet plugged into the adapter's DataPlacement seam
            notes.add("buffer groups, delayed DMA and the zero-copy threshold are recorded but not applied yet: "
                    + "the adapter places received data by plain copy (DataPlacement seam)");
        }
    }

    private static LinkConfig linkConfig(org.offloadlab.model.Link l) throws ExperimentException {
        try {
            return LinkConfig.builder().delayNanos(l.getDelayMicros() * US)
                    .bandwidthBitsPerSecond(l.getBandwidthBitsPerSecond()).queuePackets(l.getQueuePackets())
                    .lossRate(l.getLossRate()).build();
        } catch (IllegalArgumentException e) {
            throw new ExperimentException("link '" + l.getName() + "': " + e.getMessage(), e);
        }
    }

    private Workload workload(org.offloadlab.model.Workload w, PeerHost peer) throws ExperimentException {
        int port = w.getPort();
        if (port <= 0 || port > 65_535) {
            throw new ExperimentException("workload port must be in 1..65535, got " + port);
        }
        int n = w.getConnections();
        if (n < 1) {
            throw new ExperimentException("workload connections must be >= 1, got " + n);
        }
        try {
            if (w instanceof BulkWorkload b) {
                return new BulkTransfer(sim, "bulk", peer, host, port, b.getBytesToHost(), b.getBytesFromHost(), n);
            }
            if (w instanceof RequestResponseWorkload r) {
                return new RequestResponse(sim, "rr", peer, host, port, n, r.getRequestsPerConnection(),
                        Distribution.constant(r.getRequestBytes()), Distribution.constant(r.getResponseBytes()),
                        Distribution.exponential(Math.max(1, r.getThinkTimeMicros() * US)));
            }
            if (w instanceof ShortConnectionsWorkload s) {
                return new ShortConnections(sim, "short", peer, host, port, s.getRatePerSecond(), n,
                        Distribution.constant(s.getRequestBytes()), Distribution.constant(s.getResponseBytes()));
            }
        } catch (IllegalArgumentException e) {
            throw new ExperimentException("workload: " + e.getMessage(), e);
        }
        if (w instanceof TraceWorkload t) {
            throw new ExperimentException("trace-driven workload from " + t.getCapturePath()
                    + ": running a capture's application behaviour is not available in this release "
                    + "(use 'offloadlab replay' on the capture)");
        }
        throw new ExperimentException("unsupported workload " + w.eClass().getName());
    }

    /** The bytes the workload is to deliver in both directions, when it runs to completion. */
    private static long expectedBytes(org.offloadlab.model.Workload w) {
        long n = w.getConnections();
        if (w instanceof BulkWorkload b) {
            return n * (b.getBytesToHost() + b.getBytesFromHost());
        }
        if (w instanceof RequestResponseWorkload r) {
            return n * r.getRequestsPerConnection() * ((long) r.getRequestBytes() + r.getResponseBytes());
        }
        if (w instanceof ShortConnectionsWorkload s) {
            return n * ((long) s.getRequestBytes() + s.getResponseBytes());
        }
        return 0;
    }

    private void plan(FailurePlan plan, Parts parts, NicConfig nicConfig, long end) throws ExperimentException {
        if (plan.getAdapter() != parts.primary()) {
            throw new ExperimentException("failure plan: only the adapter on the link ('" + parts.primary().getName()
                    + "') can fail in this release");
        }
        timeline = OffloadFactory.eINSTANCE.createFailoverTimeline();
        timeline.setAdapter(parts.primary().getName());
        timeline.setMode(plan.getMode());
        timeline.setRecovery(experiment.getRecovery());
        timeline.setFailedAtNanos(-1);
        timeline.setOutcome("not injected: the run ended before the failure point");
        switch (plan.getTrigger()) {
            case TIME -> sim.at(plan.getAtMillis() * MS, now -> fail(plan.getMode(), parts, nicConfig, now));
            case RANDOM -> {
                // uniformly in [0, atMillis): the run's end is no bound, as the workload may finish long before
                long at = (long) (sim.random("failure-plan").nextDouble() * Math.min(end, plan.getAtMillis() * MS));
                sim.at(at, now -> fail(plan.getMode(), parts, nicConfig, now));
            }
            // the packet is delivered first; the failure follows at the same instant, outside the link's callback
            case PACKET -> port.failAtPacket(plan.getAtPacket(),
                    now -> sim.at(now, t -> fail(plan.getMode(), parts, nicConfig, t)));
        }
    }

    private void fail(FailureMode mode, Parts parts, NicConfig nicConfig, long now) {
        switch (mode) {
            case CRASH -> nic.crash(now);
            case HANG -> nic.hang(now);
            case LINK_DOWN -> nic.linkDown(now);
        }
        timeline.setFailedAtNanos(now);
        RecoveryStrategy recovery = experiment.getRecovery();
        if (recovery == RecoveryStrategy.HARD_STATE) {
            if (parts.substitute() == null) {
                timeline.setOutcome("not recovered: hard-state recovery needs a substitute adapter in the topology");
                return;
            }
            timeline.setOutcome("failed; recovery pending");
            sim.at(now + DETECTION_NANOS, t -> {
                substitute = new OffloadAdapter(sim, nicConfig, nic.address());
                substitute.attachWire(link.aToB());
                port.switchTo(substitute);
                timeline.setConnectionsRestored(host.openConnections());
                timeline.setSubstitute(parts.substitute().getName());
                timeline.setDetectedAtNanos(t);
                timeline.setSubstituteActiveAtNanos(t);
                host.restoreOnto(substitute.hostInterface(), tcp, t);
                timeline.setRecoveredAtNanos(t);
                timeline.setOutcome("restored onto '" + parts.substitute().getName()
                        + "' from the host's hard-state shadow");
            });
        } else if (recovery == RecoveryStrategy.FULL_CHECKPOINT) {
            timeline.setOutcome("not recovered: full-checkpoint recovery is not available until the failover "
                    + "controller lands");
        } else {
            timeline.setOutcome("not recovered: recovery strategy none");
        }
    }

    private Results results(Workload workload, Parts parts, long memoryPeak, long endedAt) {
        OffloadFactory f = OffloadFactory.eINSTANCE;
        Results r = f.createResults();
        r.setExperiment(experiment.getName());
        Provenance p = f.createProvenance();
        p.setVersion(options.version());
        p.setSeed(experiment.getSeed());
        p.setCaptureChecksum(options.captureChecksum());
        r.setProvenance(p);

        InteractionCounters.Totals t = nic.hostInterface().counters().totals();
        if (substitute != null) {
            InteractionCounters.Totals s = substitute.hostInterface().counters().totals();
            t = new InteractionCounters.Totals(t.commands() + s.commands(), t.completions() + s.completions(),
                    t.submissionDoorbells() + s.submissionDoorbells(),
                    t.completionDoorbells() + s.completionDoorbells(), t.interrupts() + s.interrupts(),
                    t.dmaReads() + s.dmaReads(), t.dmaWrites() + s.dmaWrites(), t.busBytes() + s.busBytes(),
                    t.notificationEntries() + s.notificationEntries(), t.dataBytesToHost() + s.dataBytesToHost(),
                    t.dataBytesFromHost() + s.dataBytesFromHost());
        }
        WorkloadStats stats = workload.stats();
        long established = host.acceptedConnections();
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("connections_established", (double) established);
        m.put("host_adapter_interactions", (double) t.interactions());
        m.put("host_adapter_interactions_per_connection",
                established == 0 ? 0.0 : (double) t.interactions() / established);
        m.put("interrupts", (double) t.interrupts());
        m.put("dma_transactions", (double) t.dmaTransactions());
        m.put("host_memory_bytes_peak", (double) memoryPeak);
        m.put("bytes_delivered", (double) stats.bytesReceived());
        m.put("commands", (double) t.commands());
        m.put("completions", (double) t.completions());
        m.put("doorbells", (double) t.doorbells());
        m.put("bus_bytes", (double) t.busBytes());
        m.put("host_cpu_ns", Math.rint(host.cpu().totalNanos()));
        m.put("connections_completed", (double) stats.completed());
        m.put("connections_failed", (double) stats.failed());
        m.put("link_loss_drops", (double) (link.aToB().stats().lossDrops() + link.bToA().stats().lossDrops()));
        m.put("simulated_ns", (double) endedAt);
        m.put("events", (double) sim.eventsFired());
        for (Map.Entry<String, Double> e : m.entrySet()) {
            Metric metric = f.createMetric();
            metric.setName(e.getKey());
            metric.setValue(e.getValue());
            r.getMetrics().add(metric);
        }
        if (timeline != null) {
            r.getFailovers().add(timeline);
        }
        IntegrityVerdict v = f.createIntegrityVerdict();
        long expected = expectedBytes(parts.workload());
        v.setConnections(stats.opened());
        v.setBytesLost(Math.max(0, expected - stats.bytesReceived()));
        v.setBytesDuplicated(Math.max(0, stats.bytesReceived() - expected));
        v.setBytesReordered(stats.mismatchedBytes());
        v.setConnectionsReset(stats.reset());
        v.setOk(workload.isFinished() && stats.allIntact() && stats.failed() == 0 && v.getBytesLost() == 0
                && v.getBytesDuplicated() == 0);
        r.setIntegrity(v);
        return r;
    }

    /** The wire end at the host side: a substitute adapter can take it over; counts packets for a packet trigger. */
    private static final class SwitchPort implements PacketReceiver {
        private PacketReceiver target;
        private long packets;
        private long failAt = -1;
        private org.offloadlab.sim.Event onFail;

        SwitchPort(PacketReceiver target) {
            this.target = target;
        }

        void switchTo(PacketReceiver next) {
            target = next;
        }

        void failAtPacket(long packet, org.offloadlab.sim.Event event) {
            failAt = packet;
            onFail = event;
        }

        @Override
        public void receive(Packet packet, long now) {
            target.receive(packet, now);
            if (++packets == failAt) {
                onFail.fire(now);
            }
        }
    }

    /** The parts of the topology this release runs: one host, one link from the primary adapter to one peer. */
    private record Parts(Adapter primary, Adapter substitute, org.offloadlab.model.Link link,
            org.offloadlab.model.Peer peer, org.offloadlab.model.Workload workload) {

        static Parts of(Experiment e) throws ExperimentException {
            String name = "experiment '" + e.getName() + "'";
            if (e.getTopology() == null || e.getTopology().getHost() == null) {
                throw new ExperimentException(name + " has no topology with a host");
            }
            if (e.getWorkload() == null) {
                throw new ExperimentException(name + " has no workload");
            }
            List<org.offloadlab.model.Link> links = e.getTopology().getLinks();
            if (links.size() != 1) {
                throw new ExperimentException(name + " has " + links.size()
                        + " links; this release runs exactly one link (adapter ↔ peer)");
            }
            org.offloadlab.model.Link link = links.get(0);
            if (link.getAdapter() == null || link.getPeer() == null) {
                throw new ExperimentException("link '" + link.getName() + "' needs an adapter and a peer");
            }
            if (link.getAdapter().isSubstitute()) {
                throw new ExperimentException("link '" + link.getName() + "' ends at substitute adapter '"
                        + link.getAdapter().getName() + "'; it must end at the primary adapter");
            }
            Adapter substitute = null;
            for (Adapter a : e.getTopology().getAdapters()) {
                if (a.isSubstitute() && substitute == null) {
                    substitute = a;
                }
            }
            if (e.getFailurePlan() != null && e.getFailurePlan().getAdapter() == null) {
                throw new ExperimentException(name + ": the failure plan names no adapter");
            }
            return new Parts(link.getAdapter(), substitute, link, link.getPeer(), e.getWorkload());
        }
    }
}
