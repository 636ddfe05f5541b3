package org.offloadlab.tcp.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.offloadlab.tcp.ConnectionListener;
import org.offloadlab.tcp.HardState;
import org.offloadlab.tcp.Segment;
import org.offloadlab.tcp.State;
import org.offloadlab.tcp.TcpConfig;
import org.offloadlab.tcp.TcpConnection;

/**
 * Memory of an established, idle connection (issue 3 target: ≤ 512 bytes excluding data buffers, measured at 1 M
 * connections from a heap histogram). Not a JMH benchmark: a program that holds N connections and measures the heap.
 * <p>
 * Usage: {@code java -cp benchmarks.jar org.offloadlab.tcp.bench.IdleConnectionMemory [handshake|restore|exchanged] [N]}
 * <ul>
 * <li>{@code handshake}: every connection is the passive side of a real three-way handshake with a fresh active
 * engine (which is then dropped); the server side is kept.</li>
 * <li>{@code restore}: one handshake, then N connections are built with {@link TcpConnection#restore} from its hard
 * state (with distinct ports), and dispatched once so the ACK that restore queues is sent.</li>
 * <li>{@code exchanged}: as {@code handshake}, then a 100-octet request and a 100-octet response are sent and read
 * and all ACKs delivered: an idle connection that has carried data (its drained buffers should be released).</li>
 * </ul>
 * Both use {@link TcpConfig#linuxDefaults()} (timestamps, SACK, window scaling, CUBIC) and one shared config and
 * listener, as a stack would. The program takes a class histogram ({@code jcmd <pid> GC.class_histogram}, which runs
 * a full GC) and the heap used ({@link MemoryMXBean} after {@code System.gc()}) before and after creating the
 * connections, and prints the difference per connection, per class. The holder array ({@code TcpConnection[]}) is
 * the benchmark's, not the engine's: it is allocated before the baseline and also left out of the histogram delta; data buffers (SendBuffer/ReceiveBuffer and their arrays) are
 * allocated lazily and are reported separately (they should be absent for idle connections).
 */
public final class IdleConnectionMemory {

    private IdleConnectionMemory() {
    }

    record Row(long instances, long bytes) {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "handshake";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        TcpConfig config = TcpConfig.linuxDefaults();
        Wire wire = new Wire();
        long now = 1_000_000_000L;
        TcpConnection[] pair = wire.handshake(config, ConnectionListener.NONE, 1024, 80, 0, now);
        HardState template = pair[1].hardState();
        TcpConnection[] keep = new TcpConnection[n];
        wire.sinkA().emit(Segment.of(1, 2, 0, 0, 0, 0)); // load the classes used below before the baseline
        wire.sinkA().size = 0;

        MemoryMXBean mx = ManagementFactory.getMemoryMXBean();
        Map<String, Row> before = histogram();
        long heapBefore = usedAfterGc(mx);

        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            int clientPort = 1024 + (i % 64_000);
            long pathKey = i / 64_000 + 1;
            if (mode.equals("handshake")) {
                keep[i] = wire.handshake(config, ConnectionListener.NONE, clientPort, 80, pathKey, now)[1];
            } else if (mode.equals("exchanged")) {
                TcpConnection[] p = wire.handshake(config, ConnectionListener.NONE, clientPort, 80, pathKey, now);
                exchange(wire, p[0], p[1], now);
                keep[i] = p[1];
            } else if (mode.equals("restore")) {
                HardState h = new HardState(State.ESTABLISHED, 80, clientPort, true, false, false, template.iss(),
                        template.irs(), template.sndUna(), template.sndNxt(), template.sndWnd(), template.sndWl1(),
                        template.sndWl2(), template.maxSndWnd(), template.rcvNxt(), template.rcvWnd(),
                        template.rcvWup(), template.sndMss(), template.rcvMss(), template.sndWscale(),
                        template.rcvWscale(), template.windowScaling(), template.timestamps(),
                        template.sackPermitted(), template.tsOffset(), template.tsRecent(), template.noDelay(),
                        template.keepAlive(), false, template.sndUp(), false, template.rcvUp(), new byte[0],
                        new byte[0]);
                TcpConnection c = TcpConnection.restore(h, config, ConnectionListener.NONE, now);
                c.dispatch(now, wire.sinkA());
                wire.sinkA().size = 0;
                keep[i] = c;
            } else {
                throw new IllegalArgumentException("mode: handshake, restore or exchanged");
            }
            now += 1_000;
        }
        long createNanos = System.nanoTime() - t0;
        for (TcpConnection c : keep) {
            if (c.state() != State.ESTABLISHED || c.pollAt() != Long.MAX_VALUE) {
                throw new IllegalStateException("not an idle established connection: " + c);
            }
        }

        long heapAfter = usedAfterGc(mx);
        Map<String, Row> after = histogram();

        System.out.printf("mode=%s connections=%,d created in %.2f s (%,.0f/s)%n", mode, n, createNanos / 1e9,
                n / (createNanos / 1e9));
        System.out.printf("JVM: %s %s, args %s%n", System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"), ManagementFactory.getRuntimeMXBean().getInputArguments());
        List<String[]> rows = new ArrayList<>();
        long total = 0;
        long buffers = 0;
        String holder = "[Lorg.offloadlab.tcp.TcpConnection;";
        for (Map.Entry<String, Row> e : after.entrySet()) {
            Row b = before.getOrDefault(e.getKey(), new Row(0, 0));
            long di = e.getValue().instances() - b.instances();
            long db = e.getValue().bytes() - b.bytes();
            if (db == 0 && di == 0) {
                continue;
            }
            String name = e.getKey();
            if (name.equals(holder)) {
                continue;
            }
            if (name.contains("SendBuffer") || name.contains("ReceiveBuffer")) {
                buffers += db;
            }
            if (Math.abs(db) * 1000L >= n) { // list classes with ≥ 0.001 B per connection
                rows.add(new String[] {name, String.format("%.3f", di / (double) n),
                        String.format("%.1f", db / (double) n)});
            }
            total += db;
        }
        rows.sort((x, y) -> Double.compare(Double.parseDouble(y[2]), Double.parseDouble(x[2])));
        System.out.println("class histogram delta per connection:");
        System.out.printf("  %-60s %12s %10s%n", "class", "inst/conn", "B/conn");
        for (String[] r : rows) {
            System.out.printf("  %-60s %12s %10s%n", r[0], r[1], r[2]);
        }
        System.out.printf("histogram: %.1f bytes per connection (data-buffer classes: %.1f B/conn)%n",
                total / (double) n, buffers / (double) n);
        System.out.printf("MemoryMXBean: %.1f bytes per connection (heap used after System.gc(), after minus before)%n",
                (heapAfter - heapBefore) / (double) n);
        // keep everything reachable until here
        if (keep[n - 1].hashCode() == 42 && pair[0].hashCode() == 42) {
            System.out.println();
        }
    }

    /** A 100-octet request and a 100-octet response, both read, all ACKs (delayed ones too) delivered. */
    private static void exchange(Wire wire, TcpConnection client, TcpConnection server, long now) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(100);
        client.send(b, now);
        wire.pump(client, server, now);
        b.clear();
        if (server.receive(b, now) != 100) {
            throw new IllegalStateException("request not received");
        }
        b.clear();
        server.send(b, now);
        wire.pump(client, server, now);
        b.clear();
        if (client.receive(b, now) != 100) {
            throw new IllegalStateException("response not received");
        }
        wire.pump(client, server, now + 1_000_000_000L); // delayed ACKs
    }

    private static long usedAfterGc(MemoryMXBean mx) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return mx.getHeapMemoryUsage().getUsed();
    }

    /** {@code jcmd <own pid> GC.class_histogram}: class name → (instances, bytes). */
    private static Map<String, Row> histogram() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(ProcessHandle.current().pid()),
                "GC.class_histogram").redirectErrorStream(true).start();
        Map<String, Row> m = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 4 && f[0].endsWith(":")) {
                    m.put(f[3], new Row(Long.parseLong(f[1]), Long.parseLong(f[2])));
                }
            }
        }
        if (p.waitFor() != 0 || m.isEmpty()) {
            throw new IOException("jcmd GC.class_histogram failed");
        }
        return m;
    }
}
