package org.offloadlab.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.analysis.CaptureAnalyzer;
import org.offloadlab.analysis.ConnectionSeries;
import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.charts.ChartExport;
import org.offloadlab.charts.TcpCharts;
import org.offloadlab.pcap.Endpoint;

/**
 * The charts {@code analyze --out} writes: for the {@value #MAX_CHARTED} largest connections by bytes (each chart
 * re-reads part of the capture, so charting thousands of connections would take longer than the analysis), the
 * time-sequence graph (PNG and SVG), throughput, RTT and window of the direction that sent more payload.
 */
final class ConnectionCharts {

    static final int MAX_CHARTED = 20;
    static final int WIDTH = 1200;
    static final int HEIGHT = 750;
    /** Throughput bins: about this many over the data's time span, but no narrower than {@link #MIN_BIN_NANOS}. */
    private static final int TARGET_BINS = 100;
    private static final long MIN_BIN_NANOS = 100_000;

    private final CaptureAnalyzer analyzer;
    private final Path capture;
    private final Path dir;
    private final ConsoleProgress progress;
    private final PrintStream err;
    private final String program;

    ConnectionCharts(CaptureAnalyzer analyzer, Path capture, Path dir, ConsoleProgress progress, PrintStream err,
            String program) {
        this.analyzer = analyzer;
        this.capture = capture;
        this.dir = dir;
        this.progress = progress;
        this.err = err;
        this.program = program;
    }

    /** The connections to chart: largest by bytes first, ties by index. */
    static List<ConnectionSummary> largest(List<ConnectionSummary> connections, int limit) {
        return connections.stream()
                .sorted(Comparator.comparingLong(ConnectionSummary::bytes).reversed()
                        .thenComparingInt(ConnectionSummary::index))
                .limit(limit).toList();
    }

    void write(AnalysisResult result) throws IOException {
        List<ConnectionSummary> chosen = largest(result.connections(), MAX_CHARTED);
        int total = result.connections().size();
        if (chosen.isEmpty()) {
            return;
        }
        err.printf("%s analyze: charts for %s to %s (conn-<index>-*.png)%n", program,
                total > chosen.size()
                        ? "the " + chosen.size() + " largest of " + total + " connections by bytes"
                        : total == 1 ? "the connection" : "all " + total + " connections",
                dir);
        for (ConnectionSummary c : chosen) {
            if (progress.isCancelled()) {
                return;
            }
            Endpoint sender = c.aToB().payloadBytes() >= c.bToA().payloadBytes() ? c.a() : c.b();
            ConnectionSeries series;
            try {
                series = analyzer.series(capture, c, sender, progress);
            } catch (IOException e) {
                // One connection's charts are not worth losing the others for (e.g. damage inside its span).
                progress.clear();
                err.printf("%s analyze: no charts for connection %d: %s%n", program, c.index(), e.getMessage());
                continue;
            }
            String base = "conn-" + c.index();
            JFreeChart timeSequence = TcpCharts.timeSequence(series);
            ChartExport.png(timeSequence, dir.resolve(base + "-timeseq.png"), WIDTH, HEIGHT);
            ChartExport.svg(timeSequence, dir.resolve(base + "-timeseq.svg"), WIDTH, HEIGHT);
            ChartExport.png(TcpCharts.throughput(series, bin(series)), dir.resolve(base + "-throughput.png"), WIDTH,
                    HEIGHT);
            ChartExport.png(TcpCharts.rtt(series), dir.resolve(base + "-rtt.png"), WIDTH, HEIGHT);
            ChartExport.png(TcpCharts.window(series), dir.resolve(base + "-window.png"), WIDTH, HEIGHT);
        }
    }

    /** A 1-2-5 bin width giving about {@link #TARGET_BINS} bins over the span of the data segments. */
    static long bin(ConnectionSeries series) {
        long[] times = series.segmentTimes();
        long span = times.length == 0 ? 0 : times[times.length - 1];
        return niceBin(span / TARGET_BINS);
    }

    static long niceBin(long raw) {
        long bin = MIN_BIN_NANOS;
        while (bin < raw) {
            long decade = bin;
            if (decade * 2 >= raw) {
                return decade * 2;
            }
            if (decade * 5 >= raw) {
                return decade * 5;
            }
            bin = decade * 10;
        }
        return bin;
    }
}
