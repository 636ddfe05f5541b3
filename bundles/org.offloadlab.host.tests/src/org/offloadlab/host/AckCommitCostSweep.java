package org.offloadlab.host;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.offloadlab.dma.DmaConfig;
import org.offloadlab.nic.NicConfig;
import org.offloadlab.sim.LinkConfig;
import org.offloadlab.sim.app.BulkTransfer;
import org.offloadlab.sim.app.Distribution;
import org.offloadlab.sim.app.RequestResponse;
import org.offloadlab.sim.app.Workload;
import org.offloadlab.sim.app.WorkloadStats;

/**
 * What acknowledging only announced data costs (measurement aid for docs/PERFORMANCE.md): bulk goodput (4 × 20 MB peer
 * → host) and request/response latency over a 10 Gbit/s, 100 µs link, plain placement and delayed DMA (batch 16, 50 µs
 * / 300 µs), with {@code OffloadAdapter.acknowledgeOnlyAnnounced} off and on, mean over seeds 1..n; virtual time, plus
 * the CPU time the simulations took (on and off alternated).
 */
final class AckCommitCostSweep {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;

    private record Run(double goodputGbps, double latencyMeanUs, double latencyP99Us, long adapterSegments,
            long cpuNanos, boolean intact) {
    }

    private static Run run(long seed, DmaConfig dma, boolean ack, boolean bulk, double loss) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        LinkConfig link = LinkConfig.builder().delayNanos(MS / 10).bandwidthBitsPerSecond(10_000_000_000L)
                .queuePackets(2000).lossRate(loss).build();
        Topology t = new Topology(seed, link, NicConfig.defaults(), dma);
        t.nic.acknowledgeOnlyAnnounced(ack);
        Workload w = bulk
                ? new BulkTransfer(t.sim, "bulk", t.peer, t.host, 5001, 20_000_000, 0, 4)
                : new RequestResponse(t.sim, "rr", t.peer, t.host, 80, 50, 40, Distribution.uniform(100, 2000),
                        Distribution.uniform(100, 4000), Distribution.exponential(MS));
        w.start(0);
        t.sim.runUntil(600 * S);
        WorkloadStats s = w.stats();
        return new Run(s.goodputBitsPerSecond() / 1e9, s.latency().mean() / 1e3, s.latency().percentile(0.99) / 1e3,
                t.nic.stats().txPackets(), cpu.getCurrentThreadCpuTime() - start, w.isFinished() && s.allIntact());
    }

    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        DmaConfig d50 = DmaConfig.defaults().toBuilder().maxConnections(256).batchSize(16).maxBatchDelayNanos(50_000)
                .build();
        DmaConfig d300 = DmaConfig.defaults().toBuilder().maxConnections(256).batchSize(16)
                .maxBatchDelayNanos(300_000).build();
        String[] names = {"plain", "dma 16/50us", "dma 16/300us"};
        DmaConfig[] dmas = {null, d50, d300};
        System.out.println("workload,loss,placement,ack_only_announced,goodput_gbps,latency_mean_us,latency_p99_us,"
                + "adapter_segments,cpu_ms,intact");
        for (boolean bulk : new boolean[]{true, false}) {
            for (double loss : new double[]{0, 0.001}) {
                for (int p = 0; p < dmas.length; p++) {
                    double[][] sum = new double[2][5];
                    boolean intact = true;
                    for (long seed = 1; seed <= seeds; seed++) {
                        for (int a = 0; a < 2; a++) { // off, on alternated so machine load hits both alike
                            Run r = run(seed, dmas[p], a == 1, bulk, loss);
                            sum[a][0] += r.goodputGbps();
                            sum[a][1] += r.latencyMeanUs();
                            sum[a][2] += r.latencyP99Us();
                            sum[a][3] += r.adapterSegments();
                            sum[a][4] += r.cpuNanos() / 1e6;
                            intact &= r.intact();
                        }
                    }
                    for (int a = 0; a < 2; a++) {
                        System.out.printf("%s,%.3f,%s,%s,%.3f,%.1f,%.1f,%.0f,%.1f,%s%n", bulk ? "bulk" : "rr", loss,
                                names[p], a == 1, sum[a][0] / seeds, sum[a][1] / seeds, sum[a][2] / seeds,
                                sum[a][3] / seeds, sum[a][4] / seeds, intact);
                    }
                }
            }
        }
    }
}
