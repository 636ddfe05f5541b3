package org.offloadlab.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.offloadlab.charts.ChartExport;
import org.offloadlab.charts.XyCharts;
import org.offloadlab.model.DoubleArray;
import org.offloadlab.model.LongArray;
import org.offloadlab.model.Results;
import org.offloadlab.model.Series;

/** The charts of one run, drawn from the series in its results (docs/RESULTS.md). */
public final class RunCharts {

    /** Pixel size of the PNGs and user units of the SVGs. */
    public static final int WIDTH = 1000;
    /** Height, see {@link #WIDTH}. */
    public static final int HEIGHT = 480;

    /**
     * One chart of a run.
     *
     * @param name
     *            file name without extension, e.g. {@code interactions}
     * @param title
     *            what it shows, for people
     * @param chart
     *            the chart
     */
    public record Chart(String name, String title, JFreeChart chart) {
    }

    private RunCharts() {
    }

    /**
     * The charts of {@code results}: host↔adapter interactions by kind, host memory, open connections and buffer-group
     * occupancy, each only if the results have its series.
     */
    public static List<Chart> of(Results results) {
        List<Chart> charts = new ArrayList<>();
        String subtitle = results.getExperiment() + ", seed " + seed(results);
        add(charts, results, "interactions", "Host↔adapter interactions by kind", subtitle, "per second");
        add(charts, results, "memory", "Host memory held for offloaded connections", subtitle, "bytes");
        add(charts, results, "connections", "Open connections on the host", subtitle, "connections");
        add(charts, results, "buffer-group", "DMA buffer-group occupancy", subtitle, "bytes (held; in use)");
        return charts;
    }

    private static long seed(Results r) {
        return r.getProvenance() == null ? 0 : r.getProvenance().getSeed();
    }

    private static void add(List<Chart> charts, Results results, String kind, String title, String subtitle,
            String yLabel) {
        Map<String, double[][]> lines = new LinkedHashMap<>();
        for (Series s : results.getSeries()) {
            if (kind.equals(s.getKind())) {
                lines.put(s.getName(), points(s));
            }
        }
        if (!lines.isEmpty()) {
            String name = kind.equals("buffer-group") ? "buffer-groups" : kind;
            charts.add(new Chart(name, title,
                    XyCharts.lines(title, subtitle, "virtual time (s)", yLabel, false, false, lines)));
        }
    }

    /** The series as {x seconds, y} pairs. */
    static double[][] points(Series s) {
        LongArray t = s.getTimesNanos();
        DoubleArray v = s.getValues();
        int n = t == null || v == null ? 0 : Math.min(t.length(), v.length());
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            p[i] = new double[]{t.get(i) / 1e9, v.get(i)};
        }
        return p;
    }

    /** Writes NAME.png and NAME.svg for every chart into {@code dir}; returns the files written. */
    public static List<Path> write(List<Chart> charts, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Chart c : charts) {
            Path png = dir.resolve(c.name() + ".png");
            Path svg = dir.resolve(c.name() + ".svg");
            ChartExport.png(c.chart(), png, WIDTH, HEIGHT);
            ChartExport.svg(c.chart(), svg, WIDTH, HEIGHT);
            files.add(png);
            files.add(svg);
        }
        return files;
    }
}
