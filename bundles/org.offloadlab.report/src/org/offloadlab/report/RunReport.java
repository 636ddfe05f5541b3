package org.offloadlab.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.offloadlab.charts.ChartExport;
import org.offloadlab.experiment.RunResult;
import org.offloadlab.model.ConnectionRecord;
import org.offloadlab.model.FailoverTimeline;
import org.offloadlab.model.IntegrityVerdict;
import org.offloadlab.model.Metric;
import org.offloadlab.model.Provenance;
import org.offloadlab.model.Results;
import org.offloadlab.model.io.AtomicFile;

/**
 * One self-contained HTML report of a run, for a reviewer with only a browser: provenance, the integrity verdict, every
 * metric, the failover timelines (a table and a timeline drawing), the charts and the recorded connections. It loads
 * nothing: styles are inline and charts are embedded as SVG data URIs (an {@code img} each, so the ids inside one
 * chart's SVG cannot clash with another's).
 */
public final class RunReport {

    /** The report's file name in a run's output directory. */
    public static final String FILE = "report.html";
    /** Connections listed in the report at most; the rest are in connections.csv. */
    public static final int MAX_CONNECTION_ROWS = 100;

    private RunReport() {
    }

    /** Writes the charts (PNG and SVG) and report.html into {@code dir}; returns the files written. */
    public static List<Path> writeAll(RunResult run, Path dir) throws IOException {
        List<RunCharts.Chart> charts = RunCharts.of(run.results());
        List<Path> files = new ArrayList<>(RunCharts.write(charts, dir));
        Path report = dir.resolve(FILE);
        byte[] html = html(run, charts).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(report, out -> out.write(html));
        files.add(report);
        return files;
    }

    /** The report as HTML text, with the charts of {@link RunCharts#of}. */
    public static String html(RunResult run) {
        return html(run, RunCharts.of(run.results()));
    }

    static String html(RunResult run, List<RunCharts.Chart> charts) {
        Results r = run.results();
        Provenance p = r.getProvenance();
        IntegrityVerdict v = r.getIntegrity();
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>OffloadLab run: ")
                .append(esc(r.getExperiment())).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n")
                .append("<body>\n<h1>Run of experiment <code>").append(esc(r.getExperiment())).append("</code></h1>\n");
        boolean ok = v != null && v.isOk();
        b.append("<p class=\"verdict ").append(ok ? "ok" : "failed").append("\" id=\"verdict\">Integrity ")
                .append(ok ? "OK" : "FAILED").append("</p>\n");

        b.append("<h2>Provenance</h2>\n<table class=\"kv\">\n");
        row(b, "OffloadLab version", p == null ? "" : p.getVersion());
        row(b, "seed", p == null ? "" : Long.toString(p.getSeed()));
        row(b, "capture checksum", p == null || p.getCaptureChecksum() == null ? "—" : p.getCaptureChecksum());
        row(b, "workload completed", run.finished() ? "yes" : "no (the experiment's duration ended first)");
        row(b, "cancelled", run.cancelled() ? "yes: results cover the simulated time until then" : "no");
        row(b, "started (wall clock)", run.started().toString());
        row(b, "wall-clock time", run.wallClockMillis() + " ms");
        b.append("</table>\n");

        if (v != null) {
            b.append("<h2>Integrity</h2>\n<table class=\"kv\" id=\"integrity\">\n");
            row(b, "verdict", ok ? "OK" : "FAILED");
            row(b, "connections", Long.toString(v.getConnections()));
            row(b, "bytes lost", Long.toString(v.getBytesLost()));
            row(b, "bytes duplicated", Long.toString(v.getBytesDuplicated()));
            row(b, "bytes reordered", Long.toString(v.getBytesReordered()));
            row(b, "connections reset", Long.toString(v.getConnectionsReset()));
            b.append("</table>\n");
        }

        b.append("<h2>Metrics</h2>\n<table id=\"metrics\">\n<tr><th>metric</th><th>value</th></tr>\n");
        for (Metric m : r.getMetrics()) {
            b.append("<tr><td>").append(esc(m.getName())).append("</td><td class=\"num\">").append(number(m.getValue()))
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");

        b.append("<h2>Failovers</h2>\n");
        if (r.getFailovers().isEmpty()) {
            b.append("<p>No failure was planned.</p>\n");
        }
        for (FailoverTimeline f : r.getFailovers()) {
            failover(b, f);
        }

        b.append("<h2>Charts</h2>\n");
        if (charts.isEmpty()) {
            b.append("<p>The results have no series.</p>\n");
        }
        for (RunCharts.Chart c : charts) {
            String svg = ChartExport.svg(c.chart(), RunCharts.WIDTH, RunCharts.HEIGHT);
            b.append("<figure class=\"chart\" id=\"chart-").append(esc(c.name())).append("\"><img alt=\"")
                    .append(esc(c.title())).append("\" width=\"").append(RunCharts.WIDTH).append("\" height=\"")
                    .append(RunCharts.HEIGHT).append("\" src=\"data:image/svg+xml;base64,")
                    .append(Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)))
                    .append("\"><figcaption>").append(esc(c.title())).append(" (").append(esc(c.name()))
                    .append(".png, ").append(esc(c.name())).append(".svg)</figcaption></figure>\n");
        }

        connections(b, r);

        if (!run.notes().isEmpty()) {
            b.append("<h2>Notes</h2>\n<ul>\n");
            for (String n : run.notes()) {
                b.append("<li>").append(esc(n)).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("<footer>Machine-readable: results.json, metrics.csv, series.csv, connections.csv, results.xmi "
                + "(docs/RESULTS.md).</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void failover(StringBuilder b, FailoverTimeline f) {
        b.append("<h3>").append(esc(f.getAdapter())).append(" — ")
                .append(esc(f.getMode() == null ? "" : f.getMode().getLiteral())).append(", recovery ")
                .append(esc(f.getRecovery() == null ? "" : f.getRecovery().getLiteral())).append("</h3>\n<p>")
                .append(esc(f.getOutcome())).append("</p>\n<table class=\"kv failover\">\n");
        String[] names = {"failed", "detected", "blocked", "hard state recovered", "substitute active", "resumed",
                "first segment", "soft state converged"};
        long[] at = phases(f);
        for (int i = 0; i < names.length; i++) {
            row(b, names[i], at[i] < 0 ? "—" : seconds(at[i]) + " s");
        }
        row(b, "substitute", f.getSubstitute() == null ? "—" : f.getSubstitute());
        row(b, "blackout p50 / p99 / max", (f.getBlackoutP50Nanos() < 0 ? "—" : seconds(f.getBlackoutP50Nanos()))
                + " / " + (f.getBlackoutP99Nanos() < 0 ? "—" : seconds(f.getBlackoutP99Nanos())) + " / "
                + (f.getBlackoutMaxNanos() < 0 ? "—" : seconds(f.getBlackoutMaxNanos())) + " s");
        row(b, "connections restored / lost / unnotified", f.getConnectionsRestored() + " / "
                + f.getConnectionsLost() + " / " + f.getUnnotifiedConnections());
        row(b, "bytes retransmitted", Long.toString(f.getBytesRetransmitted()));
        b.append("</table>\n");
        timeline(b, names, at);
    }

    private static long[] phases(FailoverTimeline f) {
        return new long[]{f.getFailedAtNanos(), f.getDetectedAtNanos(), f.getBlockedAtNanos(),
                f.getHardStateRecoveredAtNanos(), f.getSubstituteActiveAtNanos(), f.getResumedAtNanos(),
                f.getFirstSegmentAtNanos(), f.getSoftStateConvergedAtNanos()};
    }

    private static final String[] PHASE_COLOURS = {"#d62728", "#ff7f0e", "#8c564b", "#2ca02c", "#1f77b4", "#9467bd",
            "#17becf", "#7f7f7f"};

    /** The phases on one time axis from the failure on: a bar for the blackout and a marker per phase. */
    private static void timeline(StringBuilder b, String[] names, long[] at) {
        long start = at[0];
        if (start < 0) {
            return;
        }
        long end = start;
        for (long t : at) {
            end = Math.max(end, t);
        }
        double span = Math.max(1, end - start);
        int w = 900;
        int left = 20;
        int usable = w - 2 * left;
        int present = 0;
        for (long t : at) {
            present += t >= 0 ? 1 : 0;
        }
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w)
                .append("\" height=\"").append(40 + 18 * present).append("\">");
        long recovered = at[4] >= 0 ? at[4] : end;
        double x1 = left + usable * (recovered - start) / span;
        s.append("<rect x=\"").append(left).append("\" y=\"10\" width=\"").append(fmt(Math.max(2, x1 - left)))
                .append("\" height=\"14\" fill=\"#f4b6b6\"><title>blackout</title></rect>");
        int line = 0;
        for (int i = 0; i < names.length; i++) {
            if (at[i] < 0) {
                continue;
            }
            double x = left + usable * (at[i] - start) / span;
            String c = PHASE_COLOURS[i];
            s.append("<line x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"6\" y2=\"28\" "
                    + "stroke=\"").append(c).append("\" stroke-width=\"3\"/>");
            s.append("<text x=\"").append(fmt(Math.min(x + 4, w - 260.0))).append("\" y=\"").append(46 + 18 * line++)
                    .append("\" fill=\"").append(c).append("\" font-size=\"13\">").append(esc(names[i])).append(" +")
                    .append(seconds(at[i] - start)).append(" s</text>");
        }
        s.append("</svg>");
        b.append("<div class=\"timeline\">").append(s).append("</div>\n");
    }

    private static void connections(StringBuilder b, Results r) {
        b.append("<h2>Connections</h2>\n");
        List<ConnectionRecord> cs = r.getConnections();
        if (cs.isEmpty()) {
            b.append("<p>No connection was recorded.</p>\n");
            return;
        }
        int shown = Math.min(cs.size(), MAX_CONNECTION_ROWS);
        b.append("<p>").append(shown).append(" of ").append(cs.size()).append(" recorded connections")
                .append(r.getConnectionsNotRecorded() > 0
                        ? " (" + r.getConnectionsNotRecorded() + " more were not recorded)"
                        : "")
                .append("; all recorded ones are in connections.csv.</p>\n");
        b.append("<table id=\"connections\">\n<tr><th>id</th><th>remote</th><th>adapter</th><th>group</th>"
                + "<th>state</th><th>SND.UNA</th><th>SND.NXT</th><th>RCV.NXT</th><th>SND.WND</th><th>RCV.WND</th>"
                + "<th>MSS</th><th>cwnd</th><th>ssthresh</th><th>SRTT</th><th>RTO</th><th>in</th><th>out</th>"
                + "</tr>\n");
        for (int i = 0; i < shown; i++) {
            ConnectionRecord c = cs.get(i);
            b.append("<tr><td>").append(c.getId()).append("</td><td>").append(c.getRemoteAddress()).append(':')
                    .append(c.getRemotePort()).append("</td><td>").append(esc(dash(c.getAdapter()))).append("</td><td>")
                    .append(esc(dash(c.getBufferGroup()))).append("</td><td>").append(esc(c.getTcpState()))
                    .append("</td>");
            for (long n : new long[]{c.getSndUna(), c.getSndNxt(), c.getRcvNxt(), c.getSndWnd(), c.getRcvWnd(),
                    c.getMss(), c.getCwnd(), c.getSsthresh()}) {
                b.append("<td class=\"num\">").append(n).append("</td>");
            }
            b.append("<td class=\"num\">").append(String.format(Locale.ROOT, "%.3f ms", c.getSrttNanos() / 1e6))
                    .append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%.0f ms", c.getRtoNanos() / 1e6))
                    .append("</td><td class=\"num\">")
                    .append(c.getBytesIn()).append("</td><td class=\"num\">").append(c.getBytesOut())
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static String dash(String s) {
        return s == null ? "—" : s;
    }

    private static void row(StringBuilder b, String key, String value) {
        b.append("<tr><th>").append(esc(key)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
    }

    static String seconds(long nanos) {
        return BigDecimal.valueOf(nanos, 9).stripTrailingZeros().toPlainString();
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, "%,.3f", v);
    }

    /** HTML-escapes text for element content and attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String STYLE = """
            body { font-family: 'DejaVu Sans', sans-serif; margin: 24px; color: #222; background: #fff; }
            h1 { font-size: 22px; } h2 { font-size: 18px; border-bottom: 1px solid #ccc; margin-top: 28px; }
            table { border-collapse: collapse; font-size: 13px; }
            th, td { border: 1px solid #ddd; padding: 3px 8px; text-align: left; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            table.kv th { background: #f5f5f5; font-weight: normal; }
            .verdict { display: inline-block; padding: 6px 14px; font-weight: bold; color: #fff; }
            .verdict.ok { background: #2e7d32; } .verdict.failed { background: #c62828; }
            figure.chart { margin: 12px 0; } figure.chart img { border: 1px solid #eee; max-width: 100%; height: auto; }
            footer { margin-top: 32px; font-size: 12px; color: #666; }
            """;
}
