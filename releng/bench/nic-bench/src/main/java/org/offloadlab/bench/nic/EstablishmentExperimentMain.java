package org.offloadlab.bench.nic;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.offloadlab.charts.ChartExport;
import org.offloadlab.charts.XyCharts;
import org.offloadlab.host.HostCostModel;
import org.offloadlab.host.experiment.EstablishmentExperiment;
import org.offloadlab.host.experiment.EstablishmentExperiment.Row;

/**
 * Regenerates docs/experiments/establishment/: {@code java -cp nic-bench.jar
 * org.offloadlab.bench.nic.EstablishmentExperimentMain OUT_DIR [CONNECTIONS] [SEED]} writes establishment.csv and
 * three charts (host CPU, interactions and setup latency per connection against the arrival rate).
 */
public final class EstablishmentExperimentMain {

    private static final double[] RATES = { 1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000 };

    private EstablishmentExperimentMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: EstablishmentExperimentMain OUT_DIR [CONNECTIONS=20000] [SEED=1]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        List<Row> rows = EstablishmentExperiment.run(EstablishmentExperiment.standardVariants(), RATES, connections,
                seed, HostCostModel.defaults());
        double wall = (System.nanoTime() - t0) / 1e9;
        try (Writer w = Files.newBufferedWriter(out.resolve("establishment.csv"), StandardCharsets.UTF_8)) {
            EstablishmentExperiment.writeCsv(rows, w);
        }
        String sub = connections + " Poisson arrivals per point, seed " + seed
                + ", PCIe 3.0 x8, host cost model defaults (docs/NIC.md)";
        chart(rows, out.resolve("host-cpu-per-connection.png"), "Host CPU per established connection", sub,
                "host CPU ns / connection", Row::hostCpuNanos, true);
        chart(rows, out.resolve("interactions-per-connection.png"), "Host↔adapter interactions per connection", sub,
                "commands+completions+doorbells+interrupts+DMA / connection", Row::interactions, true);
        chart(rows, out.resolve("setup-latency-p99.png"), "Setup latency (SYN at adapter → host notified), p99", sub,
                "p99 µs", Row::p99SetupMicros, true);
        System.out.printf("%d runs, %d connections each, %.1f s wall%n", rows.size(), connections, wall);
        for (Row r : rows) {
            System.out.printf("%-26s %9.0f/s  cpu %7.1f ns  irq %.3f  compl %.3f  inter %.2f  p99 %8.1f µs%n",
                    r.variant(), r.ratePerSecond(), r.hostCpuNanos(), r.interrupts(), r.completions(),
                    r.interactions(), r.p99SetupMicros());
        }
    }

    private static void chart(List<Row> rows, Path file, String title, String sub, String yLabel,
            ToDoubleFunction<Row> y, boolean logY) throws IOException {
        Map<String, double[][]> series = new LinkedHashMap<>();
        for (Row r : rows) {
            series.merge(r.variant(), new double[][] { { r.ratePerSecond(), y.applyAsDouble(r) } }, (a, b) -> {
                double[][] c = new double[a.length + b.length][];
                System.arraycopy(a, 0, c, 0, a.length);
                System.arraycopy(b, 0, c, a.length, b.length);
                return c;
            });
        }
        ChartExport.png(XyCharts.lines(title, sub, "connection arrival rate (1/s)", yLabel, true, logY, series),
                file, 1000, 620);
    }
}
