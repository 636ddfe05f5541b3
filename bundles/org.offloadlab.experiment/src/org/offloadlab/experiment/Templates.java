package org.offloadlab.experiment;

import java.util.List;

import org.offloadlab.model.Adapter;
import org.offloadlab.model.AdapterPolicies;
import org.offloadlab.model.BufferGroupPolicy;
import org.offloadlab.model.BufferGroupRule;
import org.offloadlab.model.BulkWorkload;
import org.offloadlab.model.ConnectionAttribute;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.FailureMode;
import org.offloadlab.model.FailurePlan;
import org.offloadlab.model.FailureTrigger;
import org.offloadlab.model.Link;
import org.offloadlab.model.NotificationKind;
import org.offloadlab.model.OffloadFactory;
import org.offloadlab.model.Peer;
import org.offloadlab.model.RecoveryStrategy;
import org.offloadlab.model.RequestResponseWorkload;
import org.offloadlab.model.ShortConnectionsWorkload;
import org.offloadlab.model.TraceWorkload;

/** Ready-to-run example experiments for {@code offloadlab new --template NAME}. */
public final class Templates {

    /** The template names, in the order help lists them. */
    public static final List<String> NAMES = List.of("failover", "establishment", "buffers", "replay");

    private static final OffloadFactory F = OffloadFactory.eINSTANCE;

    private Templates() {
    }

    /** A fresh experiment from template {@code name}. */
    public static Experiment create(String name) throws ExperimentException {
        return switch (name) {
            case "failover" -> failover();
            case "establishment" -> establishment();
            case "buffers" -> buffers();
            case "replay" -> replay();
            default -> throw new ExperimentException(
                    "unknown template '" + name + "': use one of " + String.join(", ", NAMES));
        };
    }

    /** Bulk transfers both ways over a lossy link; the adapter crashes mid-transfer; hard-state recovery. */
    static Experiment failover() {
        Experiment e = base("failover",
                "Three bulk transfers (3 MB in, 1 MB out) over a 100 Mbit/s link with 1% loss; the adapter crashes at 200 ms and the host restores every "
                        + "connection onto a substitute adapter from its hard-state shadow.");
        Adapter substitute = F.createAdapter();
        substitute.setName("nic1");
        substitute.setSubstitute(true);
        substitute.setCapabilities(F.createAdapterCapabilities());
        e.getTopology().getAdapters().add(substitute);
        e.getTopology().getLinks().get(0).setLossRate(0.01);
        e.getTopology().getLinks().get(0).setBandwidthBitsPerSecond(100_000_000L);
        BulkWorkload w = F.createBulkWorkload();
        w.setPort(5001);
        w.setConnections(3);
        w.setBytesToHost(3_000_000);
        w.setBytesFromHost(1_000_000);
        e.setWorkload(w);
        FailurePlan plan = F.createFailurePlan();
        plan.setAdapter(e.getTopology().getAdapters().get(0));
        plan.setTrigger(FailureTrigger.TIME);
        plan.setAtMillis(200);
        plan.setMode(FailureMode.CRASH);
        e.setFailurePlan(plan);
        e.setRecovery(RecoveryStrategy.HARD_STATE);
        return e;
    }

    /** Many short connections; bulk notification of established connections (patent WO2006019512). */
    static Experiment establishment() {
        Experiment e = base("establishment",
                "500 short connections arriving at 5000/s; the adapter notifies the host in batches of up to 32 or "
                        + "every 100 us. Compare with --set notification=piecemeal.");
        ShortConnectionsWorkload w = F.createShortConnectionsWorkload();
        w.setPort(8080);
        w.setConnections(500);
        w.setRatePerSecond(5000);
        w.setRequestBytes(300);
        w.setResponseBytes(2000);
        e.setWorkload(w);
        e.getPolicies().setNotification(NotificationKind.BULK_COUNT_OR_TIME);
        e.getPolicies().setBatchCount(32);
        e.getPolicies().setBatchTimeMicros(100);
        return e;
    }

    /** Request/response traffic with buffer groups selected by local port and delayed DMA. */
    static Experiment buffers() {
        Experiment e = base("buffers",
                "Request/response on 8 connections; receive buffers in groups selected by local port, delayed DMA "
                        + "batched for 50 us with urgent data expedited.");
        RequestResponseWorkload w = F.createRequestResponseWorkload();
        w.setPort(80);
        w.setConnections(8);
        w.setRequestsPerConnection(20);
        e.setWorkload(w);
        AdapterPolicies p = e.getPolicies();
        p.setBufferGroups(BufferGroupPolicy.BY_ATTRIBUTE);
        BufferGroupRule rule = F.createBufferGroupRule();
        rule.setAttribute(ConnectionAttribute.LOCAL_PORT);
        rule.setValue("80");
        rule.setGroup("web");
        p.getBufferGroupRules().add(rule);
        p.setDelayedDma(true);
        p.setDmaBatchMicros(50);
        p.setZeroCopyThresholdBytes(16_384);
        return e;
    }

    /** The application behaviour of a capture, re-simulated with both ends reactive. */
    static Experiment replay() {
        Experiment e = base("replay", "Trace-driven: the application behaviour of the connections in "
                + "samples/offloadlab-sample.pcap re-simulated over the offload adapter and a link estimated from the "
                + "capture (replay trace mode); add a failure plan (time or random trigger) to fail the adapter during it.");
        TraceWorkload w = F.createTraceWorkload();
        w.setCapturePath("samples/offloadlab-sample.pcap");
        w.setConnections(1);
        e.setWorkload(w);
        return e;
    }

    private static Experiment base(String name, String description) {
        Experiment e = F.createExperiment();
        e.setName(name);
        e.setDescription(description);
        e.setSeed(1);
        e.setDurationMillis(30_000);
        e.setTopology(F.createTopology());
        e.getTopology().setHost(F.createHost());
        Adapter nic = F.createAdapter();
        nic.setName("nic0");
        nic.setCapabilities(F.createAdapterCapabilities());
        Peer peer = F.createPeer();
        peer.setName("client");
        Link link = F.createLink();
        link.setName("wire");
        link.setAdapter(nic);
        link.setPeer(peer);
        link.setDelayMicros(1000);
        link.setBandwidthBitsPerSecond(1_000_000_000L);
        e.getTopology().getAdapters().add(nic);
        e.getTopology().getPeers().add(peer);
        e.getTopology().getLinks().add(link);
        e.setPolicies(F.createAdapterPolicies());
        e.setRecovery(RecoveryStrategy.NONE);
        return e;
    }
}
