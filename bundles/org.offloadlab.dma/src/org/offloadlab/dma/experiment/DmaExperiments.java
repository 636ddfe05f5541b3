package org.offloadlab.dma.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.offloadlab.dma.ConnectionAttributes;
import org.offloadlab.dma.ConnectionOptions;
import org.offloadlab.dma.Counter;
import org.offloadlab.dma.CpuCostModel;
import org.offloadlab.dma.DmaConfig;
import org.offloadlab.dma.DmaManager;
import org.offloadlab.dma.ExhaustionPolicy;
import org.offloadlab.dma.GroupConfig;
import org.offloadlab.dma.GroupRule;
import org.offloadlab.dma.Histogram;
import org.offloadlab.dma.HostSink;
import org.offloadlab.dma.IpAddress;
import org.offloadlab.dma.PoolSpec;
import org.offloadlab.dma.SendMode;

/**
 * The three DMA experiments of the memory-management issue, headless and deterministic by seed. Each returns an
 * {@link ExperimentTable}; the caller writes the CSV (docs/experiments/dma/ holds committed copies).
 * <ol>
 * <li>{@link #memoryVsConnections}: host memory held against the number of connections, one group per connection versus
 * groups shared by traffic class.</li>
 * <li>{@link #batchingVsInterrupts}: interrupts and the latency batching adds against the DMA batch size, with and
 * without expedited transfer.</li>
 * <li>{@link #zeroCopyCrossover}: host CPU per message for buffered and zero-copy sends against the message size.</li>
 * </ol>
 */
public final class DmaExperiments {

    /** Per-connection receive reserve of the one-group-per-connection policy: 4 × 4 KiB (a 16 KiB posted ring). */
    public static final int PER_CONNECTION_RESERVE = 4;
    /** Posted reserve of each shared group. */
    public static final int SHARED_RESERVE = 256;

    private static final int BUFFER = 4096;
    private static final long MS = 1_000_000;
    private static final long US = 1_000;

    private DmaExperiments() {
    }

    /** Connection counts of the standard memory run. */
    public static final int[] STANDARD_CONNECTIONS = {100, 1000, 10_000, 100_000};
    /** Batch sizes of the standard batching run. */
    public static final int[] STANDARD_BATCH_SIZES = {1, 2, 4, 8, 16, 32, 64, 128};
    /** Message sizes of the standard crossover run. */
    public static final int[] STANDARD_MESSAGE_SIZES = {512, 1024, 2048, 4096, 6144, 8192, 9216, 10_240, 12_288,
            16_384, 32_768, 65_536, 262_144, 1_048_576};

    /**
     * The three experiments with the standard parameters (the committed CSVs in docs/experiments/dma/ are these for
     * seed 1): memory over 20 ms of virtual time, batching over 200 ms, crossover with the default cost model.
     */
    public static List<ExperimentTable> standardRuns(long seed) {
        return List.of(memoryVsConnections(seed, STANDARD_CONNECTIONS, 20 * MS),
                batchingVsInterrupts(seed, STANDARD_BATCH_SIZES, 200 * MS),
                zeroCopyCrossover(seed, STANDARD_MESSAGE_SIZES, CpuCostModel.linuxDefaults()));
    }

    /**
     * Experiment 1. For each connection count, runs {@code durationNanos} of the synthetic mix twice: every connection
     * in its own group (reserve {@value #PER_CONNECTION_RESERVE} buffers, quota 512), and four groups selected by
     * traffic class (reserve {@value #SHARED_RESERVE} each). 4 KiB buffers, batch 16 / 50 µs, the application reads 20
     * µs after delivery. Columns: memory held (mean and peak over 100 µs samples), per connection, bytes refused, fill
     * ratio of finished buffers.
     */
    public static ExperimentTable memoryVsConnections(long seed, int[] connectionCounts, long durationNanos) {
        ExperimentTable t = new ExperimentTable("memory-vs-connections", List.of("connections", "policy", "groups",
                "mean_bytes_held", "peak_bytes_held", "mean_bytes_per_connection", "messages", "refused_bytes",
                "fill_ratio"));
        for (int n : connectionCounts) {
            List<TrafficProfile> profiles = SyntheticTraffic.population(seed, n);
            for (String policy : List.of("per-connection", "by-traffic-class")) {
                boolean perConnection = policy.equals("per-connection");
                int capacity = n * (PER_CONNECTION_RESERVE + 2) + 65_536;
                DmaConfig config = DmaConfig.defaults().toBuilder().maxConnections(n)
                        .pools(List.of(new PoolSpec(BUFFER, capacity)))
                        .defaultGroup(GroupConfig.of("default", 0, perConnection ? 0 : SHARED_RESERVE, capacity,
                                ExhaustionPolicy.SHRINK_WINDOW))
                        .build();
                TrafficRun run = new TrafficRun(profiles, seed + 1, 20 * US);
                DmaManager m = new DmaManager(config, run);
                run.attach(m);
                if (!perConnection) {
                    sharedGroups(m, capacity);
                }
                for (int c = 0; c < n; c++) {
                    TrafficProfile p = profiles.get(c);
                    m.open(c, p.attributes(), new ConnectionOptions(false, p.latencySensitive()), 0);
                    if (perConnection) {
                        int g = m.createGroup(GroupConfig.of("conn-" + c, 0, PER_CONNECTION_RESERVE, 512,
                                ExhaustionPolicy.BORROW_DEFAULT), 0);
                        m.assign(c, g, 0);
                    }
                }
                run.run(0, durationNanos, 100 * US);
                var total = m.snapshot(durationNanos).total();
                t.add(n, policy, m.groupCount(), Math.round(run.meanBytesHeld()), run.peakBytesHeld,
                        Math.round(run.meanBytesHeld() / n), run.messages, run.refusedBytes, total.fillRatio());
            }
        }
        return t;
    }

    /** Four shared groups by traffic class; rules in priority order. Returns the interactive group's id. */
    private static int sharedGroups(DmaManager m, int capacity) {
        int quota = capacity / 2;
        int web = m.createGroup(GroupConfig.of("web", 0, SHARED_RESERVE, quota, ExhaustionPolicy.BORROW_DEFAULT), 0);
        int interactive = m.createGroup(
                GroupConfig.of("interactive", 0, SHARED_RESERVE, quota, ExhaustionPolicy.BORROW_DEFAULT), 0);
        int database = m.createGroup(
                GroupConfig.of("database", 0, SHARED_RESERVE, quota, ExhaustionPolicy.SHRINK_WINDOW), 0);
        int bulk = m.createGroup(GroupConfig.of("bulk", 0, SHARED_RESERVE, quota, ExhaustionPolicy.SHRINK_WINDOW), 0);
        m.setRules(List.of(GroupRule.to(interactive).withTrafficClass(SyntheticTraffic.TC_INTERACTIVE),
                GroupRule.to(database).withLocalPorts(5432, 5432), GroupRule.to(bulk).withTrafficClass(
                        SyntheticTraffic.TC_BULK),
                GroupRule.to(web).withLocalPorts(443, 443)));
        return interactive;
    }

    /**
     * Experiment 2. 2000 connections of the synthetic mix in four traffic-class groups for {@code durationNanos}; for
     * each batch size, with expedited transfer off and on; batches also flush after 1 ms. Columns: interrupts,
     * handovers, bus transactions, batching latency of all entries and of the interactive group (mean and p99 in µs;
     * p99 is a bucket upper edge, ≤ 25 % coarse), expedited transfers.
     */
    public static ExperimentTable batchingVsInterrupts(long seed, int[] batchSizes, long durationNanos) {
        ExperimentTable t = new ExperimentTable("batching-vs-interrupts", List.of("batch_size", "expedited",
                "interrupts", "handovers", "dma_transactions", "mean_batch", "mean_latency_us", "p99_latency_us",
                "interactive_mean_latency_us", "interactive_p99_latency_us", "expedited_transfers"));
        int n = 2000;
        List<TrafficProfile> profiles = SyntheticTraffic.population(seed, n);
        for (int batch : batchSizes) {
            for (boolean expedited : new boolean[]{false, true}) {
                int capacity = 1 << 16;
                DmaConfig config = DmaConfig.defaults().toBuilder().maxConnections(n)
                        .pools(List.of(new PoolSpec(BUFFER, capacity))).batchSize(batch)
                        .maxBatchDelayNanos(MS).expeditedEnabled(expedited)
                        .defaultGroup(GroupConfig.of("default", 0, 64, capacity, ExhaustionPolicy.SHRINK_WINDOW))
                        .build();
                TrafficRun run = new TrafficRun(profiles, seed + 1, 20 * US);
                DmaManager m = new DmaManager(config, run);
                run.attach(m);
                int interactive = sharedGroups(m, capacity);
                for (int c = 0; c < n; c++) {
                    TrafficProfile p = profiles.get(c);
                    m.open(c, p.attributes(), new ConnectionOptions(false, p.latencySensitive()), 0);
                }
                run.run(0, durationNanos, MS);
                var a = m.accounting();
                Histogram all = a.latency();
                Histogram inter = a.latency(interactive);
                t.add(batch, expedited, a.total(Counter.INTERRUPTS), a.total(Counter.HANDOVERS),
                        a.total(Counter.DMA_TRANSACTIONS), a.batchSizes().mean(), all.mean() / US,
                        all.percentile(0.99) / (double) US, inter.mean() / US, inter.percentile(0.99) / (double) US,
                        a.total(Counter.EXPEDITED));
            }
        }
        return t;
    }

    /**
     * Experiment 3. For each message size, 32 sends on one connection in each mode (buffered, zero-copy, and AUTO with
     * the configured threshold), transmitted and acknowledged in seeded partial steps; host CPU per message from
     * {@code cost}. Also the model's analytic crossover size.
     */
    public static ExperimentTable zeroCopyCrossover(long seed, int[] messageSizes, CpuCostModel cost) {
        ExperimentTable t = new ExperimentTable("zerocopy-crossover", List.of("message_bytes", "buffered_ns",
                "zero_copy_ns", "auto_ns", "auto_mode", "cheaper", "model_crossover_bytes"));
        long crossover = cost.crossoverBytes();
        for (int size : messageSizes) {
            double buffered = cpuPerMessage(seed, size, SendMode.BUFFERED, cost);
            double zeroCopy = cpuPerMessage(seed, size, SendMode.ZERO_COPY, cost);
            double auto = cpuPerMessage(seed, size, SendMode.AUTO, cost);
            int threshold = DmaConfig.defaults().zeroCopySendThreshold();
            t.add(size, buffered, zeroCopy, auto, size >= threshold ? "zero-copy" : "buffered",
                    zeroCopy < buffered ? "zero-copy" : "buffered", crossover);
        }
        return t;
    }

    private static double cpuPerMessage(long seed, int size, SendMode mode, CpuCostModel cost) {
        int messages = 32;
        DmaConfig config = DmaConfig.defaults().toBuilder().maxConnections(1).costModel(cost)
                .pools(List.of(new PoolSpec(65_536, 2048)))
                .defaultGroup(GroupConfig.of("default", 0, 0, 2048, ExhaustionPolicy.SHRINK_WINDOW)).build();
        DmaManager m = new DmaManager(config, HostSink.NONE);
        m.open(0, ConnectionAttributes.of(80, IpAddress.ipv4(0x0A000001)),
                ConnectionOptions.DEFAULT, 0);
        SplittableRandom r = new SplittableRandom(seed);
        long now = 0;
        long acked = 0;
        List<Integer> refused = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            int accepted = m.send(0, size, mode, now);
            if (accepted < size) {
                refused.add(size - accepted);
            }
            long queued = m.streamOffsets(0)[3];
            while (acked < queued) {
                now += 10 * US;
                m.transmit(0, 1 + r.nextInt(64 * 1024), now);
                long sent = m.streamOffsets(0)[4];
                acked = acked + (sent - acked) / (1 + r.nextInt(2)); // partial acknowledgements
                if (sent - acked < 1448) {
                    acked = sent;
                }
                m.acknowledge(0, acked, now);
                m.poll(now);
            }
        }
        m.flush(now);
        if (!refused.isEmpty()) {
            throw new IllegalStateException("crossover run for " + size + " B refused data: " + refused);
        }
        return m.accounting().total(Counter.CPU_PICOS) / 1000.0 / messages;
    }
}
