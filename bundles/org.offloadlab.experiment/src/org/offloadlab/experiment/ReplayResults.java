package org.offloadlab.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.failover.RecoveryTimeline;
import org.offloadlab.model.ConnectionRecord;
import org.offloadlab.model.DoubleArray;
import org.offloadlab.model.FailoverTimeline;
import org.offloadlab.model.FailureMode;
import org.offloadlab.model.IntArray;
import org.offloadlab.model.IntegrityVerdict;
import org.offloadlab.model.LongArray;
import org.offloadlab.model.Metric;
import org.offloadlab.model.OffloadFactory;
import org.offloadlab.model.Provenance;
import org.offloadlab.model.RecoveryStrategy;
import org.offloadlab.model.Results;
import org.offloadlab.model.Series;
import org.offloadlab.nic.InteractionCounters;
import org.offloadlab.pcap.Endpoint;
import org.offloadlab.replay.ConformanceResult;
import org.offloadlab.replay.ConnectionConformance;
import org.offloadlab.replay.Difference;
import org.offloadlab.replay.FailoverSnapshot;
import org.offloadlab.replay.HeldStateSample;
import org.offloadlab.replay.MonitorResult;
import org.offloadlab.replay.MonitoredConnection;
import org.offloadlab.replay.OffloadSnapshot;
import org.offloadlab.replay.TraceResult;
import org.offloadlab.sim.app.WorkloadStats;
import org.offloadlab.tcp.HardState;
import org.offloadlab.tcp.State;

/**
 * Converts the pcap replay source's results (monitor, conformance, trace-driven) into the experiment results model, so
 * that {@code replay --out} writes the same {@code results.xmi} as {@code run} and the workbench opens either.
 * <p>
 * Why here: the replay bundle is an engine library (no org.eclipse.* imports, and the model's API is EMF), and the
 * model bundle must not know the replay engine; this bundle already depends on both the model and the engine bundles
 * and owns the other producer of {@link Results} (the experiment runner), so the mapping of failover timelines and
 * integrity verdicts is kept consistent in one place. The CLI and the workbench both call it.
 * <p>
 * Times in the model are nanoseconds from the capture's first frame (the replay's virtual time origin); -1 = not known
 * or did not happen, as in the runner's results.
 */
public final class ReplayResults {

    /**
     * At most this many connection records: the results file stays well under the model loader's 16 MB limit
     * ({@code OffloadFiles.MAX_FILE_BYTES}); the rest are counted in {@code connectionsNotRecorded}.
     */
    public static final int MAX_CONNECTION_RECORDS = 10_000;

    /** The adapter name of the replay's emulated adapter in connection records and failover timelines. */
    public static final String ADAPTER = "replay";

    /**
     * Where a replay came from.
     *
     * @param version
     *            OffloadLab version
     * @param seed
     *            simulation seed (trace mode); 0 for modes without randomness
     * @param captureChecksum
     *            e.g. {@link #captureChecksum(Path)}; null if unknown
     */
    public record Source(String version, long seed, String captureChecksum) {
    }

    private ReplayResults() {
    }

    /** {@code sha256:} and the hex SHA-256 of the capture file's bytes. */
    public static String captureChecksum(Path capture) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(capture)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Monitor mode: capture metrics, held-state peaks, the held-state series, the failover snapshot's totals and one
     * record per connection with the final offload state the adapter held (hard state; srtt as the only observable soft
     * state). No integrity verdict: a tap delivers nothing.
     */
    public static Results monitor(MonitorResult r, Source source) {
        AnalysisResult a = r.analysis();
        long t0 = origin(a);
        Results results = results("replay-monitor", a, source);
        Map<String, Double> m = new LinkedHashMap<>();
        captureMetrics(a, m);
        m.put("connections", (double) r.connections().size());
        m.put("connections_established",
                (double) r.connections().stream().filter(c -> c.statesReached().contains(State.ESTABLISHED)).count());
        m.put("peak_connections_held", (double) r.peakConnections());
        m.put("peak_hard_state_bytes", (double) r.peakHardStateBytes());
        m.put("peak_unacked_bytes_per_connection",
                (double) r.connections().stream().mapToLong(MonitoredConnection::peakUnackedBytes).max().orElse(0));
        m.put("bytes_delivered",
                (double) r.connections().stream().mapToLong(c -> c.localDataAcked() + c.remoteDataAcked()).sum());
        FailoverSnapshot f = r.failover();
        if (f != null) {
            m.put("failover_snapshot_frame", (double) f.frameNumber());
            m.put("failover_snapshot_time_ns", (double) (f.timeNanos() - t0));
            m.put("failover_snapshot_connections", (double) f.connections().size());
            m.put("failover_snapshot_hard_state_bytes", (double) f.hardStateBytes());
            m.put("failover_snapshot_unacked_send_bytes", (double) f.unackedSendBytes());
            m.put("failover_snapshot_connections_with_flight", (double) f.connectionsWithFlight());
        }
        metrics(results, m);

        List<HeldStateSample> samples = r.series();
        int n = samples.size();
        long[] times = new long[n];
        double[] held = new double[n];
        double[] hard = new double[n];
        double[] unacked = new double[n];
        for (int i = 0; i < n; i++) {
            HeldStateSample s = samples.get(i);
            times[i] = s.timeNanos() - t0;
            held[i] = s.connections();
            hard[i] = s.hardStateBytes();
            unacked[i] = s.unackedSendBytes();
        }
        LongArray t = LongArray.of(times, n);
        series(results, "held_connections", "connections", "held-state", t, DoubleArray.of(held, n));
        series(results, "held_hard_state_bytes", "bytes", "held-state", t, DoubleArray.of(hard, n));
        series(results, "held_unacked_send_bytes", "bytes", "held-state", t, DoubleArray.of(unacked, n));

        for (MonitoredConnection c : r.connections()) {
            if (results.getConnections().size() >= MAX_CONNECTION_RECORDS) {
                results.setConnectionsNotRecorded(results.getConnectionsNotRecorded() + 1);
                continue;
            }
            ConnectionRecord rec = record(c.index(), c.local(), c.remote(), c.finalState());
            OffloadSnapshot last = c.last();
            if (last != null) {
                rec.setLastSeenAtNanos(last.timeNanos() - t0);
                hardState(rec, last.hardState());
                rec.setSrttNanos(last.soft().srttNanos());
            }
            rec.setBytesIn(c.remoteDataSent());
            rec.setBytesOut(c.localDataSent());
            rec.setStates(states(c.statesReached()));
            long[] unknown = new long[c.statesReached().size()];
            Arrays.fill(unknown, -1);
            rec.setStateTimesNanos(LongArray.of(unknown, unknown.length));
            results.getConnections().add(rec);
        }
        return results;
    }

    /**
     * Conformance mode: summary metrics, differences by kind and verdict, cumulative policy differences and
     * non-conformances over capture time as series, one record per connection (its addresses) and, for each connection
     * with a non-conformance, a metric {@code nonconformances.connection_N} so the workbench lists them without the
     * JSON.
     */
    public static Results conformance(ConformanceResult r, Source source) {
        AnalysisResult a = r.analysis();
        long t0 = origin(a);
        Results results = results("replay-conformance", a, source);
        Map<String, Double> m = new LinkedHashMap<>();
        captureMetrics(a, m);
        m.put("connections", (double) r.connections().size());
        m.put("connections_replayed", (double) r.replayed());
        m.put("policy_differences", (double) r.count(Difference.Verdict.POLICY));
        m.put("nonconformances", (double) r.count(Difference.Verdict.NONCONFORMANCE));
        long[][] byClass = new long[Difference.Kind.values().length][Difference.Verdict.values().length];
        long realSegments = 0;
        long engineSegments = 0;
        long acksCompared = 0;
        List<Difference> all = new ArrayList<>();
        for (ConnectionConformance c : r.connections()) {
            realSegments += c.realSegments();
            engineSegments += c.engineSegments();
            acksCompared += c.acksCompared();
            for (Difference d : c.differences()) {
                byClass[d.kind().ordinal()][d.verdict().ordinal()]++;
                all.add(d);
            }
        }
        m.put("real_segments", (double) realSegments);
        m.put("engine_segments", (double) engineSegments);
        m.put("acks_compared", (double) acksCompared);
        // every class, zeros included, so two replays' metric lists line up row by row
        for (Difference.Kind k : Difference.Kind.values()) {
            for (Difference.Verdict v : Difference.Verdict.values()) {
                m.put("differences." + name(k) + "." + name(v), (double) byClass[k.ordinal()][v.ordinal()]);
            }
        }
        for (ConnectionConformance c : r.connections()) {
            long bad = c.count(Difference.Verdict.NONCONFORMANCE);
            if (bad > 0) {
                m.put("nonconformances.connection_" + c.index(), (double) bad);
            }
        }
        metrics(results, m);

        all.sort((x, y) -> Long.compare(x.timeNanos(), y.timeNanos()));
        for (Difference.Verdict v : Difference.Verdict.values()) {
            long[] times = new long[all.size()];
            double[] values = new double[all.size()];
            int n = 0;
            for (Difference d : all) {
                if (d.verdict() == v) {
                    times[n] = d.timeNanos() - t0;
                    values[n] = n + 1;
                    n++;
                }
            }
            series(results, v == Difference.Verdict.POLICY ? "policy_differences" : "nonconformances", "differences",
                    "conformance", LongArray.of(times, n), DoubleArray.of(values, n));
        }

        for (ConnectionConformance c : r.connections()) {
            if (results.getConnections().size() >= MAX_CONNECTION_RECORDS) {
                results.setConnectionsNotRecorded(results.getConnectionsNotRecorded() + 1);
                continue;
            }
            // the comparison keeps no engine state: the record only names the connection (its differences are in
            // the metrics above and in results.json)
            results.getConnections().add(record(c.index(), c.local(), c.remote(), null));
        }
        return results;
    }

    /**
     * Trace-driven mode: the re-simulation's metrics, one failover timeline per injected failure (mapped as the
     * experiment runner maps the failover controller's timelines: crash, hard-state recovery onto the standby) and the
     * integrity verdict (every octet the capture's applications wrote delivered intact, each way).
     */
    public static Results trace(TraceResult r, Source source) {
        AnalysisResult a = r.analysis();
        WorkloadStats w = r.workload();
        Results results = results("replay-trace", a, source);
        Map<String, Double> m = new LinkedHashMap<>();
        captureMetrics(a, m);
        m.put("connections_scheduled", (double) r.connectionsScheduled());
        m.put("connections_skipped", (double) r.connectionsSkipped());
        m.put("connections_established", (double) w.established());
        m.put("connections_completed", (double) w.completed());
        m.put("connections_failed", (double) w.failed());
        // the results contract's interaction metrics, defined as the experiment runner defines them
        InteractionCounters.Totals hif = r.hostInterface();
        m.put("host_adapter_interactions", (double) hif.interactions());
        m.put("host_adapter_interactions_per_connection",
                w.established() == 0 ? 0.0 : (double) hif.interactions() / w.established());
        m.put("interrupts", (double) hif.interrupts());
        m.put("dma_transactions", (double) hif.dmaTransactions());
        m.put("commands", (double) hif.commands());
        m.put("completions", (double) hif.completions());
        m.put("doorbells", (double) hif.doorbells());
        m.put("bus_bytes", (double) hif.busBytes());
        m.put("client_to_server_bytes", (double) r.clientToServerBytes());
        m.put("server_to_client_bytes", (double) r.serverToClientBytes());
        m.put("bytes_delivered", (double) w.bytesReceived());
        m.put("link_delay_ns", (double) r.link().delayNanos());
        m.put("link_loss_rate", r.link().lossRate());
        m.put("capture_duration_ns", (double) r.captureDurationNanos());
        m.put("simulated_ns", (double) r.simulatedNanos());
        metrics(results, m);

        OffloadFactory f = OffloadFactory.eINSTANCE;
        for (RecoveryTimeline t : r.failovers()) {
            results.getFailovers().add(timeline(f, t));
        }
        long expected = r.clientToServerBytes() + r.serverToClientBytes();
        IntegrityVerdict v = f.createIntegrityVerdict();
        v.setConnections(r.connectionsScheduled());
        v.setBytesLost(Math.max(0, expected - w.bytesReceived()));
        v.setBytesDuplicated(Math.max(0, w.bytesReceived() - expected));
        v.setBytesReordered(w.mismatchedBytes());
        v.setConnectionsReset(w.reset());
        v.setOk(r.reproduced());
        results.setIntegrity(v);
        return results;
    }

    /**
     * The failover controller's timeline in the model's terms, field for field as {@code RunnerFailover} fills it;
     * trace replay always crashes the adapter and recovers from the host's hard-state shadow.
     */
    static FailoverTimeline timeline(OffloadFactory f, RecoveryTimeline t) {
        boolean restored = !t.substitute().isEmpty();
        FailoverTimeline m = RunnerFailover.toModel(f, t, FailureMode.CRASH, RecoveryStrategy.HARD_STATE, restored);
        String outcome;
        if (t.detectedAt() < 0) {
            outcome = "failed; not detected before the replay ended";
        } else if (!restored) {
            outcome = "not recovered: no standby adapter; " + t.connectionsLost() + " connection(s) reset";
        } else {
            outcome = "restored onto '" + t.substitute() + "' from the host's hard-state shadow"
                    + (t.resumedAt() < 0
                            ? "; not resumed before the replay ended"
                            : t.softStateConvergedAt() < 0 ? "; soft state not converged before the replay ended" : "");
        }
        m.setOutcome(outcome);
        return m;
    }

    private static Results results(String mode, AnalysisResult a, Source source) {
        OffloadFactory f = OffloadFactory.eINSTANCE;
        Results r = f.createResults();
        Path name = a.file() == null ? null : a.file().getFileName();
        r.setExperiment(mode + ":" + (name == null ? "capture" : name.toString()));
        Provenance p = f.createProvenance();
        p.setVersion(source.version());
        p.setSeed(source.seed());
        p.setCaptureChecksum(source.captureChecksum());
        r.setProvenance(p);
        return r;
    }

    private static void captureMetrics(AnalysisResult a, Map<String, Double> m) {
        m.put("frames", (double) a.frames());
        m.put("tcp_frames", (double) a.tcpFrames());
        m.put("malformed_frames", (double) a.malformedFrames());
        m.put("capture_problems", (double) a.problems().size());
    }

    private static long origin(AnalysisResult a) {
        return Math.max(a.firstTimestampNanos(), 0);
    }

    private static void metrics(Results results, Map<String, Double> m) {
        OffloadFactory f = OffloadFactory.eINSTANCE;
        for (Map.Entry<String, Double> e : m.entrySet()) {
            Metric metric = f.createMetric();
            metric.setName(e.getKey());
            metric.setValue(e.getValue());
            results.getMetrics().add(metric);
        }
    }

    private static void series(Results results, String name, String unit, String kind, LongArray times,
            DoubleArray values) {
        Series s = OffloadFactory.eINSTANCE.createSeries();
        s.setName(name);
        s.setUnit(unit);
        s.setKind(kind);
        s.setTimesNanos(times);
        s.setValues(values);
        results.getSeries().add(s);
    }

    private static ConnectionRecord record(int index, Endpoint local, Endpoint remote, State state) {
        ConnectionRecord rec = OffloadFactory.eINSTANCE.createConnectionRecord();
        rec.setId(index);
        rec.setLocalAddress(ipv4(local));
        rec.setLocalPort(local.port());
        rec.setRemoteAddress(ipv4(remote));
        rec.setRemotePort(remote.port());
        rec.setAdapter(ADAPTER);
        rec.setTcpState(state == null ? null : state.name());
        // the capture does not say when the adapter would first have held the connection
        rec.setOpenedAtNanos(-1);
        rec.setLastSeenAtNanos(-1);
        return rec;
    }

    /** The model's addresses are IPv4 words (the simulator's); an IPv6 endpoint is recorded as 0. */
    private static int ipv4(Endpoint e) {
        return e.address().v6() ? 0 : (int) e.address().low();
    }

    private static void hardState(ConnectionRecord rec, HardState h) {
        rec.setSndUna(Integer.toUnsignedLong(h.sndUna()));
        rec.setSndNxt(Integer.toUnsignedLong(h.sndNxt()));
        rec.setRcvNxt(Integer.toUnsignedLong(h.rcvNxt()));
        rec.setSndWnd(h.sndWnd());
        rec.setRcvWnd(h.rcvWnd());
        rec.setMss(h.sndMss());
        rec.setWindowScaling(h.windowScaling());
        rec.setSndWscale(h.sndWscale());
        rec.setRcvWscale(h.rcvWscale());
        rec.setSack(h.sackPermitted());
        rec.setTimestamps(h.timestamps());
    }

    /** States reached, in order, as ordinals of {@link State} (as the runner records them). */
    private static IntArray states(List<State> states) {
        int[] s = new int[states.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = states.get(i).ordinal();
        }
        return IntArray.of(s, s.length);
    }

    private static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
