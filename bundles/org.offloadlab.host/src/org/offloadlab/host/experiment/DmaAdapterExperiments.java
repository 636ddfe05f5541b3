package org.offloadlab.host.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.offloadlab.dma.AccountingSnapshot;
import org.offloadlab.dma.Counter;
import org.offloadlab.dma.DmaConfig;
import org.offloadlab.dma.DmaManager;
import org.offloadlab.dma.ExhaustionPolicy;
import org.offloadlab.dma.GroupConfig;
import org.offloadlab.dma.GroupRule;
import org.offloadlab.dma.GroupStats;
import org.offloadlab.dma.PoolSpec;
import org.offloadlab.host.HostCostModel;
import org.offloadlab.host.HostDriver;
import org.offloadlab.nic.DmaDataPath;
import org.offloadlab.nic.InteractionCounters;
import org.offloadlab.nic.InterruptCoalescing;
import org.offloadlab.nic.NicConfig;
import org.offloadlab.nic.OffloadAdapter;
import org.offloadlab.sim.Link;
import org.offloadlab.sim.LinkConfig;
import org.offloadlab.sim.PeerHost;
import org.offloadlab.sim.Scheduled;
import org.offloadlab.sim.Simulator;
import org.offloadlab.sim.app.Distribution;
import org.offloadlab.sim.app.RequestResponse;
import org.offloadlab.sim.app.WorkloadStats;
import org.offloadlab.tcp.TcpConfig;

/**
 * DMA experiments 1 and 2 (DMA.md) through the adapter with real TCP: an emulated peer opens request/response
 * connections to applications on the host's offloaded sockets over a 10 Gbit/s link; the adapter places every received
 * byte through its {@link DmaDataPath}. Unlike {@code org.offloadlab.dma.experiment.DmaExperiments} (synthetic
 * placement calls, no TCP), occupancy here includes what TCP flow control, the engine's receive buffer, delayed ACKs
 * and the host driver's NAPI loop make of the traffic. Deterministic by seed: virtual time only.
 */
public final class DmaAdapterExperiments {

    /** Ports of the four traffic classes; the by-attribute policy gives each its own group. */
    static final int WEB = 80;
    static final int INTERACTIVE = 22;
    static final int DATABASE = 5432;
    static final int BULK = 9000;
    /** 2 KiB buffers: per-connection groups post this many each (an 8 KiB ring, as in the synthetic experiment). */
    public static final int PER_CONNECTION_RESERVE = 4;
    /** Posted buffers of each shared group. */
    public static final int SHARED_RESERVE = 256;
    private static final long US = 1_000L;
    private static final long MS = 1_000_000L;
    private static final long SAMPLE_NANOS = 100 * US;

    private DmaAdapterExperiments() {
    }

    /** One traffic class: its share of the connections and its message sizes (peer → host request first). */
    private record TrafficClass(String name, int port, double share, int requestBytes, int responseBytes) {
    }

    /** 60 % web, 20 % interactive, 15 % database, 5 % bulk upload: the synthetic experiment's assumed mix. */
    private static final List<TrafficClass> MIX = List.of(new TrafficClass("web", WEB, 0.60, 600, 16_384),
            new TrafficClass("interactive", INTERACTIVE, 0.20, 120, 200),
            new TrafficClass("database", DATABASE, 0.15, 4_096, 2_048),
            new TrafficClass("bulk", BULK, 0.05, 131_072, 200));

    /** A row of experiment 1. */
    public record MemoryRow(int connections, String policy, int groups, double meanBytesHeld, long peakBytesHeld,
            double meanBytesPerConnection, long bytesReceived, long refusals, double fillRatio, boolean intact) {
    }

    /** A row of experiment 2. */
    public record BatchRow(int batchSize, boolean expedited, long nicInterrupts, long dmaBatches, long completions,
            double meanBatchLatencyUs, double interactiveBatchLatencyUs, double interactiveRequestMeanUs,
            double interactiveRequestP99Us, long expeditedTransfers, boolean intact) {
    }

    private static final class Run {
        final Simulator sim;
        final OffloadAdapter nic;
        final HostDriver host;
        final List<RequestResponse> workloads = new ArrayList<>();
        final int[] groupOfClass = new int[MIX.size()];
        double heldSum;
        long heldSamples;

        Run(long seed, int connections, DmaConfig dma, InterruptCoalescing coalescing) {
            sim = new Simulator(seed);
            TcpConfig tcp = TcpConfig.linuxDefaults().toBuilder().userTimeoutNanos(3600_000 * MS).build();
            NicConfig config = NicConfig.defaults().toBuilder().tcp(tcp).tableCapacity(connections + 64)
                    .synQueueCapacity(Math.max(1024, connections)).coalescing(coalescing).build();
            Link link = new Link(sim, "link", LinkConfig.builder().delayNanos(20 * US)
                    .bandwidthBitsPerSecond(10_000_000_000L).queuePackets(1_000_000).build());
            nic = new OffloadAdapter(sim, config, 1, dma);
            nic.attachWire(link.aToB());
            PeerHost peer = new PeerHost(sim, "peer", 2, tcp, link.bToA());
            link.attach(nic, peer);
            host = new HostDriver(sim, nic.hostInterface(), 1, HostCostModel.defaults());
            for (TrafficClass c : MIX) {
                int n = Math.max(1, (int) Math.round(connections * c.share()));
                workloads.add(new RequestResponse(sim, c.name(), peer, host, c.port(), n, 4,
                        Distribution.constant(c.requestBytes()), Distribution.constant(c.responseBytes()),
                        Distribution.exponential(2 * MS)));
            }
        }

        void byAttribute(boolean expeditedInteractive) {
            DmaManager m = nic.dmaPath().manager();
            List<GroupRule> rules = new ArrayList<>();
            for (int i = 0; i < MIX.size(); i++) {
                TrafficClass c = MIX.get(i);
                int g = m.createGroup(GroupConfig.of(c.name(), 0, SHARED_RESERVE, 1 << 20,
                        ExhaustionPolicy.BORROW_DEFAULT), 0);
                groupOfClass[i] = g;
                rules.add(GroupRule.to(g).withLocalPorts(c.port(), c.port()));
            }
            m.setRules(rules);
            if (expeditedInteractive) {
                m.setExpedited(groupOfClass[1], true, 0);
            }
        }

        /** Runs until every workload finished (or {@code limit}), sampling bytes held every 100 µs. */
        boolean run(long limit) {
            DmaManager m = nic.dmaPath().manager();
            Scheduled[] sample = new Scheduled[1];
            sample[0] = sim.handle(now -> {
                heldSum += m.bytesHeld();
                heldSamples++;
                if (!finished()) {
                    sim.reschedule(sample[0], now + SAMPLE_NANOS);
                }
            });
            sim.reschedule(sample[0], MS);
            for (RequestResponse w : workloads) {
                w.start(MS);
            }
            long t = MS;
            while (!finished() && t < limit) {
                t += 10 * MS;
                sim.runUntil(t);
            }
            return finished();
        }

        boolean finished() {
            for (RequestResponse w : workloads) {
                if (!w.isFinished()) {
                    return false;
                }
            }
            return true;
        }

        boolean intact() {
            for (RequestResponse w : workloads) {
                WorkloadStats s = w.stats();
                if (!w.isFinished() || !s.allIntact() || s.failed() > 0 || s.bytesSent() != s.bytesReceived()) {
                    return false;
                }
            }
            return true;
        }

        long bytesReceived() {
            long n = 0;
            for (RequestResponse w : workloads) {
                n += w.stats().bytesReceived();
            }
            return n;
        }
    }

    private static DmaConfig config(int connections, boolean perConnection) {
        int buffers = Math.max(16_384, connections * (PER_CONNECTION_RESERVE + 8) + 8 * SHARED_RESERVE);
        return DmaConfig.defaults().toBuilder().maxConnections(connections + 2048).maxChunks(buffers * 2)
                .pools(List.of(new PoolSpec(2048, buffers), new PoolSpec(16_384, 256), new PoolSpec(65_536, 64)))
                .defaultGroup(GroupConfig.of("default", 0, perConnection ? 0 : 16, buffers,
                        ExhaustionPolicy.SHRINK_WINDOW))
                .maxBatchDelayNanos(50 * US).build();
    }

    /** Experiment 1: mean and peak host memory held vs connections, one group per connection vs four groups by port. */
    public static List<MemoryRow> memoryVsConnections(long seed, int[] connectionCounts) {
        List<MemoryRow> rows = new ArrayList<>();
        for (int n : connectionCounts) {
            for (String policy : List.of("per-connection", "by-port")) {
                boolean perConnection = policy.equals("per-connection");
                Run r = new Run(seed, n, config(n, perConnection), new InterruptCoalescing(1, 0));
                if (perConnection) {
                    r.nic.dmaPath().setGroupChooser(DmaDataPath.perConnection(0, PER_CONNECTION_RESERVE, 512,
                            ExhaustionPolicy.BORROW_DEFAULT));
                } else {
                    r.byAttribute(false);
                }
                r.run(60_000 * MS);
                DmaManager m = r.nic.dmaPath().manager();
                GroupStats t = m.snapshot(r.sim.now()).total();
                double mean = r.heldSamples == 0 ? 0 : r.heldSum / r.heldSamples;
                rows.add(new MemoryRow(n, policy, m.groupCount(), mean, r.nic.dmaPath().peakBytesHeld(), mean / n,
                        r.bytesReceived(), t.count(Counter.REFUSALS) + t.count(Counter.DROPS), t.fillRatio(),
                        r.intact()));
            }
        }
        return rows;
    }

    /**
     * Experiment 2: interrupts and latency added by delayed DMA vs batch size (1 ms delay bound), with the interactive
     * group expedited or not; NIC interrupt coalescing off so interrupts follow the DMA batches.
     */
    public static List<BatchRow> batching(long seed, int connections, int[] batchSizes) {
        List<BatchRow> rows = new ArrayList<>();
        for (int b : batchSizes) {
            for (boolean expedited : new boolean[]{false, true}) {
                DmaConfig c = config(connections, false).toBuilder().batchSize(b).maxBatchDelayNanos(MS)
                        .expeditedEnabled(expedited).build();
                Run r = new Run(seed, connections, c, new InterruptCoalescing(1, 0));
                r.byAttribute(true);
                r.run(60_000 * MS);
                DmaManager m = r.nic.dmaPath().manager();
                AccountingSnapshot s = m.snapshot(r.sim.now());
                GroupStats t = s.total();
                GroupStats interactive = s.groups().get(r.groupOfClass[1]);
                InteractionCounters k = r.nic.hostInterface().counters();
                WorkloadStats ws = r.workloads.get(1).stats();
                rows.add(new BatchRow(b, expedited, k.interrupts(), t.count(Counter.INTERRUPTS), k.completions(),
                        t.latency().mean() / 1e3, interactive.latency().mean() / 1e3, ws.latency().mean() / 1e3,
                        ws.latency().percentile(0.99) / 1e3, t.count(Counter.EXPEDITED), r.intact()));
            }
        }
        return rows;
    }

    /**
     * One simulation run for the accounting-overhead benchmark: the experiment-1 traffic mix over {@code connections}
     * connections, four groups by port, delayed DMA (16 / 50 µs), with the manager's accounting on or off. Returns the
     * simulator events fired (identical either way: accounting never changes behaviour); throws if a byte was damaged.
     */
    public static long simulate(long seed, int connections, boolean accounting) {
        DmaConfig c = config(connections, false).toBuilder().accountingEnabled(accounting).build();
        Run r = new Run(seed, connections, c, new InterruptCoalescing(1, 0));
        r.byAttribute(false);
        r.run(60_000 * MS);
        if (!r.intact()) {
            throw new IllegalStateException("damaged or unfinished run at " + connections + " connections");
        }
        return r.sim.eventsFired();
    }

    public static void writeMemoryCsv(List<MemoryRow> rows, Appendable out) throws IOException {
        out.append("connections,policy,groups,mean_bytes_held,peak_bytes_held,mean_bytes_per_connection,"
                + "bytes_received,refusals,fill_ratio,intact\n");
        for (MemoryRow r : rows) {
            out.append(String.format(Locale.ROOT, "%d,%s,%d,%.0f,%d,%.0f,%d,%d,%.3f,%b%n", r.connections(),
                    r.policy(), r.groups(), r.meanBytesHeld(), r.peakBytesHeld(), r.meanBytesPerConnection(),
                    r.bytesReceived(), r.refusals(), r.fillRatio(), r.intact()));
        }
    }

    public static void writeBatchCsv(List<BatchRow> rows, Appendable out) throws IOException {
        out.append("batch_size,expedited,nic_interrupts,dma_batches,completions,mean_batch_latency_us,"
                + "interactive_batch_latency_us,interactive_request_mean_us,interactive_request_p99_us,"
                + "expedited_transfers,intact\n");
        for (BatchRow r : rows) {
            out.append(String.format(Locale.ROOT, "%d,%b,%d,%d,%d,%.3f,%.3f,%.3f,%.3f,%d,%b%n", r.batchSize(),
                    r.expedited(), r.nicInterrupts(), r.dmaBatches(), r.completions(), r.meanBatchLatencyUs(),
                    r.interactiveBatchLatencyUs(), r.interactiveRequestMeanUs(), r.interactiveRequestP99Us(),
                    r.expeditedTransfers(), r.intact()));
        }
    }
}
