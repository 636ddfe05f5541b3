package org.offloadlab.host.experiment;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.offloadlab.host.HostCostModel;
import org.offloadlab.host.HostCpu;
import org.offloadlab.host.HostDriver;
import org.offloadlab.nic.InteractionCounters;
import org.offloadlab.nic.InterruptCoalescing;
import org.offloadlab.nic.NicConfig;
import org.offloadlab.nic.NotificationPolicy;
import org.offloadlab.nic.OffloadAdapter;
import org.offloadlab.nic.workload.DelayLine;
import org.offloadlab.nic.workload.HandshakeClients;
import org.offloadlab.sim.RandomStream;
import org.offloadlab.sim.Scheduled;
import org.offloadlab.sim.Simulator;
import org.offloadlab.sim.app.AppHandler;

/**
 * The experiment IBM patent WO2006019512 promises: host↔adapter interactions and host CPU time per established
 * connection, piecemeal against bulk notification, as a function of the connection arrival rate. Connections arrive as
 * a Poisson process from engine-less clients 10 µs away; the host application accepts and keeps them.
 */
public final class EstablishmentExperiment {

    /** One notification policy with the interrupt moderation it runs with. */
    public record Variant(String name, NotificationPolicy policy, InterruptCoalescing coalescing) {
    }

    /**
     * The result of one (variant, rate) run, per established connection unless named otherwise; {@code cpuDelay} says
     * whether the host CPU was simulated as delay ({@link HostCostModel#cpuDelay()}) or only charged.
     */
    public record Row(String variant, double ratePerSecond, int connections, double commands, double completions,
            double doorbells, double interrupts, double dmaTransactions, double busBytes, double interactions,
            double hostCpuNanos, double hostCoreShare, double meanSetupMicros, double p99SetupMicros,
            boolean cpuDelay) {
    }

    private static final long US = 1_000L;
    private static final int PORT = 80;

    private EstablishmentExperiment() {
    }

    /** The variants of the published experiment (docs/NIC.md explains each). */
    public static List<Variant> standardVariants() {
        return List.of(
                new Variant("piecemeal", new NotificationPolicy.Piecemeal(), InterruptCoalescing.none()),
                new Variant("piecemeal+irq-coalescing", new NotificationPolicy.Piecemeal(),
                        new InterruptCoalescing(32, 50 * US)),
                new Variant("bulk-count-32", new NotificationPolicy.BulkByCount(32), InterruptCoalescing.none()),
                new Variant("bulk-time-100us", new NotificationPolicy.BulkByTime(100 * US),
                        InterruptCoalescing.none()),
                new Variant("bulk-32-or-100us", new NotificationPolicy.BulkByCountOrTime(32, 100 * US),
                        InterruptCoalescing.none()),
                new Variant("adaptive", new NotificationPolicy.Adaptive(50 * US, 500 * US, 256),
                        InterruptCoalescing.none()));
    }

    /** Runs every variant at every rate with {@code connections} arrivals each. */
    public static List<Row> run(List<Variant> variants, double[] rates, int connections, long seed,
            HostCostModel cost) {
        List<Row> rows = new ArrayList<>();
        for (Variant v : variants) {
            for (double rate : rates) {
                rows.add(runOne(v, rate, connections, seed, cost));
            }
        }
        return rows;
    }

    /** One run: {@code connections} Poisson arrivals at {@code rate} per second. */
    public static Row runOne(Variant v, double rate, int connections, long seed, HostCostModel cost) {
        if (!(rate > 0) || connections <= 0) {
            throw new IllegalArgumentException("rate and connections must be positive: " + rate + ", " + connections);
        }
        Simulator sim = new Simulator(seed);
        NicConfig config = NicConfig.defaults().toBuilder().notification(v.policy()).coalescing(v.coalescing())
                .tableCapacity(connections + 16).synQueueCapacity(Math.max(1024, connections)).build();
        OffloadAdapter nic = new OffloadAdapter(sim, config, 1);
        int hosts = Math.max(1, connections / 30_000 + 1);
        HandshakeClients clients = new HandshakeClients(sim, 1000, hosts, 1, PORT, connections);
        clients.connectTo(DelayLine.to(sim, 10 * US, nic));
        nic.attachWire(DelayLine.to(sim, 10 * US, clients));
        HostDriver host = new HostDriver(sim, nic.hostInterface(), 1, cost);
        host.listen(PORT, connections, new AppHandler() {
        }, 0);
        long start = 1_000_000L; // after LISTEN has completed
        sim.runUntil(start);
        InteractionCounters.Totals before = nic.hostInterface().counters().totals();
        double cpuBefore = host.cpu().totalNanos();
        RandomStream arrivals = sim.random("arrivals");
        double meanGap = 1e9 / rate;
        Scheduled[] next = new Scheduled[1];
        next[0] = sim.handle(now -> {
            clients.open(now);
            if (clients.opened() < connections) {
                sim.reschedule(next[0], now + Math.max(1, Math.round(arrivals.exponential(meanGap))));
            }
        });
        sim.reschedule(next[0], start);
        sim.runUntil(Long.MAX_VALUE / 4);
        // a pure count policy leaves a remainder waiting for more arrivals: that waiting is its cost, not counted
        InteractionCounters.Totals d = nic.hostInterface().counters().totals().minus(before);
        HostCpu cpu = host.cpu();
        int n = (int) host.acceptedConnections();
        if (n == 0) {
            throw new IllegalStateException("no connection was established in " + v.name() + " at " + rate + "/s");
        }
        double cpuPer = (cpu.totalNanos() - cpuBefore) / n;
        return new Row(v.name(), rate, n, (double) d.commands() / n, (double) d.completions() / n,
                (double) d.doorbells() / n, (double) d.interrupts() / n, (double) d.dmaTransactions() / n,
                (double) d.busBytes() / n, (double) d.interactions() / n, cpuPer, cpuPer * rate / 1e9,
                host.setupLatency().mean() / 1e3, host.setupLatency().percentile(0.99) / 1e3, cost.cpuDelay());
    }

    /** The rows as CSV with a header line. */
    public static void writeCsv(List<Row> rows, Writer out) throws IOException {
        out.write("variant,rate_per_s,connections,commands,completions,doorbells,interrupts,dma_transactions,"
                + "bus_bytes,interactions,host_cpu_ns,host_core_share,setup_mean_us,setup_p99_us,host_cpu_model\n");
        for (Row r : rows) {
            out.write(String.format(Locale.ROOT,
                    "%s,%.0f,%d,%.4f,%.4f,%.4f,%.4f,%.4f,%.1f,%.4f,%.1f,%.5f,%.2f,%.2f,%s%n",
                    r.variant(), r.ratePerSecond(), r.connections(), r.commands(), r.completions(), r.doorbells(),
                    r.interrupts(), r.dmaTransactions(), r.busBytes(), r.interactions(), r.hostCpuNanos(),
                    r.hostCoreShare(), r.meanSetupMicros(), r.p99SetupMicros(), r.cpuDelay() ? "delay" : "charged"));
        }
    }
}
