package org.offloadlab.experiment;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.offloadlab.model.BufferGroupResult;
import org.offloadlab.model.ConnectionRecord;
import org.offloadlab.model.DoubleArray;
import org.offloadlab.model.FailoverTimeline;
import org.offloadlab.model.IntArray;
import org.offloadlab.model.LongArray;
import org.offloadlab.model.IntegrityVerdict;
import org.offloadlab.model.Metric;
import org.offloadlab.model.Provenance;
import org.offloadlab.model.Results;
import org.offloadlab.model.Series;
import org.offloadlab.model.io.AtomicFile;
import org.offloadlab.model.io.OffloadFiles;
import org.offloadlab.tcp.State;

/**
 * Writes a run as results.json (schema in docs/RESULTS.md), metrics.csv, series.csv, connections.csv and results.xmi.
 * Everything except the {@code run_info} object is a function of the experiment and seed, so two runs can be compared
 * byte for byte.
 */
public final class ResultsWriter {

    /** The results.json schema version; bumped when a field changes meaning or disappears. */
    public static final String SCHEMA = "offloadlab-results/1";

    /**
     * The metrics the results contract requires in every results.json, in the order they are written first. A run
     * measures them all; a capture replay only some (docs/RESULTS.md): one it did not measure is written as
     * {@code null}, never as a number it did not count.
     */
    public static final List<String> CONTRACT_METRICS = List.of("connections_established",
            "host_adapter_interactions", "host_adapter_interactions_per_connection", "interrupts", "dma_transactions",
            "host_memory_bytes_peak", "bytes_delivered");

    private ResultsWriter() {
    }

    /** Writes results.json, metrics.csv and results.xmi into {@code dir}, each atomically. */
    public static void writeAll(RunResult run, Path dir) throws IOException {
        AtomicFile.write(dir.resolve("results.json"), out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            writeJson(run, w);
            w.flush();
        });
        AtomicFile.write(dir.resolve("metrics.csv"), out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            writeCsv(run.results(), w);
            w.flush();
        });
        AtomicFile.write(dir.resolve("series.csv"), out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            writeSeriesCsv(run.results(), w);
            w.flush();
        });
        AtomicFile.write(dir.resolve("connections.csv"), out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            writeConnectionsCsv(run.results(), w);
            w.flush();
        });
        OffloadFiles.save(run.results(), dir.resolve("results.xmi"));
    }

    /** series,kind,unit,time_ns,value lines with a header: one line per sample (long format, for plotting tools). */
    public static void writeSeriesCsv(Results r, Writer out) throws IOException {
        out.write("series,kind,unit,time_ns,value\n");
        for (Series s : r.getSeries()) {
            LongArray t = s.getTimesNanos();
            DoubleArray v = s.getValues();
            int n = t == null || v == null ? 0 : Math.min(t.length(), v.length());
            String prefix = csv(s.getName()) + "," + csv(s.getKind()) + "," + csv(s.getUnit()) + ",";
            for (int i = 0; i < n; i++) {
                out.write(prefix + t.get(i) + "," + number(v.get(i)) + "\n");
            }
        }
    }

    /** The recorded connections, one line each, with a header. */
    public static void writeConnectionsCsv(Results r, Writer out) throws IOException {
        out.write("id,local_address,local_port,remote_address,remote_port,adapter,buffer_group,tcp_state,"
                + "opened_at_ns,last_seen_at_ns,snd_una,snd_nxt,rcv_nxt,snd_wnd,rcv_wnd,mss,window_scaling,"
                + "snd_wscale,rcv_wscale,sack,timestamps,cwnd,ssthresh,srtt_ns,rto_ns,bytes_in,bytes_out\n");
        for (ConnectionRecord c : r.getConnections()) {
            out.write(c.getId() + "," + c.getLocalAddress() + "," + c.getLocalPort() + "," + c.getRemoteAddress()
                    + "," + c.getRemotePort() + "," + csv(c.getAdapter()) + "," + csv(c.getBufferGroup()) + ","
                    + csv(c.getTcpState()) + "," + c.getOpenedAtNanos() + "," + c.getLastSeenAtNanos() + ","
                    + c.getSndUna() + "," + c.getSndNxt() + "," + c.getRcvNxt() + "," + c.getSndWnd() + ","
                    + c.getRcvWnd() + "," + c.getMss() + "," + c.isWindowScaling() + "," + c.getSndWscale() + ","
                    + c.getRcvWscale() + "," + c.isSack() + "," + c.isTimestamps() + "," + c.getCwnd() + ","
                    + c.getSsthresh() + "," + c.getSrttNanos() + "," + c.getRtoNanos() + "," + c.getBytesIn() + ","
                    + c.getBytesOut() + "\n");
        }
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** metric,value lines with a header. */
    public static void writeCsv(Results r, Writer out) throws IOException {
        out.write("metric,value\n");
        for (Metric m : r.getMetrics()) {
            out.write(m.getName() + "," + number(m.getValue()) + "\n");
        }
    }

    /** The results.json document. */
    public static void writeJson(RunResult run, Writer out) throws IOException {
        Results r = run.results();
        Provenance p = r.getProvenance();
        StringBuilder b = new StringBuilder();
        b.append("{\n");
        b.append("  \"schema\": ").append(string(SCHEMA)).append(",\n");
        b.append("  \"experiment\": ").append(string(r.getExperiment())).append(",\n");
        b.append("  \"seed\": ").append(p.getSeed()).append(",\n");
        b.append("  \"version\": ").append(string(p.getVersion())).append(",\n");
        b.append("  \"capture_checksum\": ").append(string(p.getCaptureChecksum())).append(",\n");
        b.append("  \"completed\": ").append(run.finished()).append(",\n");
        b.append("  \"metrics\": {");
        metrics(r.getMetrics(), b);
        b.append("\n  },\n");
        b.append("  \"failovers\": [");
        List<FailoverTimeline> failovers = r.getFailovers();
        for (int i = 0; i < failovers.size(); i++) {
            FailoverTimeline f = failovers.get(i);
            b.append(i == 0 ? "\n" : ",\n");
            failover(f, b);
        }
        b.append(failovers.isEmpty() ? "],\n" : "\n  ],\n");
        IntegrityVerdict v = r.getIntegrity();
        if (v == null) {
            // no verdict (a replay that delivers nothing, e.g. monitor mode): every field present, none claimed
            b.append("  \"integrity\": {\"ok\": null, \"connections\": null, \"bytes_lost\": null, "
                    + "\"bytes_duplicated\": null, \"bytes_reordered\": null, \"connections_reset\": null},\n");
        } else {
            b.append("  \"integrity\": {\"ok\": ").append(v.isOk()).append(", \"connections\": ")
                    .append(v.getConnections()).append(", \"bytes_lost\": ").append(v.getBytesLost())
                    .append(", \"bytes_duplicated\": ").append(v.getBytesDuplicated())
                    .append(", \"bytes_reordered\": ").append(v.getBytesReordered())
                    .append(", \"connections_reset\": ").append(v.getConnectionsReset()).append("},\n");
        }
        b.append("  \"series\": [");
        List<Series> series = r.getSeries();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"name\": ").append(string(s.getName()))
                    .append(", \"kind\": ").append(string(s.getKind())).append(", \"unit\": ")
                    .append(string(s.getUnit())).append(",\n      \"times_ns\": ").append(longs(s.getTimesNanos()))
                    .append(",\n      \"values\": ").append(doubles(s.getValues())).append("}");
        }
        b.append(series.isEmpty() ? "],\n" : "\n  ],\n");
        b.append("  \"buffer_groups\": [");
        List<BufferGroupResult> groups = r.getBufferGroups();
        for (int i = 0; i < groups.size(); i++) {
            BufferGroupResult g = groups.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"name\": ").append(string(g.getName()))
                    .append(", \"rules\": ").append(string(g.getRules())).append(", \"members\": ")
                    .append(g.getMembers()).append(", \"buffers_held_peak\": ").append(g.getBuffersHeldPeak())
                    .append(", \"bytes_held_peak\": ").append(g.getBytesHeldPeak()).append(", \"fill_ratio\": ")
                    .append(number(g.getFillRatio())).append("}");
        }
        b.append(groups.isEmpty() ? "],\n" : "\n  ],\n");
        b.append("  \"connections_not_recorded\": ").append(r.getConnectionsNotRecorded()).append(",\n");
        b.append("  \"connections\": [");
        List<ConnectionRecord> connections = r.getConnections();
        for (int i = 0; i < connections.size(); i++) {
            b.append(i == 0 ? "\n" : ",\n");
            connection(connections.get(i), b);
        }
        b.append(connections.isEmpty() ? "],\n" : "\n  ],\n");
        b.append("  \"notes\": [");
        for (int i = 0; i < run.notes().size(); i++) {
            b.append(i == 0 ? "" : ", ").append(string(run.notes().get(i)));
        }
        b.append("],\n");
        // wall-clock facts only here: everything above is a function of experiment and seed
        b.append("  \"run_info\": {\"started\": ").append(string(run.started().toString()))
                .append(", \"wall_clock_ms\": ").append(run.wallClockMillis()).append(", \"cancelled\": ")
                .append(run.cancelled()).append("}\n");
        b.append("}\n");
        out.write(b.toString());
    }

    /**
     * The contract's metrics first, in {@link #CONTRACT_METRICS} order ({@code null} when the model does not have one),
     * then the others in the model's order. The runner records the contract's metrics first anyway, so for a run this
     * is the model's order.
     */
    private static void metrics(List<Metric> metrics, StringBuilder b) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Metric m : metrics) {
            values.putIfAbsent(m.getName(), m.getValue());
        }
        boolean first = true;
        for (String name : CONTRACT_METRICS) {
            Double v = values.remove(name);
            b.append(first ? "\n" : ",\n").append("    ").append(string(name)).append(": ")
                    .append(v == null ? "null" : number(v));
            first = false;
        }
        for (Map.Entry<String, Double> e : values.entrySet()) {
            b.append(",\n    ").append(string(e.getKey())).append(": ").append(number(e.getValue()));
        }
    }

    private static void failover(FailoverTimeline f, StringBuilder b) {
        b.append("    {\"adapter\": ").append(string(f.getAdapter())).append(", \"substitute\": ")
                .append(string(f.getSubstitute())).append(", \"mode\": ").append(string(f.getMode().getLiteral()))
                .append(", \"recovery\": ").append(string(f.getRecovery().getLiteral()));
        // the contract's phases in virtual seconds; null = did not happen
        b.append(",\n      \"failed_at\": ").append(seconds(f.getFailedAtNanos()));
        b.append(", \"detected_at\": ").append(seconds(f.getDetectedAtNanos()));
        b.append(", \"blocked_at\": ").append(seconds(f.getBlockedAtNanos()));
        b.append(", \"hard_state_recovered_at\": ").append(seconds(f.getHardStateRecoveredAtNanos()));
        b.append(", \"substitute_active_at\": ").append(seconds(f.getSubstituteActiveAtNanos()));
        b.append(", \"resumed_at\": ").append(seconds(f.getResumedAtNanos()));
        b.append(", \"first_segment_at\": ").append(seconds(f.getFirstSegmentAtNanos()));
        b.append(", \"soft_state_converged_at\": ").append(seconds(f.getSoftStateConvergedAtNanos()));
        b.append(",\n      \"blackout_p50\": ").append(seconds(f.getBlackoutP50Nanos()));
        b.append(", \"blackout_p99\": ").append(seconds(f.getBlackoutP99Nanos()));
        b.append(", \"blackout_max\": ").append(seconds(f.getBlackoutMaxNanos()));
        b.append(", \"bytes_retransmitted\": ").append(f.getBytesRetransmitted());
        b.append(", \"connections_restored\": ").append(f.getConnectionsRestored());
        b.append(", \"connections_lost\": ").append(f.getConnectionsLost());
        b.append(", \"unnotified_connections\": ").append(f.getUnnotifiedConnections());
        // nanosecond forms kept from the first schema
        b.append(",\n      \"failed_at_ns\": ").append(nanos(f.getFailedAtNanos()));
        b.append(", \"recovered_at_ns\": ").append(nanos(f.getRecoveredAtNanos()));
        b.append(", \"blackout_ns\": ").append(f.getRecoveredAtNanos() < 0 || f.getFailedAtNanos() < 0
                ? "null"
                : Long.toString(f.getRecoveredAtNanos() - f.getFailedAtNanos()));
        b.append(",\n      \"blackout_connection_ids\": ").append(ints(f.getBlackoutConnectionIds()));
        b.append(", \"blackout_connection_ns\": ").append(longs(f.getBlackoutNanos()));
        b.append(",\n      \"outcome\": ").append(string(f.getOutcome())).append("}");
    }

    private static void connection(ConnectionRecord c, StringBuilder b) {
        b.append("    {\"id\": ").append(c.getId()).append(", \"local_address\": ").append(c.getLocalAddress())
                .append(", \"local_port\": ").append(c.getLocalPort()).append(", \"remote_address\": ")
                .append(c.getRemoteAddress()).append(", \"remote_port\": ").append(c.getRemotePort())
                .append(", \"adapter\": ").append(string(c.getAdapter())).append(", \"buffer_group\": ")
                .append(string(c.getBufferGroup())).append(", \"tcp_state\": ").append(string(c.getTcpState()))
                .append(", \"opened_at_ns\": ").append(c.getOpenedAtNanos()).append(", \"last_seen_at_ns\": ")
                .append(c.getLastSeenAtNanos());
        b.append(",\n      \"hard\": {\"snd_una\": ").append(c.getSndUna()).append(", \"snd_nxt\": ")
                .append(c.getSndNxt()).append(", \"rcv_nxt\": ").append(c.getRcvNxt()).append(", \"snd_wnd\": ")
                .append(c.getSndWnd()).append(", \"rcv_wnd\": ").append(c.getRcvWnd()).append(", \"mss\": ")
                .append(c.getMss()).append(", \"window_scaling\": ").append(c.isWindowScaling())
                .append(", \"snd_wscale\": ").append(c.getSndWscale()).append(", \"rcv_wscale\": ")
                .append(c.getRcvWscale()).append(", \"sack\": ").append(c.isSack()).append(", \"timestamps\": ")
                .append(c.isTimestamps()).append("}");
        b.append(",\n      \"soft\": {\"cwnd\": ").append(c.getCwnd()).append(", \"ssthresh\": ")
                .append(c.getSsthresh()).append(", \"srtt_ns\": ").append(c.getSrttNanos()).append(", \"rto_ns\": ")
                .append(c.getRtoNanos()).append("}");
        b.append(", \"bytes_in\": ").append(c.getBytesIn()).append(", \"bytes_out\": ").append(c.getBytesOut());
        b.append(",\n      \"state_times_ns\": ").append(longs(c.getStateTimesNanos())).append(", \"states\": ")
                .append(states(c.getStates())).append("}");
    }

    /** Virtual seconds with nanosecond precision, exact and locale-free; null for a negative (did not happen). */
    static String seconds(long nanos) {
        if (nanos < 0) {
            return "null";
        }
        return BigDecimal.valueOf(nanos, 9).stripTrailingZeros().toPlainString();
    }

    private static String nanos(long nanos) {
        return nanos < 0 ? "null" : Long.toString(nanos);
    }

    private static String longs(LongArray a) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; a != null && i < a.length(); i++) {
            b.append(i == 0 ? "" : ", ").append(a.get(i));
        }
        return b.append(']').toString();
    }

    private static String ints(IntArray a) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; a != null && i < a.length(); i++) {
            b.append(i == 0 ? "" : ", ").append(a.get(i));
        }
        return b.append(']').toString();
    }

    private static String doubles(DoubleArray a) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; a != null && i < a.length(); i++) {
            b.append(i == 0 ? "" : ", ").append(number(a.get(i)));
        }
        return b.append(']').toString();
    }

    /** State names rather than ordinals: the JSON must not depend on the enum's order. */
    private static String states(IntArray a) {
        StringBuilder b = new StringBuilder("[");
        State[] all = State.values();
        for (int i = 0; a != null && i < a.length(); i++) {
            int o = a.get(i);
            b.append(i == 0 ? "" : ", ").append(o >= 0 && o < all.length ? string(all[o].name()) : "null");
        }
        return b.append(']').toString();
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6f", v);
    }

    static String string(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
