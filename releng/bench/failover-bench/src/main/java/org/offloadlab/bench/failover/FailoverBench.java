package org.offloadlab.bench.failover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.offloadlab.charts.ChartExport;
import org.offloadlab.charts.XyCharts;
import org.offloadlab.host.HostCostModel;
import org.offloadlab.host.HostDriver;
import org.offloadlab.nic.BusModel;
import org.offloadlab.nic.NicConfig;
import org.offloadlab.nic.NotificationPolicy;
import org.offloadlab.nic.OffloadAdapter;
import org.offloadlab.nic.workload.DelayLine;
import org.offloadlab.nic.workload.HandshakeClients;
import org.offloadlab.sim.PacketReceiver;
import org.offloadlab.sim.Scheduled;
import org.offloadlab.sim.Simulator;
import org.offloadlab.sim.app.AppConnection;
import org.offloadlab.sim.app.AppHandler;

/**
 * Hard-state recovery at scale (EP1609063 steps 1–4): N idle connections established through the primary adapter
 * (engine-less clients 10 µs away, adaptive bulk notification), the primary crashes, detection after the heartbeat
 * rule (3 missed 1 ms heartbeats), reception blocked, {@code HostDriver.restoreOnto} posts one RESTORE per connection
 * to the substitute (standby adapter over PCIe, or the host stack with a free interface), reception resumes when every
 * RESTORE is confirmed. Measures the wall time of the recovery (restoreOnto + simulating until resumed) and the virtual
 * blackout (failure → resumed). Writes {@code failover-scaling.csv} and {@code blackout-vs-connections.png} to OUT_DIR.
 * <p>
 * {@code java -Xmx8g -XX:+UseParallelGC -cp failover-bench.jar org.offloadlab.bench.failover.FailoverBench OUT_DIR
 * [N...]}
 */
public final class FailoverBench {

    private static final long MS = 1_000_000L;
    /** Heartbeat period 1 ms, 3 misses: the best case (crash just before a heartbeat); up to 4 ms otherwise. */
    private static final long DETECTION = 3 * MS;

    private FailoverBench() {
    }

    record Point(int n, String substitute, double detectionS, double restoreS, double blackoutS, double wallS,
            long commands, long busBytes) {
    }

    static Point run(int n, boolean hostStack) {
        return run(n, hostStack, false);
    }

    /**
     * @param checkpoint
     *            the host also holds a soft-state checkpoint of every connection (full-checkpoint strategy): each
     *            RESTORE carries it and the substitute installs it
     */
    static Point run(int n, boolean hostStack, boolean checkpoint) {
        Simulator sim = new Simulator(1);
        HandshakeClients clients = new HandshakeClients(sim, 1000, n / 50_000 + 1, 1, 80, n);
        NicConfig config = NicConfig.defaults().toBuilder().tableCapacity(n)
                .notification(new NotificationPolicy.Adaptive(50_000, 500_000, 256)).synQueueCapacity(65536).build();
        OffloadAdapter primary = new OffloadAdapter(sim, config, 1);
        PacketReceiver[] port = {primary};
        clients.connectTo(DelayLine.to(sim, 10_000, (p, t) -> port[0].receive(p, t)));
        PacketReceiver toClients = DelayLine.to(sim, 10_000, clients);
        primary.attachWire(toClients);
        HostDriver host = new HostDriver(sim, primary.hostInterface(), 1, HostCostModel.defaults());
        AppConnection[] keep = new AppConnection[n];
        int[] accepted = new int[1];
        host.listen(80, 65536, new AppHandler() {
            @Override
            public void accepted(AppConnection c, long now) {
                keep[accepted[0]++] = c;
            }
        }, 0);
        Scheduled[] next = new Scheduled[1];
        next[0] = sim.handle(now -> {
            clients.open(now);
            if (clients.opened() < n) {
                sim.reschedule(next[0], now + 1_000); // 1 M connections/s
            }
        });
        sim.reschedule(next[0], MS);
        sim.runUntil(MS + n * 1_000L + 50 * MS);
        if (accepted[0] != n) {
            throw new IllegalStateException("only " + accepted[0] + " of " + n + " connections accepted");
        }
        long failedAt = sim.now();
        if (checkpoint) {
            for (int id : host.connectionIds()) {
                host.checkpoint(id, primary.connection(id).softState(), failedAt);
            }
        }
        primary.crash(failedAt);
        long detectedAt = failedAt + DETECTION;
        sim.runUntil(detectedAt);
        long[] dropped = new long[1];
        port[0] = (p, t) -> dropped[0]++; // step 1: block reception
        NicConfig subConfig = hostStack ? config.toBuilder().bus(new BusModel(0, Long.MAX_VALUE / 4, 0)).build() : config;
        OffloadAdapter sub = new OffloadAdapter(sim, subConfig, 1);
        sub.attachWire(toClients);
        long t0 = System.nanoTime();
        host.restoreOnto(sub.hostInterface(), config.tcp(), detectedAt); // steps 2-3
        long now = detectedAt;
        while (host.pendingRestores() > 0) {
            now += 10_000;
            sim.runUntil(now);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        port[0] = sub; // step 4: resume
        if (sub.connectionCount() != n || keep[n - 1] == null) {
            throw new IllegalStateException("restored " + sub.connectionCount() + " of " + n);
        }
        return new Point(n, (hostStack ? "host-stack" : "standby") + (checkpoint ? "+checkpoint" : ""), DETECTION / 1e9, (now - detectedAt) / 1e9,
                (now - failedAt) / 1e9, wall, sub.hostInterface().counters().commands(),
                sub.hostInterface().counters().busBytes());
    }

    /** Hard state alone vs hard state + soft-state checkpoint onto a standby: restore-checkpoint.csv. */
    private static void checkpointComparison(Path out, String[] args) throws IOException {
        StringBuilder csv = new StringBuilder(
                "connections,substitute,restore_s,blackout_s,restore_wall_s,restore_commands,bus_bytes\n");
        for (int i = 2; i < args.length; i++) {
            int n = Integer.parseInt(args[i]);
            for (boolean cp : new boolean[] {false, true}) {
                Point p = run(n, false, cp);
                String line = String.format(Locale.ROOT, "%d,%s,%.6f,%.6f,%.3f,%d,%d", p.n(), p.substitute(),
                        p.restoreS(), p.blackoutS(), p.wallS(), p.commands(), p.busBytes());
                System.out.println(line);
                csv.append(line).append('\n');
                System.gc();
            }
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve("restore-checkpoint.csv"), csv.toString());
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/experiments/failover");
        if (args.length > 1 && args[1].equals("checkpoint")) {
            checkpointComparison(out, args);
            return;
        }
        int[] ns = {1_000, 10_000, 100_000, 1_000_000};
        if (args.length > 1) {
            ns = new int[args.length - 1];
            for (int i = 1; i < args.length; i++) {
                ns[i - 1] = Integer.parseInt(args[i]);
            }
        }
        Files.createDirectories(out);
        StringBuilder csv = new StringBuilder(
                "connections,substitute,detection_s,restore_s,blackout_s,restore_wall_s,restore_commands,bus_bytes\n");
        Map<String, double[][]> series = new LinkedHashMap<>();
        for (boolean hs : new boolean[] {false, true}) {
            double[][] pts = new double[ns.length][];
            for (int i = 0; i < ns.length; i++) {
                Point p = run(ns[i], hs);
                String line = String.format(Locale.ROOT, "%d,%s,%.6f,%.6f,%.6f,%.3f,%d,%d", p.n(), p.substitute(),
                        p.detectionS(), p.restoreS(), p.blackoutS(), p.wallS(), p.commands(), p.busBytes());
                System.out.println(line);
                csv.append(line).append('\n');
                pts[i] = new double[] {p.n(), p.blackoutS()};
                System.gc();
            }
            series.put(hs ? "host stack (free interface)" : "standby adapter (PCIe 3.0 x8)", pts);
        }
        Files.writeString(out.resolve("failover-scaling.csv"), csv.toString());
        ChartExport.png(XyCharts.lines("Failover blackout vs connections",
                "crash, 3 ms detection, one RESTORE per connection (virtual time)", "connections", "blackout (s)",
                true, true, series), out.resolve("blackout-vs-connections.png"), 900, 550);
    }
}
