package org.offloadlab.bench.nic;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import org.offloadlab.host.HostCostModel;
import org.offloadlab.host.HostDriver;
import org.offloadlab.nic.NicConfig;
import org.offloadlab.nic.NotificationPolicy;
import org.offloadlab.nic.OffloadAdapter;
import org.offloadlab.nic.workload.DelayLine;
import org.offloadlab.nic.workload.HandshakeClients;
import org.offloadlab.sim.Scheduled;
import org.offloadlab.sim.Simulator;
import org.offloadlab.sim.app.AppConnection;
import org.offloadlab.sim.app.AppHandler;

/**
 * N connections (default 1,000,000) established through one adapter — SYN, SYN-ACK, ACK, bulk notification, host
 * accept — then left idle: wall-time establishment rate and heap bytes per connection (adapter + driver + sockets,
 * after GC). Run with -Xmx2g: {@code java -Xmx2g -cp nic-bench.jar org.offloadlab.bench.nic.IdleConnectionsBench}.
 */
public final class IdleConnectionsBench {

    private IdleConnectionsBench() {
    }

    private static long usedAfterGc() {
        MemoryMXBean m = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return m.getHeapMemoryUsage().getUsed();
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        double simulatedRate = args.length > 1 ? Double.parseDouble(args[1]) : 1_000_000;
        Simulator sim = new Simulator(1);
        HandshakeClients clients = new HandshakeClients(sim, 1000, n / 50_000 + 1, 1, 80, n);
        long h1 = usedAfterGc();
        NicConfig config = NicConfig.defaults().toBuilder().tableCapacity(n)
                .notification(new NotificationPolicy.Adaptive(50_000, 500_000, 256)).synQueueCapacity(65536).build();
        OffloadAdapter nic = new OffloadAdapter(sim, config, 1);
        clients.connectTo(DelayLine.to(sim, 10_000, nic));
        nic.attachWire(DelayLine.to(sim, 10_000, clients));
        HostDriver host = new HostDriver(sim, nic.hostInterface(), 1, HostCostModel.defaults());
        AppConnection[] keep = new AppConnection[n]; // the application holds every socket
        int[] accepted = new int[1];
        host.listen(80, 65536, new AppHandler() {
            @Override
            public void accepted(AppConnection c, long now) {
                keep[accepted[0]++] = c;
            }
        }, 0);
        sim.runUntil(1_000_000);
        long h2 = usedAfterGc();
        long gap = Math.max(1, Math.round(1e9 / simulatedRate));
        Scheduled[] next = new Scheduled[1];
        next[0] = sim.handle(now -> {
            clients.open(now);
            if (clients.opened() < n) {
                sim.reschedule(next[0], now + gap);
            }
        });
        sim.reschedule(next[0], sim.now());
        long t0 = System.nanoTime();
        long c0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        sim.run();
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf("simulation thread CPU time %.2f s (wall %.2f s; the difference is GC and other load)%n", cpu, wall);
        long h3 = usedAfterGc();
        System.out.printf("established %,d (host accepted %,d, adapter holds %,d) in %.2f s wall: %,.0f/s%n",
                clients.established(), accepted[0], nic.connectionCount(), wall, clients.established() / wall);
        System.out.printf("simulated events %,d; %.2f s simulated%n", sim.eventsFired(), sim.now() / 1e9);
        System.out.printf("heap: clients %,d B; empty adapter+driver (tables for %,d) %,d B; after %,d connections "
                + "%,d B%n", h1, n, h2 - h1, n, h3 - h1);
        System.out.printf("bytes per connection (adapter + driver + sockets, incl. preallocated tables): %.0f%n",
                (double) (h3 - h1) / n);
        System.out.printf("  of which per live connection (growth after the tables): %.0f; fixed tables/slot: %.0f%n",
                (double) (h3 - h2) / n, (double) (h2 - h1) / n);
        System.out.printf("adapter fixed structures (own estimate): %,d B; interactions %s%n",
                nic.fixedFootprintBytes(), nic.hostInterface().counters().totals());
        System.out.println(host.cpu());
        if (keep[accepted[0] > 0 ? accepted[0] - 1 : 0] == null && accepted[0] > 0) {
            throw new AssertionError("socket lost");
        }
    }
}
