package org.offloadlab.ui.internal.detail;

import java.util.function.Function;

import org.jfree.chart.JFreeChart;
import org.offloadlab.analysis.ConnectionSeries;
import org.offloadlab.charts.TcpCharts;

/** The charts of the Connection Detail view, one tab each. */
public enum ChartKind {
    TIME_SEQUENCE("Time-Sequence", "time-sequence", TcpCharts::timeSequence), THROUGHPUT("Throughput", "throughput",
            s -> TcpCharts.throughput(s, ThroughputBins.of(s.connection()))), RTT("RTT", "rtt",
                    TcpCharts::rtt), WINDOW("Window", "window", TcpCharts::window);

    private final String label;
    private final String fileSlug;
    private final Function<ConnectionSeries, JFreeChart> factory;

    ChartKind(String label, String fileSlug, Function<ConnectionSeries, JFreeChart> factory) {
        this.label = label;
        this.fileSlug = fileSlug;
        this.factory = factory;
    }

    public String label() {
        return label;
    }

    /** Part of an export's default file name. */
    String fileSlug() {
        return fileSlug;
    }

    /** Builds the chart; pure and headless-safe, so it runs in the job that computed the series. */
    JFreeChart build(ConnectionSeries series) {
        return factory.apply(series);
    }
}
