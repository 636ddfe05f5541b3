// Draws the charts of the three DMA experiments from their committed CSVs (docs/experiments/dma/*.csv, produced by
// DmaExperiments, see the README there) with the project's own chart factory, as PNG and SVG beside the CSVs.
// Run with the charts bundle and JFreeChart/JFreeSVG on the class path, e.g. after
//   releng/dev/quicktest.sh org.offloadlab.testing org.offloadlab.pcap org.offloadlab.analysis org.offloadlab.charts
//   java -Djava.awt.headless=true -cp /tmp/quicktest.XXXX:<jfreechart, jfreesvg jars> releng/charts/DmaExperimentCharts.java
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.offloadlab.charts.ChartExport;
import org.offloadlab.charts.XyCharts;

public class DmaExperimentCharts {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "docs/experiments/dma");
        List<String[]> memory = rows(dir.resolve("memory-vs-connections.csv"));
        save(XyCharts.lines("Host memory held vs connections (synthetic placement, no TCP)",
                "seed 1, synthetic traffic mix (docs/DMA.md)",
                "connections", "mean bytes held", true, true, by(memory, 1, 0, 3)), dir.resolve("memory-vs-connections"));
        List<String[]> batching = rows(dir.resolve("batching-vs-interrupts.csv"));
        Map<String, double[][]> interrupts = new LinkedHashMap<>();
        Map<String, double[][]> latency = new LinkedHashMap<>();
        by(batching, 1, 0, 2).forEach((k, v) -> interrupts.put("expedited=" + k, v));
        by(batching, 1, 0, 8).forEach((k, v) -> latency.put("interactive, expedited=" + k, v));
        by(batching, 1, 0, 6).forEach((k, v) -> latency.put("all, expedited=" + k, v));
        save(XyCharts.lines("Interrupts vs DMA batch size (synthetic placement, no TCP)", "seed 1, synthetic traffic mix", "batch size (completions)",
                "interrupts", true, true, interrupts), dir.resolve("interrupts-vs-batch"));
        save(XyCharts.lines("Latency added by batching (synthetic placement, no TCP)", "mean, seed 1", "batch size (completions)", "µs", true, false,
                latency), dir.resolve("latency-vs-batch"));
        // through the adapter: real TCP between an emulated peer and host applications (DmaAdapterExperiments)
        List<String[]> am = rows(dir.resolve("adapter-memory-vs-connections.csv"));
        save(XyCharts.lines("Host memory held vs connections, through the adapter",
                "seed 1, request/response over TCP, mean over the run", "connections", "mean bytes held", true, true,
                by(am, 1, 0, 3)), dir.resolve("adapter-memory-vs-connections"));
        List<String[]> ab = rows(dir.resolve("adapter-batching.csv"));
        Map<String, double[][]> nicInterrupts = new LinkedHashMap<>();
        by(ab, 1, 0, 2).forEach((k, v) -> nicInterrupts.put("NIC interrupts, expedited=" + k, v));
        by(ab, 1, 0, 3).forEach((k, v) -> nicInterrupts.put("DMA batches, expedited=" + k, v));
        save(XyCharts.lines("Interrupts vs DMA batch size, through the adapter",
                "seed 1, 400 connections over TCP, NIC coalescing off", "batch size (completions)", "count", true,
                true, nicInterrupts), dir.resolve("adapter-interrupts-vs-batch"));
        Map<String, double[][]> added = new LinkedHashMap<>();
        by(ab, 1, 0, 6).forEach((k, v) -> added.put("interactive, expedited=" + k, v));
        by(ab, 1, 0, 5).forEach((k, v) -> added.put("all, expedited=" + k, v));
        save(XyCharts.lines("Latency added by delayed DMA, through the adapter", "mean wait in the delay queue, seed 1",
                "batch size (completions)", "µs", true, false, added), dir.resolve("adapter-latency-vs-batch"));
        List<String[]> zc = rows(dir.resolve("zerocopy-crossover.csv"));
        Map<String, double[][]> cost = new LinkedHashMap<>();
        cost.put("buffered (copy)", column(zc, 0, 1));
        cost.put("zero-copy (pin + completion)", column(zc, 0, 2));
        save(XyCharts.lines("Host CPU per message: buffered vs zero-copy send", "cost model defaults (docs/DMA.md)",
                "message size (bytes)", "ns per message", true, true, cost), dir.resolve("zerocopy-crossover"));
    }

    private static void save(JFreeChart chart, Path base) throws Exception {
        ChartExport.png(chart, Path.of(base + ".png"), 1000, 600);
        ChartExport.svg(chart, Path.of(base + ".svg"), 1000, 600);
    }

    private static List<String[]> rows(Path csv) throws Exception {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
            out.add(line.split(","));
        }
        return out;
    }

    private static Map<String, double[][]> by(List<String[]> rows, int key, int x, int y) {
        Map<String, List<double[]>> m = new LinkedHashMap<>();
        for (String[] r : rows) {
            m.computeIfAbsent(r[key], k -> new ArrayList<>()).add(new double[] {Double.parseDouble(r[x]),
                    Double.parseDouble(r[y])});
        }
        Map<String, double[][]> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v.toArray(new double[0][])));
        return out;
    }

    private static double[][] column(List<String[]> rows, int x, int y) {
        return rows.stream().map(r -> new double[] {Double.parseDouble(r[x]), Double.parseDouble(r[y])})
                .toArray(double[][]::new);
    }
}
