package org.offloadlab.experiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.offloadlab.model.FailoverTimeline;
import org.offloadlab.model.IntegrityVerdict;
import org.offloadlab.model.Metric;
import org.offloadlab.model.Provenance;
import org.offloadlab.model.Results;
import org.offloadlab.model.io.AtomicFile;
import org.offloadlab.model.io.OffloadFiles;

/**
 * Writes a run as results.json (schema in docs/RESULTS.md), metrics.csv and results.xmi. Everything except the
 * {@code run_info} object is a function of the experiment and seed, so two runs can be compared byte for byte.
 */
public final class ResultsWriter {

    /** The results.json schema version; bumped when a field changes meaning or disappears. */
    public static final String SCHEMA = "offloadlab-results/1";

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
        OffloadFiles.save(run.results(), dir.resolve("results.xmi"));
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
        List<Metric> metrics = r.getMetrics();
        for (int i = 0; i < metrics.size(); i++) {
            b.append(i == 0 ? "\n" : ",\n").append("    ").append(string(metrics.get(i).getName())).append(": ")
                    .append(number(metrics.get(i).getValue()));
        }
        b.append("\n  },\n");
        b.append("  \"failovers\": [");
        List<FailoverTimeline> failovers = r.getFailovers();
        for (int i = 0; i < failovers.size(); i++) {
            FailoverTimeline f = failovers.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"adapter\": ").append(string(f.getAdapter()))
                    .append(", \"mode\": ").append(string(f.getMode().getLiteral())).append(", \"recovery\": ")
                    .append(string(f.getRecovery().getLiteral())).append(", \"failed_at_ns\": ")
                    .append(f.getFailedAtNanos() < 0 ? "null" : Long.toString(f.getFailedAtNanos()))
                    .append(", \"recovered_at_ns\": ")
                    .append(f.getRecoveredAtNanos() < 0 ? "null" : Long.toString(f.getRecoveredAtNanos()))
                    .append(", \"blackout_ns\": ")
                    .append(f.getRecoveredAtNanos() < 0 || f.getFailedAtNanos() < 0
                            ? "null"
                            : Long.toString(f.getRecoveredAtNanos() - f.getFailedAtNanos()))
                    .append(", \"connections_restored\": ").append(f.getConnectionsRestored())
                    .append(", \"outcome\": ").append(string(f.getOutcome())).append("}");
        }
        b.append(failovers.isEmpty() ? "],\n" : "\n  ],\n");
        IntegrityVerdict v = r.getIntegrity();
        b.append("  \"integrity\": {\"ok\": ").append(v.isOk()).append(", \"connections\": ")
                .append(v.getConnections()).append(", \"bytes_lost\": ").append(v.getBytesLost())
                .append(", \"bytes_duplicated\": ").append(v.getBytesDuplicated()).append(", \"bytes_reordered\": ")
                .append(v.getBytesReordered()).append(", \"connections_reset\": ").append(v.getConnectionsReset())
                .append("},\n");
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
