package org.offloadlab.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.offloadlab.experiment.Sweep;
import org.offloadlab.model.Metric;

/**
 * Comparison charts of a sweep: one chart per key metric against the first parameter, one line per combination of the
 * other parameters. Values that are not all numbers (e.g. notification policies) are placed at 0, 1, 2, … in their
 * given order and named in the subtitle.
 */
public final class SweepCharts {

    /** The metrics charted, when the runs have them. */
    public static final List<String> METRICS = List.of("host_adapter_interactions_per_connection",
            "host_adapter_interactions", "interrupts", "dma_transactions", "host_memory_bytes_peak", "bytes_delivered",
            "host_cpu_ns");

    private SweepCharts() {
    }

    /** The charts of {@code outcome}, named {@code sweep-METRIC}. */
    public static List<RunCharts.Chart> of(Sweep.Outcome outcome) {
        List<Sweep.Param> params = outcome.params();
        Sweep.Param x = params.get(0);
        boolean numeric = x.values().stream().allMatch(SweepCharts::isNumber);
        String subtitle = outcome.rows().get(0).result().results().getExperiment() + ": " + outcome.rows().size()
                + " runs" + (numeric ? "" : "; " + x.name() + " " + positions(x.values()));
        List<RunCharts.Chart> charts = new ArrayList<>();
        for (String metric : METRICS) {
            Map<String, List<double[]>> lines = new LinkedHashMap<>();
            boolean any = false;
            for (Sweep.Row row : outcome.rows()) {
                Double y = metric(row, metric);
                if (y == null) {
                    continue;
                }
                any = true;
                String xv = row.values().get(0);
                double xd = numeric ? Double.parseDouble(xv) : x.values().indexOf(xv);
                lines.computeIfAbsent(rest(params, row), k -> new ArrayList<>()).add(new double[]{xd, y});
            }
            if (!any) {
                continue;
            }
            Map<String, double[][]> series = new LinkedHashMap<>();
            lines.forEach((k, v) -> series.put(k, v.toArray(new double[0][])));
            String title = metric.replace('_', ' ') + " by " + x.name();
            charts.add(new RunCharts.Chart("sweep-" + metric, title, org.offloadlab.charts.XyCharts.lines(title,
                    subtitle, numeric ? x.name() : x.name() + " (see subtitle)", metric, false, false, series)));
        }
        return charts;
    }

    /** Writes sweep-METRIC.png and .svg into {@code dir}; returns the files written. */
    public static List<Path> write(Sweep.Outcome outcome, Path dir) throws IOException {
        return RunCharts.write(of(outcome), dir);
    }

    private static String rest(List<Sweep.Param> params, Sweep.Row row) {
        if (params.size() == 1) {
            return params.get(0).name();
        }
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < params.size(); i++) {
            b.append(i == 1 ? "" : ", ").append(params.get(i).name()).append('=').append(row.values().get(i));
        }
        return b.toString();
    }

    private static Double metric(Sweep.Row row, String name) {
        for (Metric m : row.result().results().getMetrics()) {
            if (m.getName().equals(name)) {
                return m.getValue();
            }
        }
        return null;
    }

    private static String positions(List<String> values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(i).append('=').append(values.get(i));
        }
        return b.toString();
    }

    static boolean isNumber(String s) {
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
