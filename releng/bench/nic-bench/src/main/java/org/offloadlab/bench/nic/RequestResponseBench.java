package org.offloadlab.bench.nic;

import org.offloadlab.host.HostCostModel;
import org.offloadlab.host.HostDriver;
import org.offloadlab.nic.InterruptCoalescing;
import org.offloadlab.nic.NicConfig;
import org.offloadlab.nic.NotificationPolicy;
import org.offloadlab.nic.OffloadAdapter;
import org.offloadlab.sim.Link;
import org.offloadlab.sim.LinkConfig;
import org.offloadlab.sim.PeerHost;
import org.offloadlab.sim.Simulator;
import org.offloadlab.sim.app.Distribution;
import org.offloadlab.sim.app.RequestResponse;
import org.offloadlab.tcp.TcpConfig;

/**
 * C connections (default 10,000) from an emulated peer to an application on the host's offloaded sockets doing
 * request/response for S simulated seconds (default 10): 200-byte requests, 2,000-byte responses, exponential think
 * time (mean given, default 100 ms), TCP_NODELAY, 50 µs one-way, no bandwidth limit. Prints wall time and the simulated work done.
 */
public final class RequestResponseBench {

    private RequestResponseBench() {
    }

    public static void main(String[] args) {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        double thinkMs = args.length > 2 ? Double.parseDouble(args[2]) : 100;
        long ms = 1_000_000L;
        Simulator sim = new Simulator(7);
        TcpConfig tcp = TcpConfig.linuxDefaults().toBuilder().sendBufferSize(64 * 1024).receiveBufferSize(64 * 1024)
                .noDelay(true).build();
        NicConfig config = NicConfig.defaults().toBuilder().tcp(tcp).tableCapacity(connections + 1024)
                .notification(new NotificationPolicy.Adaptive(50_000, 500_000, 256))
                .coalescing(new InterruptCoalescing(32, 20_000)).hostReceiveCredit(64 * 1024).build();
        Link link = new Link(sim, "link",
                LinkConfig.builder().delayNanos(50_000).build());
        OffloadAdapter nic = new OffloadAdapter(sim, config, 1);
        nic.attachWire(link.aToB());
        PeerHost peer = new PeerHost(sim, "peer", 2, tcp, link.bToA());
        link.attach(nic, peer);
        HostDriver host = new HostDriver(sim, nic.hostInterface(), 1, HostCostModel.defaults());
        RequestResponse w = new RequestResponse(sim, "rr", peer, host, 80, connections, Integer.MAX_VALUE / 2,
                Distribution.constant(200), Distribution.constant(2000), Distribution.exponential(thinkMs * ms));
        long t0 = System.nanoTime();
        long c0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        w.start(0);
        sim.runUntil((long) (seconds * 1e9));
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf("simulation thread CPU time %.2f s (wall %.2f s; the difference is GC and other load)%n", cpu, wall);
        System.out.printf("%,d connections, %.1f s simulated in %.2f s wall (%.2fx real time)%n", connections,
                seconds, wall, seconds / wall);
        System.out.printf("requests %,d (%,.0f/s simulated), latency mean %.0f µs p99 %.0f µs, intact %s%n",
                w.stats().requests(), w.stats().requests() / seconds, w.stats().latency().mean() / 1e3,
                w.stats().latency().percentile(0.99) / 1e3, w.stats().mismatchedBytes() == 0);
        System.out.printf("events %,d; adapter %s; %s%n", sim.eventsFired(), nic.hostInterface().counters().totals(),
                host.cpu());
    }
}
