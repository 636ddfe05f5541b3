package org.offloadlab.failover;

import org.offloadlab.host.HostCostModel;
import org.offloadlab.host.HostDriver;
import org.offloadlab.nic.BusModel;
import org.offloadlab.nic.NicConfig;
import org.offloadlab.nic.OffloadAdapter;
import org.offloadlab.sim.Link;
import org.offloadlab.sim.PeerHost;
import org.offloadlab.sim.RandomStream;
import org.offloadlab.sim.Simulator;
import org.offloadlab.sim.TraceHash;
import org.offloadlab.sim.app.Workload;

/**
 * One run of a {@link FailoverExperiment}: the topology (peer ↔ link ↔ primary adapter, substitutes in order, host
 * driver), the failure injector, and a {@link FailoverController} doing the failovers.
 */
final class FailoverRun {

    private final FailoverExperiment x;
    private final Simulator sim;
    private final TraceHash trace = new TraceHash();
    private final FailoverController controller;
    private final HostDriver host;
    /** The second active adapter's driver ({@link SubstituteKind#ACTIVE_ADAPTER}), else null. */
    private final HostDriver second;
    private final Workload workload;

    FailoverRun(FailoverExperiment x) {
        this.x = x;
        sim = new Simulator(x.seed);
        sim.setTrace(trace);
        controller = new FailoverController(sim, new FailoverController.Settings(x.strategy, x.heartbeatPeriodNanos,
                x.missCount, x.checkpointPeriodNanos, x.tolerance, x.convergenceSampleNanos, x.tcp,
                x.nic.bus().transactionOverheadBytes()));
        Link link = new Link(sim, "link", x.link);
        controller.tapHostToWire(link.aToB());
        OffloadAdapter primary = adapter(x.nic);
        controller.addAdapter("primary", primary);
        if (x.substitutes.contains(SubstituteKind.ACTIVE_ADAPTER)) {
            // two active adapters sharing the host's address, one driver each; the partner's flow hash splits the load
            OffloadAdapter other = adapter(x.nic);
            second = new HostDriver(sim, other.hostInterface(), 1, HostCostModel.defaults());
            controller.shareLoad("active2", other, second);
        } else {
            second = null;
        }
        for (int i = 0; i < x.substitutes.size() && second == null; i++) {
            SubstituteKind k = x.substitutes.get(i);
            // the host's own stack: the same engine run by the host, an adapter whose bus costs nothing
            NicConfig c = k == SubstituteKind.HOST_STACK
                    ? x.nic.toBuilder().bus(new BusModel(0, Long.MAX_VALUE / 4, 0)).build()
                    : x.nic;
            controller.addAdapter(k == SubstituteKind.HOST_STACK ? "host-stack" : "standby" + (i + 1),
                    k == SubstituteKind.HOST_STACK ? new OffloadAdapter(sim, c, 1) : adapter(c));
        }
        PeerHost peer = new PeerHost(sim, "peer", 2, x.tcp, controller.tapPeerToWire(link.bToA()));
        link.attach(controller.hostEnd(), peer);
        host = new HostDriver(sim, primary.hostInterface(), 1, HostCostModel.defaults());
        workload = x.workload.create(sim, peer, controller.applications(host));
    }

    private OffloadAdapter adapter(NicConfig c) {
        return x.dma == null ? new OffloadAdapter(sim, c, 1) : new OffloadAdapter(sim, c, 1, x.dma);
    }

    FailoverResult run() {
        workload.start(0);
        scheduleFailures();
        controller.start(0, workload::isFinished);
        sim.at(10 * FailoverExperiment.MS, this::endCheck);
        sim.runUntil(x.horizonNanos);
        IntegrityVerdict v = IntegrityVerdict.of(workload.stats(), workload.isFinished());
        double mb = workload.stats().bytesReceived() / 1e6;
        long shadowUpdates = host.shadow().updates() + (second == null ? 0 : second.shadow().updates());
        return new FailoverResult(x.description(), x.seed, x.strategy, controller.timelines(), v, shadowUpdates,
                controller.checkpointRecords(), controller.checkpointBusBytes(), mb, controller.connectionsLost(),
                sim.now(), trace.hex(), controller.survivorLoads());
    }

    private void scheduleFailures() {
        RandomStream rnd = sim.random("failover/plan");
        for (FailureSpec f : x.failures) {
            switch (f.trigger()) {
                case AT_TIME -> sim.at(f.value(), now -> controller.fail(f.kind(), now));
                case RANDOM_TIME -> {
                    long t = f.value() + (long) (rnd.nextDouble() * (f.value2() - f.value()));
                    sim.at(t, now -> controller.fail(f.kind(), now));
                }
                case AT_PACKET -> controller.onPacket((n, now) -> {
                    if (n == f.value()) {
                        sim.at(now, t -> controller.fail(f.kind(), t)); // not inside the adapter's own receive/emit
                    }
                });
                case DURING_FAILOVER -> controller.onDetected((n, now) -> {
                    if (n == 1) {
                        sim.at(now + f.value(), t -> controller.fail(f.kind(), t));
                    }
                });
            }
        }
    }

    private void endCheck(long now) {
        if (workload.isFinished() && controller.isSettled()) {
            sim.stop();
            return;
        }
        sim.at(now + 10 * FailoverExperiment.MS, this::endCheck);
    }
}
