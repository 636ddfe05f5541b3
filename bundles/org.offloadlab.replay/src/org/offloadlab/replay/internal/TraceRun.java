package org.offloadlab.replay.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.offloadlab.analysis.AnalysisOptions;
import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.analysis.CaptureAnalyzer;
import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.analysis.PacketListener;
import org.offloadlab.analysis.ProgressMonitor;
import org.offloadlab.failover.FailoverController;
import org.offloadlab.failover.FailureKind;
import org.offloadlab.failover.Strategy;
import org.offloadlab.host.HostCostModel;
import org.offloadlab.host.HostDriver;
import org.offloadlab.nic.InteractionCounters;
import org.offloadlab.nic.NicConfig;
import org.offloadlab.nic.OffloadAdapter;
import org.offloadlab.pcap.Frame;
import org.offloadlab.pcap.TcpSegment;
import org.offloadlab.replay.FailurePoint;
import org.offloadlab.replay.TraceResult;
import org.offloadlab.sim.Link;
import org.offloadlab.sim.LinkConfig;
import org.offloadlab.sim.PeerHost;
import org.offloadlab.sim.Simulator;
import org.offloadlab.sim.app.ConnectionSchedule;
import org.offloadlab.sim.app.ConnectionSchedule.Action;
import org.offloadlab.sim.app.ConnectionSchedule.Side;
import org.offloadlab.sim.app.TraceDrivenWorkload;
import org.offloadlab.tcp.TcpConfig;

/**
 * Trace-driven replay: the analysis pass extracts the application behaviour (who opened when, who wrote how many new
 * octets when — from sequence numbers, so header-only captures work — and who closed when); then the behaviour is
 * re-simulated with both ends reactive: the servers' applications on the host over the emulated offload adapter, the
 * clients' on an emulated peer, over a link whose delay and loss are estimated from the capture.
 */
final class TraceRun implements PacketListener {

    /** Above this many schedule actions the capture is refused (they are held in memory, ~50 octets each). */
    static final int MAX_ACTIONS = 20_000_000;
    private static final long S = 1_000_000_000L;
    private static final int PORT = 80;

    /** Per connection: which side is the client, sequence origins, highest data offsets, FINs. */
    private static final class Extract {
        final boolean clientIsA;
        long clientIsn = -1;
        long serverIsn = -1;
        long clientMax;
        long serverMax;
        boolean clientClosed;
        boolean serverClosed;
        boolean opened;
        long synAt = -1;

        Extract(boolean clientIsA) {
            this.clientIsA = clientIsA;
        }
    }

    private final ReplayOptionsView options;
    private final List<Extract> extracts = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private long firstTime = -1;
    private long clientBytes;
    private long serverBytes;
    private boolean tooLarge;

    /**
     * What the trace run needs of the options.
     *
     * @param failAt
     *            when the adapter crashes (seconds or percent of the capture's duration), or null: the failover
     *            controller then restores every connection from the host's hard state onto a standby adapter
     */
    record ReplayOptionsView(String bpfFilter, LinkConfig linkOverride, long seed, FailurePoint failAt) {

        ReplayOptionsView {
            if (failAt != null && failAt.kind() == FailurePoint.Kind.PACKET) {
                throw new IllegalArgumentException("failure point " + failAt
                        + ": trace mode re-simulates the capture, so its frames have no counterpart; give seconds "
                        + "from the capture start or a percentage of its duration");
            }
        }
    }

    TraceRun(ReplayOptionsView options) {
        this.options = options;
    }

    TraceResult execute(CaptureAnalyzer analyzer, Path capture, ProgressMonitor monitor) throws IOException {
        AnalysisResult analysis = analyzer.analyze(capture, new AnalysisOptions(options.bpfFilter(), false), monitor,
                this);
        if (tooLarge) {
            throw new IllegalArgumentException(capture + ": more than " + MAX_ACTIONS
                    + " application actions; trace-driven replay holds them in memory: filter the capture (--filter)");
        }
        long scheduled = extracts.stream().filter(e -> e != null && e.opened).count();
        long skipped = analysis.connections().size() - scheduled;
        // capture times from several interfaces can be slightly out of order: the schedule must not go back
        actions.sort(Comparator.comparingLong(Action::timeNanos));
        LinkConfig link = options.linkOverride() != null ? options.linkOverride() : estimateLink(analysis);

        Simulator sim = new Simulator(options.seed());
        TcpConfig tcp = TcpConfig.linuxDefaults().toBuilder().userTimeoutNanos(3600 * S).build();
        NicConfig nicConfig = NicConfig.defaults().toBuilder().tcp(tcp)
                .tableCapacity((int) Math.max(1024, Math.min(1 << 22, 2 * scheduled))).build();
        Link wire = new Link(sim, "wire", link);
        OffloadAdapter nic = new OffloadAdapter(sim, nicConfig, 1);
        long duration = analysis.lastTimestampNanos() - Math.max(analysis.firstTimestampNanos(), 0);
        FailoverController failover = null;
        OffloadAdapter standby = null;
        PeerHost peer;
        if (options.failAt() == null) {
            nic.attachWire(wire.aToB());
            peer = new PeerHost(sim, "clients", 2, tcp, wire.bToA());
            wire.attach(nic, peer);
        } else {
            failover = new FailoverController(sim, FailoverController.Settings.defaults(Strategy.HARD_STATE_ONLY, tcp));
            failover.tapHostToWire(wire.aToB());
            failover.addAdapter("adapter", nic);
            standby = new OffloadAdapter(sim, nicConfig, 1);
            failover.addAdapter("standby", standby);
            peer = new PeerHost(sim, "clients", 2, tcp, failover.tapPeerToWire(wire.bToA()));
            wire.attach(failover.hostEnd(), peer);
        }
        HostDriver host = new HostDriver(sim, nic.hostInterface(), 1, HostCostModel.defaults());
        Action[] schedule = actions.toArray(new Action[0]);
        actions.clear();
        int[] next = {0};
        ConnectionSchedule source = () -> next[0] < schedule.length ? schedule[next[0]++] : null;
        TraceDrivenWorkload workload = new TraceDrivenWorkload(sim, "trace", peer,
                failover == null ? host : failover.applications(host), PORT, source);
        workload.start(0);
        if (failover != null) {
            FailoverController f = failover;
            f.start(0, workload::isFinished);
            FailurePoint p = options.failAt();
            long at = p.kind() == FailurePoint.Kind.TIME
                    ? (long) (p.value() * 1e9)
                    : (long) (Math.max(0, duration) * p.value() / 100);
            sim.at(at, now -> f.fail(FailureKind.CRASH, now));
        }
        long limit = Math.max(0, duration) * 20 + 300 * S;
        long step = Math.max(S, limit / 100);
        for (long t = step; !workload.isFinished() && t <= limit + step && !monitor.isCancelled(); t += step) {
            sim.runUntil(t);
        }
        InteractionCounters.Totals interactions = standby == null
                ? nic.hostInterface().counters().totals()
                : sum(nic.hostInterface().counters().totals(), standby.hostInterface().counters().totals());
        long end = workload.stats().lastByteNanos() > 0 ? workload.stats().lastByteNanos() : sim.now();
        return new TraceResult(analysis, link, scheduled, skipped, clientBytes, serverBytes, workload.stats(),
                Math.max(0, duration), end, workload.isFinished(), interactions,
                failover == null ? List.of() : failover.timelines());
    }

    /** The failed adapter's and the standby's counts together, as the experiment runner adds them. */
    private static InteractionCounters.Totals sum(InteractionCounters.Totals a, InteractionCounters.Totals b) {
        return new InteractionCounters.Totals(a.commands() + b.commands(), a.completions() + b.completions(),
                a.submissionDoorbells() + b.submissionDoorbells(), a.completionDoorbells() + b.completionDoorbells(),
                a.interrupts() + b.interrupts(), a.dmaReads() + b.dmaReads(), a.dmaWrites() + b.dmaWrites(),
                a.busBytes() + b.busBytes(), a.notificationEntries() + b.notificationEntries(),
                a.dataBytesToHost() + b.dataBytesToHost(), a.dataBytesFromHost() + b.dataBytesFromHost());
    }

    /**
     * Delay: half the median of the connections' smallest RTT samples (the path without queueing); loss: the share of
     * data segments retransmitted. Both are what the capture point saw; override them when the capture was taken far
     * from either end.
     */
    static LinkConfig estimateLink(AnalysisResult a) {
        long[] rtts = a.connections().stream().mapToLong(ConnectionSummary::minRttNanos).filter(r -> r > 0)
                .toArray();
        Arrays.sort(rtts);
        long delay = rtts.length == 0 ? 1_000_000L : Math.max(10_000L, rtts[rtts.length / 2] / 2);
        long packets = 0;
        long retransmitted = 0;
        for (ConnectionSummary c : a.connections()) {
            packets += c.packets();
            retransmitted += c.flags().retransmissions();
        }
        double loss = packets == 0 ? 0 : Math.min(0.2, (double) retransmitted / packets);
        return LinkConfig.builder().delayNanos(delay).lossRate(loss).build();
    }

    @Override
    public void segment(int connection, boolean fromA, TcpSegment s, Frame frame) {
        if (tooLarge) {
            return;
        }
        long time = frame.timestampNanos();
        if (firstTime < 0) {
            firstTime = time;
        }
        long at = time - firstTime;
        while (extracts.size() <= connection) {
            extracts.add(null);
        }
        Extract e = extracts.get(connection);
        if (e == null) {
            if (!s.isSyn() || s.isAck()) {
                return; // no opening SYN captured: the connection cannot be replayed (its first segment decides)
            }
            e = new Extract(fromA);
            extracts.set(connection, e);
        }
        boolean fromClient = fromA == e.clientIsA;
        if (s.isSyn()) {
            if (fromClient && e.clientIsn < 0) {
                e.clientIsn = s.seq();
                e.synAt = at;
            } else if (!fromClient && e.serverIsn < 0 && e.clientIsn >= 0) {
                // only connections the server accepted are re-simulated (a refused SYN has no application behind it);
                // the open keeps the client's SYN time: the schedule is sorted before it runs
                e.serverIsn = s.seq();
                e.opened = true;
                add(Action.open(e.synAt, connection));
            }
            return;
        }
        long isn = fromClient ? e.clientIsn : e.serverIsn;
        if (!e.opened || isn < 0) {
            return;
        }
        if (s.payloadLength() > 0) {
            long max = fromClient ? e.clientMax : e.serverMax;
            long start = ConnectionMonitor.unwrap(max, (s.seq() - isn - 1) & 0xFFFF_FFFFL);
            long end = start + s.payloadLength();
            if (end > max && !(fromClient ? e.clientClosed : e.serverClosed)) {
                // octets below the segment the capture missed were written too: they count from the previous maximum
                add(Action.write(at, connection, fromClient ? Side.CLIENT : Side.SERVER, end - max));
                if (fromClient) {
                    e.clientMax = end;
                    clientBytes += end - max;
                } else {
                    e.serverMax = end;
                    serverBytes += end - max;
                }
            }
        }
        if (s.isFin() || s.isRst()) {
            // a RST ends the connection for both applications: the re-simulation closes both streams normally after
            // what was written (aborts are not modelled)
            if ((fromClient || s.isRst()) && !e.clientClosed) {
                e.clientClosed = true;
                add(Action.close(at, connection, Side.CLIENT));
            }
            if ((!fromClient || s.isRst()) && !e.serverClosed) {
                e.serverClosed = true;
                add(Action.close(at, connection, Side.SERVER));
            }
        }
    }

    private void add(Action a) {
        if (actions.size() >= MAX_ACTIONS) {
            tooLarge = true;
            actions.clear();
            return;
        }
        actions.add(a);
    }
}
