package org.offloadlab.bench.failover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.offloadlab.charts.ChartExport;
import org.offloadlab.charts.XyCharts;
import org.offloadlab.failover.FailoverExperiment;
import org.offloadlab.failover.FailoverResult;
import org.offloadlab.failover.FailureKind;
import org.offloadlab.failover.FailureSpec;
import org.offloadlab.failover.RecoveryTimeline;
import org.offloadlab.failover.Strategy;
import org.offloadlab.failover.WorkloadSpec;
import org.offloadlab.sim.LinkConfig;

/**
 * The three recovery strategies of issue 6 on the same experiments (docs/experiments/failover/strategies.csv), and the
 * full checkpoint's trade-off between checkpoint period, shadowing cost and convergence
 * (checkpoint-period.csv, convergence-vs-checkpoint-period.png). Virtual-time results: deterministic, not noisy.
 */
public final class StrategyBench {

    private static final long MS = 1_000_000L;

    private StrategyBench() {
    }

    private record Scenario(String name, LinkConfig link, WorkloadSpec workload, long failAt) {
    }

    private static Scenario[] scenarios() {
        LinkConfig clean = LinkConfig.builder().delayNanos(MS).bandwidthBitsPerSecond(1_000_000_000L)
                .queuePackets(1000).build();
        LinkConfig lossy = LinkConfig.builder().delayNanos(MS).bandwidthBitsPerSecond(100_000_000L).queuePackets(100)
                .lossRate(0.01).build();
        return new Scenario[] {new Scenario("bulk-8x3MB-clean-1G", clean, WorkloadSpec.bulk(8, 2_000_000, 1_000_000),
                20 * MS), new Scenario("bulk-2x20MB-out-clean-1G", clean, WorkloadSpec.bulk(2, 1_000, 20_000_000),
                        100 * MS),
                new Scenario("bulk-2x8MB-out-1%loss-100M", lossy, WorkloadSpec.bulk(2, 1_000, 8_000_000), 200 * MS),
                new Scenario("request-response-8", clean, WorkloadSpec.requestResponse(8, 20, 1_000, 20_000, MS),
                        30 * MS)};
    }

    private static FailoverExperiment.Builder builder(Scenario s, long seed) {
        return FailoverExperiment.builder().seed(seed).link(s.link()).workload(s.workload())
                .fail(FailureSpec.atTime(FailureKind.CRASH, s.failAt()));
    }

    private static String ms(long nanos) {
        return nanos < 0 ? "" : String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/experiments/failover");
        Files.createDirectories(out);
        StringBuilder csv = new StringBuilder("scenario,strategy,seed,detection_ms,resumed_ms,blackout_p50_ms,"
                + "blackout_p99_ms,blackout_max_ms,converged_ms,converged,not_converged,bytes_retransmitted,"
                + "completion_ms,shadow_updates,checkpoint_records,shadowing_interactions_per_mb,"
                + "extra_bus_transactions_per_mb,connections_lost,integrity_ok\n");
        for (Scenario s : scenarios()) {
            for (Strategy st : Strategy.values()) {
                for (long seed = 1; seed <= 3; seed++) {
                    FailoverResult r = builder(s, seed).strategy(st).build().run();
                    RecoveryTimeline t = r.failovers().get(0);
                    String line = String.join(",", s.name(), st.name(), Long.toString(seed), ms(t.detectionNanos()),
                            ms(t.resumedAt() < 0 ? -1 : t.resumedAt() - t.failedAt()), ms(t.blackoutP50()),
                            ms(t.blackoutP99()), ms(t.blackoutMax()), ms(t.convergenceNanos()),
                            Integer.toString(t.converged()), Integer.toString(t.notConverged()),
                            Long.toString(t.bytesRetransmitted()), ms(r.endNanos()), Long.toString(r.shadowUpdates()),
                            Long.toString(r.checkpointRecords()),
                            String.format(Locale.ROOT, "%.1f", r.shadowingInteractionsPerMB()),
                            String.format(Locale.ROOT, "%.1f", r.extraInteractionsPerMB()),
                            Long.toString(r.connectionsLost()), Boolean.toString(r.integrity().ok()));
                    System.out.println(line);
                    csv.append(line).append('\n');
                }
            }
        }
        Files.writeString(out.resolve("strategies.csv"), csv.toString());

        // full checkpoint: the period trades shadowing cost against how stale the installed soft state is
        Scenario s = scenarios()[0];
        long[] periods = {1 * MS, 2 * MS, 5 * MS, 10 * MS, 20 * MS, 50 * MS};
        StringBuilder pcsv = new StringBuilder(
                "checkpoint_period_ms,converged_ms,converged,bytes_retransmitted,completion_ms,extra_bus_transactions_per_mb\n");
        double[][] conv = new double[periods.length][];
        double[][] cost = new double[periods.length][];
        for (int i = 0; i < periods.length; i++) {
            FailoverResult r = builder(s, 1).strategy(Strategy.FULL_CHECKPOINT).checkpointPeriodNanos(periods[i])
                    .build().run();
            RecoveryTimeline t = r.failovers().get(0);
            String line = String.format(Locale.ROOT, "%d,%s,%d,%d,%s,%.1f", periods[i] / MS, ms(t.convergenceNanos()),
                    t.converged(), t.bytesRetransmitted(), ms(r.endNanos()), r.extraInteractionsPerMB());
            System.out.println(line);
            pcsv.append(line).append('\n');
            conv[i] = new double[] {periods[i] / 1e6, t.convergenceNanos() < 0 ? Double.NaN : t.convergenceNanos() / 1e6};
            cost[i] = new double[] {periods[i] / 1e6, r.extraInteractionsPerMB()};
        }
        Files.writeString(out.resolve("checkpoint-period.csv"), pcsv.toString());
        Map<String, double[][]> series = new LinkedHashMap<>();
        series.put("soft-state convergence after the failure (ms)", conv);
        series.put("checkpoint bus transactions per MB", cost);
        ChartExport.png(XyCharts.lines("Full checkpoint: period vs convergence and cost",
                s.name() + ", crash at 20 ms, seed 1 (virtual time)", "checkpoint period (ms)", "value", true, true,
                series), out.resolve("convergence-vs-checkpoint-period.png"), 900, 550);
    }
}
