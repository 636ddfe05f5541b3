package org.offloadlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.offloadlab.failover.ConnectionBlackouts;
import org.offloadlab.failover.FailoverController;
import org.offloadlab.failover.FailureKind;
import org.offloadlab.failover.RecoveryTimeline;
import org.offloadlab.failover.Strategy;
import org.offloadlab.host.HostDriver;
import org.offloadlab.model.FailoverTimeline;
import org.offloadlab.model.FailureMode;
import org.offloadlab.model.IntArray;
import org.offloadlab.model.LongArray;
import org.offloadlab.model.OffloadFactory;
import org.offloadlab.model.RecoveryStrategy;
import org.offloadlab.nic.NicConfig;
import org.offloadlab.nic.OffloadAdapter;
import org.offloadlab.sim.Link;
import org.offloadlab.sim.PacketReceiver;
import org.offloadlab.sim.Simulator;
import org.offloadlab.sim.app.SocketApi;
import org.offloadlab.sim.app.Workload;
import org.offloadlab.tcp.TcpConfig;

/**
 * The runner's side of a failure plan: wires the failover bundle's {@link FailoverController} into the run's topology
 * (the primary adapter, the topology's substitute as a standby, the host driver) and turns its timelines into the
 * model's {@link FailoverTimeline}s. Detection, blocking, recovery and relearning are the controller's, with the
 * defaults of docs/FAILOVER.md (heartbeat 1 ms, 3 misses, checkpoint every 1 ms, tolerance 0.25).
 */
final class RunnerFailover {

    private final FailoverController controller;
    private final RecoveryStrategy recovery;
    private final String primaryName;
    private final OffloadAdapter substitute;
    private FailureMode mode;
    private long failedAt = -1;

    /**
     * @param substituteName
     *            the topology's substitute adapter, or null if it has none (then a failure is detected and every
     *            connection lost)
     */
    RunnerFailover(Simulator sim, RecoveryStrategy recovery, TcpConfig tcp, NicConfig nicConfig, Link link,
            OffloadAdapter primary, String primaryName, String substituteName, Supplier<OffloadAdapter> newAdapter) {
        this.recovery = recovery;
        this.primaryName = primaryName;
        FailoverController.Settings d = FailoverController.Settings.defaults(strategy(recovery), tcp);
        controller = new FailoverController(sim, new FailoverController.Settings(d.strategy(),
                d.heartbeatPeriodNanos(), d.missCount(), d.checkpointPeriodNanos(), d.tolerance(),
                d.convergenceSampleNanos(), tcp, nicConfig.bus().transactionOverheadBytes()));
        controller.tapHostToWire(link.aToB());
        controller.addAdapter(primaryName, primary);
        if (substituteName != null) {
            // built like the primary, so a substitute places data through the same DMA policies
            substitute = newAdapter.get();
            controller.addAdapter(substituteName, substitute);
        } else {
            substitute = null;
        }
    }

    static Strategy strategy(RecoveryStrategy r) {
        return switch (r) {
            case HARD_STATE -> Strategy.HARD_STATE_ONLY;
            case FULL_CHECKPOINT -> Strategy.FULL_CHECKPOINT;
            case NONE -> Strategy.NONE;
        };
    }

    /** What the peer transmits into (watched for retransmissions). */
    PacketReceiver peerWire(PacketReceiver wire) {
        return controller.tapPeerToWire(wire);
    }

    /** The link's host end. */
    PacketReceiver hostEnd() {
        return controller.hostEnd();
    }

    /** The socket API the workload uses on the host. */
    SocketApi applications(HostDriver host) {
        return controller.applications(host);
    }

    void start(Workload workload) {
        controller.start(0, workload::isFinished);
    }

    void fail(FailureMode failureMode, long now) {
        if (failedAt >= 0) {
            return;
        }
        mode = failureMode;
        failedAt = now;
        controller.fail(switch (failureMode) {
            case CRASH -> FailureKind.CRASH;
            case HANG -> FailureKind.HANG;
            case LINK_DOWN -> FailureKind.LINK_DOWN;
        }, now);
    }

    /** The substitute once it has taken over, else null. */
    OffloadAdapter substituteInUse() {
        return substitute != null && !controller.activeAdapter().equals(primaryName) ? substitute : null;
    }

    /** The substitute if the topology has one (used or not). */
    OffloadAdapter substitute() {
        return substitute;
    }

    /** The model's timelines now: one per failover, or one saying the failure was not injected. */
    /**
     * The controller's timeline in the model's terms (every field but the outcome); shared by runs and trace replays
     * ({@link ReplayResults}) so both report a failover alike.
     *
     * @param restored
     *            whether the connections were recovered onto a substitute (else the recovery times are -1)
     */
    static FailoverTimeline toModel(OffloadFactory f, RecoveryTimeline t, FailureMode mode, RecoveryStrategy recovery,
            boolean restored) {
        FailoverTimeline m = f.createFailoverTimeline();
        m.setAdapter(t.adapter());
        m.setSubstitute(t.substitute());
        m.setMode(mode);
        m.setRecovery(recovery);
        m.setFailedAtNanos(t.failedAt());
        m.setDetectedAtNanos(t.detectedAt());
        m.setBlockedAtNanos(t.blockedAt());
        m.setHardStateRecoveredAtNanos(restored ? t.hardStateRecoveredAt() : -1);
        m.setRecoveredAtNanos(restored ? t.hardStateRecoveredAt() : -1);
        m.setSubstituteActiveAtNanos(t.substituteActiveAt());
        m.setResumedAtNanos(t.resumedAt());
        m.setFirstSegmentAtNanos(t.firstSegmentAt());
        m.setSoftStateConvergedAtNanos(t.softStateConvergedAt());
        m.setBlackoutP50Nanos(t.blackoutP50());
        m.setBlackoutP99Nanos(t.blackoutP99());
        m.setBlackoutMaxNanos(t.blackoutMax());
        m.setBytesRetransmitted(t.bytesRetransmitted());
        m.setConnectionsLost(t.connectionsLost());
        m.setUnnotifiedConnections(t.unnotified());
        m.setConnectionsRestored(restored && t.detectedAt() >= 0 ? t.connections() - t.connectionsLost() : 0);
        return m;
    }

    List<FailoverTimeline> timelines(FailureMode plannedMode) {
        OffloadFactory f = OffloadFactory.eINSTANCE;
        List<FailoverTimeline> out = new ArrayList<>();
        List<RecoveryTimeline> timelines = controller.timelines();
        for (int i = 0; i < timelines.size(); i++) {
            RecoveryTimeline t = timelines.get(i);
            boolean restored = recovery != RecoveryStrategy.NONE && !t.substitute().isEmpty();
            FailoverTimeline m = toModel(f, t, mode, recovery, restored);
            m.setOutcome(outcome(t, restored));
            ConnectionBlackouts b = controller.connectionBlackouts(i);
            m.setBlackoutConnectionIds(IntArray.of(b.connectionIds()));
            m.setBlackoutNanos(LongArray.of(b.blackouts()));
            out.add(m);
        }
        if (out.isEmpty()) {
            FailoverTimeline m = f.createFailoverTimeline();
            m.setAdapter(primaryName);
            m.setMode(plannedMode);
            m.setRecovery(recovery);
            m.setFailedAtNanos(-1);
            m.setOutcome("not injected: the run ended before the failure point");
            out.add(m);
        }
        return out;
    }

    private String outcome(RecoveryTimeline t, boolean restored) {
        if (t.detectedAt() < 0) {
            return "failed; not detected before the run ended";
        }
        if (t.substitute().isEmpty()) {
            return "not recovered: no substitute adapter in the topology; " + t.connectionsLost()
                    + " connection(s) reset";
        }
        if (!restored) {
            return "not recovered: recovery strategy none; " + t.connectionsLost() + " connection(s) reset";
        }
        String how = recovery == RecoveryStrategy.FULL_CHECKPOINT
                ? "from the host's hard-state shadow and soft-state checkpoint"
                : "from the host's hard-state shadow";
        String state = t.resumedAt() < 0
                ? "; not resumed before the run ended"
                : t.softStateConvergedAt() < 0 ? "; soft state not converged before the run ended" : "";
        return "restored onto '" + t.substitute() + "' " + how + state;
    }
}
