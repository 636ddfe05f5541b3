package org.offloadlab.experiment;

import java.nio.file.Path;
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
import org.offloadlab.model.BulkWorkload;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.FailureMode;
import org.offloadlab.model.FailurePlan;
import org.offloadlab.model.IntegrityVerdict;
import org.offloadlab.model.Metric;
import org.offloadlab.model.OffloadFactory;
import org.offloadlab.model.Provenance;
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
import org.offloadlab.sim.app.SocketApi;
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
 * Recovery is the failover bundle's controller ({@code FailoverController}): heartbeat detection, blocked reception,
 * {@code hard-state} restores every connection onto the topology's substitute adapter from the host's hard-state
 * shadow, {@code full-checkpoint} also installs the last soft-state checkpoint, {@code none} resets the connections
 * (applications see the reset); the timeline, blackout and retransmission metrics are the controller's.
 */
public final class ExperimentRunner {

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
    private HostDriver host;
    private RunnerFailover failover;
    private Parts parts;
    private long snapshotEvery = 1;
    private long slices;
    /** The experiment's DMA policies, or null when it has none (data placed by plain copy). */
    private DmaPolicies dma;
    private long nonDmaMemoryPeak;

    private ExperimentRunner(Experiment experiment, Options options) {
        this.experiment = experiment;
        this.options = options;
    }

    /**
     * Makes a trace workload's relative capture path absolute when the capture lies relative to
     * {@code experimentFile}'s folder (a capture kept next to its experiment); otherwise leaves it, to be resolved
     * against the working directory when the run starts. Call it after loading a file and before copying the experiment
     * (copies forget their file).
     */
    public static void resolveCapture(Experiment experiment, Path experimentFile) {
        TraceExperiment.resolveAgainst(experiment, experimentFile);
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
        if (experiment.getWorkload() instanceof TraceWorkload trace) {
            return TraceExperiment.run(experiment, trace, options, monitor, started, wallStart);
        }
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
        if (experiment.getPolicies() != null) {
            dma = DmaPolicies.of(experiment.getPolicies(), parts.primary().getCapabilities(),
                    nicConfig.capabilities().tableCapacity(), parts.workload().getConnections());
        }
        nic = newAdapter(nicConfig, hostAddress);
        PeerHost peer;
        if (experiment.getFailurePlan() != null) {
            failover = new RunnerFailover(sim, experiment.getRecovery(), tcp, nicConfig, link, nic,
                    parts.primary().getName(), parts.substitute() == null ? null : parts.substitute().getName(),
                    () -> newAdapter(nicConfig, hostAddress));
            peer = new PeerHost(sim, parts.peer().getName(), parts.peer().getAddress(), tcp,
                    failover.peerWire(link.bToA()));
            port = new SwitchPort(failover.hostEnd());
        } else {
            nic.attachWire(link.aToB());
            peer = new PeerHost(sim, parts.peer().getName(), parts.peer().getAddress(), tcp, link.bToA());
            port = new SwitchPort(nic);
        }
        link.attach(port, peer);
        host = new HostDriver(sim, nic.hostInterface(), hostAddress, HostCostModel.defaults());
        Workload workload = workload(parts.workload(), peer, failover == null ? host : failover.applications(host));
        if (experiment.getFailurePlan() != null) {
            plan(experiment.getFailurePlan(), parts, end);
        }

        RunRecorder recorder = new RunRecorder(host, hostAddress, parts.peer().getAddress(),
                experiment.getRecordConnections(), experiment.isRecordStateHistory(), this::attached,
                this::hostMemoryBytes);

        monitor.begin("Running " + experiment.getName(), end);
        workload.start(0);
        if (failover != null) {
            failover.start(workload);
        }
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
            if (monitor.takeFailureRequest() && failover != null) {
                // fires at the start of the next slice; RunnerFailover ignores the plan's own trigger afterwards
                FailureMode mode = experiment.getFailurePlan().getMode();
                sim.at(sim.now(), t -> failover.fail(mode, t));
            }
        }
        observe(observer, recorder, workload, now, end, true);
        long memoryPeak = recorder.memoryPeak();
        if (dma != null) {
            // the DMA groups' exact peak (tracked after every operation) can fall between two slices
            memoryPeak = Math.max(memoryPeak, nonDmaMemoryPeak + dma.peakBytesHeld(nic, substituteInUse()));
        }
        Results results = results(workload, parts, memoryPeak, now);
        recorder.fill(results, workload.stats().opened());
        if (dma != null) {
            dma.fill(results, now, nic, substituteInUse());
        }
        return new RunResult(results, List.copyOf(notes), workload.isFinished(), cancelled, started,
                options.clock().millis() - wallStart);
    }

    /** The substitute adapter once the failover controller has taken it into use, else null. */
    private OffloadAdapter substituteInUse() {
        return failover == null ? null : failover.substituteInUse();
    }

    private OffloadAdapter newAdapter(NicConfig nicConfig, int address) {
        return dma == null ? new OffloadAdapter(sim, nicConfig, address) : dma.newAdapter(sim, nicConfig, address);
    }

    private void observe(RunObserver observer, RunRecorder recorder, Workload workload, long now, long end,
            boolean done) {
        if (observer != RunObserver.NONE && (done || ++slices % snapshotEvery == 0)) {
            observer.slice(recorder.snapshot(experiment.getName(), now, end, done, observer.maxConnectionRows(),
                    host.acceptedConnections(), workload.stats().bytesReceived(),
                    failover == null ? List.of() : failover.timelines(experiment.getFailurePlan().getMode())));
        }
    }

    /** The adapters in the run so far, by the names the experiment gives them; the newest last. */
    private List<RunRecorder.Attached> attached() {
        OffloadAdapter substitute = failover == null ? null : failover.substituteInUse();
        if (substitute == null) {
            return List.of(new RunRecorder.Attached(parts.primary().getName(), nic));
        }
        return List.of(new RunRecorder.Attached(parts.primary().getName(), nic),
                new RunRecorder.Attached(parts.substitute().getName(), substitute));
    }

    /**
     * Host memory the offload costs the host: the hard-state shadow, each open connection's send buffer and the DMA
     * buffers the adapters' groups hold now (posted + in use).
     */
    private long hostMemoryBytes() {
        long other = host.shadow().footprintBytes()
                + (long) host.openConnections() * host.hostInterface().sendBufferBytes();
        nonDmaMemoryPeak = Math.max(nonDmaMemoryPeak, other);
        return other + (dma == null ? 0 : dma.slice(sim.now(), nic, substituteInUse()));
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

    private static LinkConfig linkConfig(org.offloadlab.model.Link l) throws ExperimentException {
        try {
            return LinkConfig.builder().delayNanos(l.getDelayMicros() * US)
                    .bandwidthBitsPerSecond(l.getBandwidthBitsPerSecond()).queuePackets(l.getQueuePackets())
                    .lossRate(l.getLossRate()).build();
        } catch (IllegalArgumentException e) {
            throw new ExperimentException("link '" + l.getName() + "': " + e.getMessage(), e);
        }
    }

    private Workload workload(org.offloadlab.model.Workload w, PeerHost peer, SocketApi server)
            throws ExperimentException {
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
                return new BulkTransfer(sim, "bulk", peer, server, port, b.getBytesToHost(), b.getBytesFromHost(), n);
            }
            if (w instanceof RequestResponseWorkload r) {
                return new RequestResponse(sim, "rr", peer, server, port, n, r.getRequestsPerConnection(),
                        Distribution.constant(r.getRequestBytes()), Distribution.constant(r.getResponseBytes()),
                        Distribution.exponential(Math.max(1, r.getThinkTimeMicros() * US)));
            }
            if (w instanceof ShortConnectionsWorkload s) {
                return new ShortConnections(sim, "short", peer, server, port, s.getRatePerSecond(), n,
                        Distribution.constant(s.getRequestBytes()), Distribution.constant(s.getResponseBytes()));
            }
        } catch (IllegalArgumentException e) {
            throw new ExperimentException("workload: " + e.getMessage(), e);
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

    private void plan(FailurePlan plan, Parts parts, long end) throws ExperimentException {
        if (plan.getAdapter() != parts.primary()) {
            throw new ExperimentException("failure plan: only the adapter on the link ('" + parts.primary().getName()
                    + "') can fail in this release");
        }
        switch (plan.getTrigger()) {
            case TIME -> sim.at(plan.getAtMillis() * MS, now -> failover.fail(plan.getMode(), now));
            case RANDOM -> {
                // uniformly in [0, atMillis): the run's end is no bound, as the workload may finish long before
                long at = (long) (sim.random("failure-plan").nextDouble() * Math.min(end, plan.getAtMillis() * MS));
                sim.at(at, now -> failover.fail(plan.getMode(), now));
            }
            // the packet is delivered first; the failure follows at the same instant, outside the link's callback
            case PACKET -> port.failAtPacket(plan.getAtPacket(),
                    now -> sim.at(now, t -> failover.fail(plan.getMode(), t)));
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
        OffloadAdapter substitute = failover == null ? null : failover.substitute();
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
        if (dma != null) {
            dma.metrics(m, endedAt, nic, substituteInUse());
        }
        for (Map.Entry<String, Double> e : m.entrySet()) {
            Metric metric = f.createMetric();
            metric.setName(e.getKey());
            metric.setValue(e.getValue());
            r.getMetrics().add(metric);
        }
        if (failover != null) {
            r.getFailovers().addAll(failover.timelines(experiment.getFailurePlan().getMode()));
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
        private final PacketReceiver target;
        private long packets;
        private long failAt = -1;
        private org.offloadlab.sim.Event onFail;

        SwitchPort(PacketReceiver target) {
            this.target = target;
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
