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
 * org.offloadlab.bench.nic.EstablishmentExperimentMain OUT_DIR [CONNECTIONS] [SEED]} writes establishment.csv (every
 * variant and rate twice: host CPU only charged, and simulated as delay) and charts against the arrival rate: host
 * CPU, interactions and p99 setup latency per connection with the charged model, and with the CPU as delay the p99
 * and mean setup latency, the host CPU and the interrupts per connection.
 */
public final class EstablishmentExperimentMain {

    /** 1 k/s to 1 M/s as the issue asks, then 2 and 3 M/s, where one core can no longer keep up with the records. */
    private static final double[] RATES = { 1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000, 2_000_000,
            3_000_000 };

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
        List<Row> delayed = EstablishmentExperiment.run(EstablishmentExperiment.standardVariants(), RATES,
                connections, seed, HostCostModel.defaults().withCpuDelay(true));
        double wall = (System.nanoTime() - t0) / 1e9;
        try (Writer w = Files.newBufferedWriter(out.resolve("establishment.csv"), StandardCharsets.UTF_8)) {
            List<Row> all = new java.util.ArrayList<>(rows);
            all.addAll(delayed);
            EstablishmentExperiment.writeCsv(all, w);
        }
        String sub = connections + " Poisson arrivals per point, seed " + seed
                + ", PCIe 3.0 x8, host cost model defaults (docs/NIC.md)";
        chart(rows, out.resolve("host-cpu-per-connection.png"), "Host CPU per established connection", sub,
                "host CPU ns / connection", Row::hostCpuNanos, true);
        chart(rows, out.resolve("interactions-per-connection.png"), "Host↔adapter interactions per connection", sub,
                "commands+completions+doorbells+interrupts+DMA / connection", Row::interactions, true);
        chart(rows, out.resolve("setup-latency-p99.png"), "Setup latency (SYN at adapter → host notified), p99", sub,
                "p99 µs", Row::p99SetupMicros, true);
        String subDelay = connections + " Poisson arrivals per point, seed " + seed
                + ", host CPU simulated as delay (one completion-handling core), cost defaults (docs/NIC.md)";
        chart(delayed, out.resolve("setup-latency-p99-cpu-delay.png"),
                "Setup latency p99, host CPU as delay", subDelay, "p99 µs", Row::p99SetupMicros, true);
        chart(delayed, out.resolve("setup-latency-mean-cpu-delay.png"),
                "Setup latency mean, host CPU as delay", subDelay, "mean µs", Row::meanSetupMicros, true);
        chart(delayed, out.resolve("host-cpu-per-connection-cpu-delay.png"),
                "Host CPU per established connection, host CPU as delay", subDelay, "host CPU ns / connection",
                Row::hostCpuNanos, true);
        chart(delayed, out.resolve("interrupts-per-connection-cpu-delay.png"),
                "Interrupts per connection, host CPU as delay", subDelay, "interrupts / connection",
                Row::interrupts, true);
        System.out.printf("%d runs, %d connections each, %.1f s wall%n", rows.size() + delayed.size(), connections,
                wall);
        List<Row> all = new java.util.ArrayList<>(rows);
        all.addAll(delayed);
        for (Row r : all) {
            System.out.printf(
                    "%-7s %-26s %9.0f/s  cpu %7.1f ns  irq %.3f  compl %.3f  inter %.2f  mean %8.1f µs  p99 %8.1f µs%n",
                    r.cpuDelay() ? "delay" : "charged", r.variant(), r.ratePerSecond(), r.hostCpuNanos(),
                    r.interrupts(), r.completions(), r.interactions(), r.meanSetupMicros(), r.p99SetupMicros());
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
