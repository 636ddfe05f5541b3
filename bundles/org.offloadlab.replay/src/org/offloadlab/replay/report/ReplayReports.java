package org.offloadlab.replay.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.analysis.CaptureProblem;
import org.offloadlab.failover.RecoveryTimeline;
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
 * Monitor-mode results as JSON ({@code results.json}, following the results contract of docs/RESULTS.md where it
 * applies), CSV and a console table. Output is a pure function of the result: two replays of the same capture write
 * identical files. Times are seconds since the capture's first frame.
 */
public final class ReplayReports {

    private ReplayReports() {
    }

    /** The JSON document: experiment facts, metrics, the failover snapshot, per-connection state, the series. */
    public static void writeJson(MonitorResult r, String version, Writer out) throws IOException {
        AnalysisResult a = r.analysis();
        long t0 = Math.max(a.firstTimestampNanos(), 0);
        Json j = header(out, a, "monitor", 0, version);
        j.field("endpoint").string(r.endpoint().toString());
        j.field("metrics").open('{');
        j.field("frames").number(a.frames());
        j.field("tcp_frames").number(a.tcpFrames());
        j.field("connections").number(r.connections().size());
        j.field("connections_established")
                .number(r.connections().stream().filter(c -> c.statesReached().contains(State.ESTABLISHED)).count());
        j.field("peak_connections_held").number(r.peakConnections());
        j.field("peak_hard_state_bytes").number(r.peakHardStateBytes());
        j.field("peak_unacked_bytes_per_connection")
                .number(r.connections().stream().mapToLong(MonitoredConnection::peakUnackedBytes).max().orElse(0));
        j.field("bytes_delivered").number(r.connections().stream()
                .mapToLong(c -> c.localDataAcked() + c.remoteDataAcked()).sum());
        j.close('}');
        j.field("failover_snapshot");
        FailoverSnapshot f = r.failover();
        if (f == null) {
            j.nullValue();
        } else {
            j.open('{');
            j.field("fail_at").string(f.point().toString());
            j.field("frame").number(f.frameNumber());
            j.field("time").seconds(f.timeNanos() - t0);
            j.field("connections").number(f.connections().size());
            j.field("hard_state_bytes").number(f.hardStateBytes());
            j.field("unacked_send_bytes").number(f.unackedSendBytes());
            j.field("connections_with_flight").number(f.connectionsWithFlight());
            j.field("held").open('[');
            for (OffloadSnapshot s : f.connections()) {
                snapshot(j, s, t0);
            }
            j.close(']');
            j.close('}');
        }
        j.field("connections").open('[');
        for (MonitoredConnection c : r.connections()) {
            j.open('{');
            j.field("index").number(c.index());
            j.field("local").string(c.local().toString());
            j.field("remote").string(c.remote().toString());
            j.field("states").open('[');
            for (State s : c.statesReached()) {
                j.string(s.name());
            }
            j.close(']');
            j.field("local_packets").number(c.localPackets());
            j.field("remote_packets").number(c.remotePackets());
            j.field("local_data_sent").number(c.localDataSent());
            j.field("remote_data_sent").number(c.remoteDataSent());
            j.field("local_data_acked").number(c.localDataAcked());
            j.field("remote_data_acked").number(c.remoteDataAcked());
            j.field("peak_unacked_bytes").number(c.peakUnackedBytes());
            j.field("last");
            snapshot(j, c.last(), t0);
            j.close('}');
        }
        j.close(']');
        j.field("held_state").open('[');
        for (HeldStateSample s : r.series()) {
            j.open('{');
            j.field("t").seconds(s.timeNanos() - t0);
            j.field("connections").number(s.connections());
            j.field("hard_state_bytes").number(s.hardStateBytes());
            j.field("unacked_send_bytes").number(s.unackedSendBytes());
            j.close('}');
        }
        j.close(']');
        j.field("problems").open('[');
        for (CaptureProblem p : a.problems()) {
            j.open('{');
            j.field("offset").number(p.offset());
            j.field("frame").number(p.frame());
            j.field("fatal").bool(p.fatal());
            j.field("message").string(p.message());
            j.close('}');
        }
        j.close(']');
        j.close('}');
        out.write('\n');
        out.flush();
    }

    private static void snapshot(Json j, OffloadSnapshot s, long t0) throws IOException {
        HardState h = s.hardState();
        j.open('{');
        j.field("connection").number(s.connection());
        j.field("time").seconds(s.timeNanos() - t0);
        j.field("state").string(h.state().name());
        j.field("snd_una").number(Integer.toUnsignedLong(h.sndUna()));
        j.field("snd_nxt").number(Integer.toUnsignedLong(h.sndNxt()));
        j.field("rcv_nxt").number(Integer.toUnsignedLong(h.rcvNxt()));
        j.field("snd_wnd").number(h.sndWnd());
        j.field("rcv_wnd").number(h.rcvWnd());
        j.field("snd_mss").number(h.sndMss());
        j.field("snd_wscale").number(h.sndWscale());
        j.field("rcv_wscale").number(h.rcvWscale());
        j.field("sack").bool(h.sackPermitted());
        j.field("timestamps").bool(h.timestamps());
        j.field("unacked_send_bytes").number(s.unackedSendBytes());
        j.field("hard_state_bytes").number(s.hardStateBytes());
        j.field("srtt").seconds(s.soft().srttNanos());
        j.field("flight_bytes").number(s.soft().flightBytes());
        j.field("max_flight_bytes").number(s.soft().maxFlightBytes());
        j.field("retransmissions").number(s.soft().retransmissions());
        j.field("duplicate_acks").number(s.soft().duplicateAcks());
        j.close('}');
    }

    /** One row per connection. */
    public static void writeConnectionsCsv(MonitorResult r, Writer out) throws IOException {
        out.write("index,local,remote,states,final_state,local_packets,remote_packets,local_data_sent,"
                + "remote_data_sent,local_data_acked,remote_data_acked,peak_unacked_bytes,hard_state_bytes,srtt_s,"
                + "max_flight_bytes,retransmissions,duplicate_acks\n");
        for (MonitoredConnection c : r.connections()) {
            OffloadSnapshot s = c.last();
            out.write(String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%d,%d,%d,%d,%d,%d,%d,%d,%s,%d,%d,%d%n", c.index(),
                    csv(c.local().toString()), csv(c.remote().toString()), String.join(" ", names(c.statesReached())),
                    c.finalState(), c.localPackets(), c.remotePackets(), c.localDataSent(), c.remoteDataSent(),
                    c.localDataAcked(), c.remoteDataAcked(), c.peakUnackedBytes(), s.hardStateBytes(),
                    seconds(s.soft().srttNanos()), s.soft().maxFlightBytes(), s.soft().retransmissions(),
                    s.soft().duplicateAcks()));
        }
        out.flush();
    }

    /** The held-state series. */
    public static void writeHeldStateCsv(MonitorResult r, Writer out) throws IOException {
        long t0 = Math.max(r.analysis().firstTimestampNanos(), 0);
        out.write("t_s,connections,hard_state_bytes,unacked_send_bytes\n");
        for (HeldStateSample s : r.series()) {
            out.write(String.format(Locale.ROOT, "%s,%d,%d,%d%n", seconds(s.timeNanos() - t0), s.connections(),
                    s.hardStateBytes(), s.unackedSendBytes()));
        }
        out.flush();
    }

    /** A short human summary for the console. */
    public static void writeTable(MonitorResult r, PrintWriter out) {
        AnalysisResult a = r.analysis();
        long t0 = Math.max(a.firstTimestampNanos(), 0);
        out.printf(Locale.ROOT, "%-6s %-28s %-28s %-12s %12s %12s %10s %9s%n", "conn", "adapter side", "peer",
                "final state", "sent", "received", "peak unack", "srtt ms");
        for (MonitoredConnection c : r.connections()) {
            long srtt = c.last().soft().srttNanos();
            out.printf(Locale.ROOT, "%-6d %-28s %-28s %-12s %12d %12d %10d %9s%n", c.index(), c.local(), c.remote(),
                    c.finalState(), c.localDataSent(), c.remoteDataAcked(), c.peakUnackedBytes(),
                    srtt < 0 ? "-" : String.format(Locale.ROOT, "%.3f", srtt / 1e6));
        }
        out.printf(Locale.ROOT, "%d connection(s); at most %d held at once, %d B of hard state%n",
                r.connections().size(), r.peakConnections(), r.peakHardStateBytes());
        FailoverSnapshot f = r.failover();
        if (f != null) {
            out.printf(Locale.ROOT,
                    "failover at %s (frame %d, t=%ss): %d connection(s) to recover, %d B hard state incl. %d B unacked "
                            + "send data; %d had data in flight (their cwnd/RTT state is lost)%n",
                    f.point(), f.frameNumber(), seconds(f.timeNanos() - t0), f.connections().size(),
                    f.hardStateBytes(), f.unackedSendBytes(), f.connectionsWithFlight());
        }
        out.flush();
    }

    /** Trace-driven results as JSON, with the results contract's metrics and integrity verdict. */
    public static void writeTraceJson(TraceResult r, long seed, String version, Writer out) throws IOException {
        AnalysisResult a = r.analysis();
        WorkloadStats w = r.workload();
        long expected = r.clientToServerBytes() + r.serverToClientBytes();
        Json j = header(out, a, "trace", seed, version);
        j.field("link").open('{');
        j.field("delay").seconds(r.link().delayNanos());
        j.field("loss").string(String.format(Locale.ROOT, "%.6f", r.link().lossRate()));
        j.close('}');
        j.field("metrics").open('{');
        j.field("connections_scheduled").number(r.connectionsScheduled());
        j.field("connections_skipped").number(r.connectionsSkipped());
        j.field("connections_established").number(w.established());
        j.field("connections_completed").number(w.completed());
        j.field("host_adapter_interactions").number(r.hostAdapterInteractions());
        j.field("host_adapter_interactions_per_connection").string(String.format(Locale.ROOT, "%.3f",
                w.established() == 0 ? 0.0 : (double) r.hostAdapterInteractions() / w.established()));
        j.field("client_to_server_bytes").number(r.clientToServerBytes());
        j.field("server_to_client_bytes").number(r.serverToClientBytes());
        j.field("bytes_delivered").number(w.bytesReceived());
        j.field("capture_duration").seconds(r.captureDurationNanos());
        j.field("simulated_duration").seconds(r.simulatedNanos());
        j.close('}');
        j.field("failovers").open('[');
        for (RecoveryTimeline t : r.failovers()) {
            // the results contract's failover fields (virtual seconds; null = did not happen)
            j.open('{');
            j.field("adapter").string(t.adapter());
            j.field("substitute").string(t.substitute());
            j.field("failed_at").seconds(t.failedAt());
            j.field("detected_at").seconds(t.detectedAt());
            j.field("hard_state_recovered_at").seconds(t.hardStateRecoveredAt());
            j.field("resumed_at").seconds(t.resumedAt());
            j.field("soft_state_converged_at").seconds(t.softStateConvergedAt());
            j.field("blackout_p50").seconds(t.blackoutP50());
            j.field("blackout_p99").seconds(t.blackoutP99());
            j.field("blackout_max").seconds(t.blackoutMax());
            j.field("bytes_retransmitted").number(t.bytesRetransmitted());
            j.field("connections").number(t.connections());
            j.field("connections_lost").number(t.connectionsLost());
            j.field("unnotified").number(t.unnotified());
            j.close('}');
        }
        j.close(']');
        j.field("integrity").open('{');
        j.field("ok").bool(r.reproduced());
        j.field("connections").number(r.connectionsScheduled());
        j.field("bytes_lost").number(Math.max(0, expected - w.bytesReceived()));
        j.field("bytes_duplicated").number(Math.max(0, w.bytesReceived() - expected));
        j.field("bytes_reordered").number(w.mismatchedBytes());
        j.field("connections_reset").number(w.reset());
        j.close('}');
        j.close('}');
        out.write('\n');
        out.flush();
    }

    /** A short human summary of a trace-driven replay. */
    public static void writeTraceTable(TraceResult r, PrintWriter out) {
        WorkloadStats w = r.workload();
        out.printf(Locale.ROOT,
                "re-simulated %d connection(s) (%d skipped: no accepted handshake captured) over a link "
                        + "of %.3f ms one-way delay and %.2f%% loss%n",
                r.connectionsScheduled(), r.connectionsSkipped(),
                r.link().delayNanos() / 1e6, r.link().lossRate() * 100);
        out.printf(Locale.ROOT, "clients wrote %d B, servers %d B; delivered %d B; %d completed, %d failed%n",
                r.clientToServerBytes(), r.serverToClientBytes(), w.bytesReceived(), w.completed(), w.failed());
        out.printf(Locale.ROOT, "capture %.3f s, re-simulated %.3f s of virtual time; %d host<->adapter interactions%n",
                r.captureDurationNanos() / 1e9, r.simulatedNanos() / 1e9, r.hostAdapterInteractions());
        for (RecoveryTimeline t : r.failovers()) {
            out.printf(Locale.ROOT,
                    "failover of %s onto %s: failed %.6f s, detected +%.3f ms, resumed +%.3f ms, blackout p50 %.3f ms "
                            + "max %.3f ms, %d connection(s) restored, %d lost, %d unnotified%n",
                    t.adapter(), t.substitute().isEmpty() ? "nothing" : t.substitute(), t.failedAt() / 1e9,
                    ms(t.detectedAt(), t.failedAt()), ms(t.resumedAt(), t.failedAt()), t.blackoutP50() / 1e6,
                    t.blackoutMax() / 1e6, t.connections() - t.connectionsLost(), t.connectionsLost(), t.unnotified());
        }
        out.println(r.reproduced()
                ? "integrity: every octet delivered intact, both ways"
                : "integrity: NOT reproduced: " + w);
        out.flush();
    }

    /** Milliseconds from {@code from} to {@code t}, NaN if {@code t} did not happen. */
    private static double ms(long t, long from) {
        return t < 0 ? Double.NaN : (t - from) / 1e6;
    }

    /** Conformance results as JSON: a summary and every connection's differences. */
    public static void writeConformanceJson(ConformanceResult r, String version, Writer out) throws IOException {
        AnalysisResult a = r.analysis();
        long t0 = Math.max(a.firstTimestampNanos(), 0);
        Json j = header(out, a, "conformance", 0, version);
        j.field("endpoint").string(r.endpoint().toString());
        j.field("metrics").open('{');
        j.field("connections").number(r.connections().size());
        j.field("connections_replayed").number(r.replayed());
        j.field("policy_differences").number(r.count(Difference.Verdict.POLICY));
        j.field("nonconformances").number(r.count(Difference.Verdict.NONCONFORMANCE));
        j.close('}');
        j.field("connections").open('[');
        for (ConnectionConformance c : r.connections()) {
            j.open('{');
            j.field("index").number(c.index());
            j.field("local").string(c.local().toString());
            j.field("remote").string(c.remote().toString());
            j.field("skipped");
            if (c.skipped() == null) {
                j.nullValue();
            } else {
                j.string(c.skipped());
            }
            j.field("real_segments").number(c.realSegments());
            j.field("engine_segments").number(c.engineSegments());
            j.field("acks_compared").number(c.acksCompared());
            j.field("differences").open('[');
            for (Difference d : c.differences()) {
                j.open('{');
                j.field("t").seconds(d.timeNanos() - t0);
                j.field("kind").string(d.kind().name());
                j.field("verdict").string(d.verdict().name());
                j.field("expected").string(d.expected());
                j.field("actual").string(d.actual());
                j.field("explanation").string(d.explanation());
                j.close('}');
            }
            j.close(']');
            j.close('}');
        }
        j.close(']');
        j.close('}');
        out.write('\n');
        out.flush();
    }

    /** One row per difference. */
    public static void writeConformanceCsv(ConformanceResult r, Writer out) throws IOException {
        long t0 = Math.max(r.analysis().firstTimestampNanos(), 0);
        out.write("connection,local,remote,t_s,kind,verdict,expected,actual,explanation\n");
        for (ConnectionConformance c : r.connections()) {
            for (Difference d : c.differences()) {
                out.write(String.join(",", Integer.toString(c.index()), csv(c.local().toString()),
                        csv(c.remote().toString()), seconds(d.timeNanos() - t0), d.kind().name(), d.verdict().name(),
                        csv(d.expected()), csv(d.actual()), csv(d.explanation())) + "\n");
            }
        }
        out.flush();
    }

    /** Differences grouped by kind and verdict, then the non-conformances one by one. */
    public static void writeConformanceTable(ConformanceResult r, PrintWriter out) {
        java.util.Map<String, Long> byKind = new java.util.TreeMap<>();
        for (ConnectionConformance c : r.connections()) {
            for (Difference d : c.differences()) {
                byKind.merge(d.verdict() + " " + d.kind(), 1L, Long::sum);
            }
        }
        out.printf(Locale.ROOT, "%d connection(s), %d replayed by the engine (%s)%n", r.connections().size(),
                r.replayed(), r.endpoint());
        byKind.forEach((k, n) -> out.printf(Locale.ROOT, "  %-32s %d connection(s)%n", k, n));
        for (ConnectionConformance c : r.connections()) {
            for (Difference d : c.differences()) {
                if (d.verdict() == Difference.Verdict.NONCONFORMANCE) {
                    out.printf(Locale.ROOT, "NONCONFORMANCE stream %d %s: expected %s, engine %s (%s)%n", c.index(),
                            d.kind(), d.expected(), d.actual(), d.explanation());
                }
            }
        }
        out.printf(Locale.ROOT, "%d policy difference(s), %d non-conformance(s)%n",
                r.count(Difference.Verdict.POLICY), r.count(Difference.Verdict.NONCONFORMANCE));
        out.flush();
    }

    /** Opens the document with the results contract's identifying fields, the same for every mode. */
    private static Json header(Writer out, AnalysisResult a, String mode, long seed, String version)
            throws IOException {
        Json j = new Json(out);
        j.open('{');
        j.field("experiment").string("replay " + a.file().getFileName());
        j.field("mode").string(mode);
        j.field("seed").number(seed);
        j.field("version").string(version);
        j.field("capture").string(a.file().toString());
        j.field("complete").bool(a.complete());
        return j;
    }

    private static List<String> names(List<State> states) {
        return states.stream().map(State::name).toList();
    }

    private static String csv(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static String seconds(long nanos) {
        return nanos < 0 ? "" : String.format(Locale.ROOT, "%.9f", nanos / 1e9);
    }

    /** A minimal streaming JSON writer: commas and escaping handled here, structure by the caller. */
    private static final class Json {
        private final Writer out;
        private boolean first = true;

        Json(Writer out) {
            this.out = out;
        }

        Json field(String name) throws IOException {
            comma();
            quoted(name);
            out.write(':');
            first = true; // the value that follows needs no comma
            return this;
        }

        void open(char c) throws IOException {
            comma();
            out.write(c);
            first = true;
        }

        void close(char c) throws IOException {
            out.write(c);
            first = false;
        }

        void string(String s) throws IOException {
            comma();
            quoted(s);
            first = false;
        }

        void number(long n) throws IOException {
            comma();
            out.write(Long.toString(n));
            first = false;
        }

        void seconds(long nanos) throws IOException {
            comma();
            out.write(nanos < 0 ? "null" : String.format(Locale.ROOT, "%.9f", nanos / 1e9));
            first = false;
        }

        void bool(boolean b) throws IOException {
            comma();
            out.write(Boolean.toString(b));
            first = false;
        }

        void nullValue() throws IOException {
            comma();
            out.write("null");
            first = false;
        }

        private void comma() throws IOException {
            if (!first) {
                out.write(',');
            }
            first = true;
        }

        private void quoted(String s) throws IOException {
            out.write('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.write("\\\"");
                    case '\\' -> out.write("\\\\");
                    default -> {
                        if (c < 0x20) {
                            out.write(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            out.write(c);
                        }
                    }
                }
            }
            out.write('"');
        }
    }
}
