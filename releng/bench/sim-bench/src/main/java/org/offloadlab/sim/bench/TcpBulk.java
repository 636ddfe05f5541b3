package org.offloadlab.sim.bench;

import org.offloadlab.sim.Link;
import org.offloadlab.sim.LinkConfig;
import org.offloadlab.sim.PeerHost;
import org.offloadlab.sim.Simulator;
import org.offloadlab.sim.app.BulkTransfer;
import org.offloadlab.tcp.RecoveryEvent;
import org.offloadlab.tcp.TcpConfig;
import org.offloadlab.tcp.cc.CongestionControl;
import org.offloadlab.tcp.cc.NewReno;

/**
 * A realistic TCP scenario for the kernel's events/s and the ns-3 comparison: one bulk transfer (the client sends
 * without end, like ns-3's BulkSendApplication with MaxBytes 0) between two {@link PeerHost}s over a duplex link of
 * the given rate and one-way delay with a drop-tail device queue, Bernoulli loss on the data direction only, for a
 * fixed virtual duration. The TCP configuration matches ns3/bulk-p2p.cc: NewReno, SACK, timestamps, window scaling,
 * IW10, MSS 1460 (1448 payload octets with timestamps), 256 KiB buffers, 200 ms min RTO, 40 ms delayed ACK.
 * <p>
 * Usage: {@code TcpBulk RATE_BPS DELAY_MS LOSS SECONDS QUEUE_PACKETS [RUNS] [-seed N] [-rack on|off] [-buffer B]
 * [-cc newreno|ns3] [-trace CSV]}: prints one line per run (the first is cold, as ns-3's native run is) with the
 * sender's fast recoveries, retransmission timeouts, retransmissions by kind and its window trace ({@link TracingCc};
 * {@code -trace} writes the first run's as CSV), and checks that every received octet matched the pattern.
 * {@code -rack off} turns RACK-TLP
 * (RFC 8985, on in the Linux profile) off, which ns-3 3.37 does not implement; {@code -buffer} sets both buffers;
 * {@code -cc ns3} replaces the engine's NewReno by {@link Ns3NewReno}, ns-3's per-ACK window growth.
 */
public final class TcpBulk {

    record Result(long rxBytes, long events, double wallSeconds, long checksumDrops, long lossDrops,
            long queueDrops, long recoveries, long timeouts, long[] retransmits, TracingCc.Totals trace) {
    }

    static Result run(long rate, double delayMs, double loss, double seconds, int queue, long seed, boolean rack,
            int buffer, boolean ns3Growth, java.io.PrintWriter traceCsv) {
        Simulator sim = new Simulator(seed);
        LinkConfig data = LinkConfig.builder().bandwidthBitsPerSecond(rate).delayNanos((long) (delayMs * 1e6))
                .queuePackets(queue).lossRate(loss).build();
        LinkConfig acks = data.toBuilder().lossRate(0).build();
        Link link = new Link(sim, "link", data, acks);
        CongestionControl.Factory cc = ns3Growth ? Ns3NewReno.FACTORY : NewReno.FACTORY;
        TracingCc.Totals totals = new TracingCc.Totals(traceCsv);
        TracingCc[] traced = new TracingCc[1];
        // the client's connection asks the factory first (it connects before the server accepts): trace that one
        CongestionControl.Factory tracing = (smss, iw) -> {
            CongestionControl c = cc.create(smss, iw);
            if (traced[0] != null) {
                return c;
            }
            traced[0] = new TracingCc(c, totals);
            return traced[0];
        };
        TcpConfig tcp = TcpConfig.linuxDefaults().toBuilder().congestionControl(tracing).rackTlp(rack)
                .sendBufferSize(buffer).receiveBufferSize(buffer).build();
        PeerHost client = new PeerHost(sim, "client", 1, tcp, link.aToB());
        PeerHost server = new PeerHost(sim, "server", 2, tcp, link.bToA());
        link.attach(client, server);
        BulkTransfer bulk = new BulkTransfer(sim, "bulk", client, server, 5001, Long.MAX_VALUE / 4, 0, 1);
        long t0 = System.nanoTime();
        bulk.start(0);
        sim.runUntil((long) (seconds * 1e9));
        long t1 = System.nanoTime();
        if (traced[0] != null) {
            totals.finish((long) (seconds * 1e9), traced[0].currentCwnd());
        }
        long[] rtx = { client.recoveryCount(RecoveryEvent.FAST_RETRANSMIT),
                client.recoveryCount(RecoveryEvent.SACK_RETRANSMIT),
                client.recoveryCount(RecoveryEvent.RESCUE_RETRANSMIT),
                client.recoveryCount(RecoveryEvent.TIMEOUT_RETRANSMIT),
                client.recoveryCount(RecoveryEvent.TAIL_LOSS_PROBE) };
        if (bulk.stats().mismatchedBytes() != 0 || bulk.stats().failed() != 0) {
            throw new IllegalStateException("data damaged: " + bulk.stats());
        }
        return new Result(bulk.stats().bytesReceived(), sim.eventsFired(), (t1 - t0) / 1e9, server.checksumDrops(),
                link.aToB().stats().lossDrops(), link.aToB().stats().queueDrops(),
                client.recoveryCount(RecoveryEvent.FAST_RECOVERY), client.recoveryCount(RecoveryEvent.TIMEOUT), rtx,
                totals);
    }

    public static void main(String[] args) {
        java.util.List<String> pos = new java.util.ArrayList<>();
        long seed = 1;
        boolean rack = true;
        int buffer = 256 * 1024;
        boolean ns3Growth = false;
        String tracePath = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-seed" -> seed = Long.parseLong(args[++i]);
                case "-rack" -> rack = args[++i].equals("on");
                case "-buffer" -> buffer = Integer.parseInt(args[++i]);
                case "-cc" -> ns3Growth = args[++i].equals("ns3");
                case "-trace" -> tracePath = args[++i];
                default -> pos.add(args[i]);
            }
        }
        if (pos.size() < 5) {
            System.err.println("usage: TcpBulk RATE_BPS DELAY_MS LOSS SECONDS QUEUE_PACKETS [RUNS] [-seed N]"
                    + " [-rack on|off] [-buffer BYTES] [-cc newreno|ns3] [-trace CSV]");
            System.exit(2);
        }
        long rate = Long.parseLong(pos.get(0));
        double delay = Double.parseDouble(pos.get(1));
        double loss = Double.parseDouble(pos.get(2));
        double seconds = Double.parseDouble(pos.get(3));
        int queue = Integer.parseInt(pos.get(4));
        int runs = pos.size() > 5 ? Integer.parseInt(pos.get(5)) : 3;
        for (int i = 0; i < runs; i++) {
            java.io.PrintWriter csv = null;
            if (tracePath != null && i == 0) {
                try {
                    csv = new java.io.PrintWriter(
                            java.nio.file.Files.newBufferedWriter(java.nio.file.Path.of(tracePath)));
                } catch (java.io.IOException e) {
                    System.err.println("TcpBulk: cannot write -trace " + tracePath + ": " + e.getMessage());
                    System.exit(2);
                }
            }
            Result r = run(rate, delay, loss, seconds, queue, seed, rack, buffer, ns3Growth, csv);
            if (csv != null) {
                csv.close();
            }
            TracingCc.Totals t = r.trace;
            double n = Math.max(1, t.entries);
            double seg = 1448;
            System.out.printf(
                    "offloadlab run=%d%s seed=%d rack=%s cc=%s rate=%dbps delay_ms=%g loss=%g seconds=%g rx_bytes=%d"
                            + " goodput_mbps=%.3f wall_s=%.3f events=%d events_per_s=%.0f loss_drops=%d"
                            + " queue_drops=%d recoveries=%d timeouts=%d retransmits=%d (fast %d sack %d rescue %d"
                            + " rto %d tlp %d) mean_cwnd_segs=%.2f recovery_s=%.3f entry_cwnd_segs=%.2f"
                            + " entry_flight_segs=%.2f ssthresh_after_entry_segs=%.2f%n",
                    i + 1, i == 0 ? "(cold)" : "", seed, rack ? "on" : "off", ns3Growth ? "ns3" : "newreno", rate,
                    delay, loss, seconds, r.rxBytes,
                    r.rxBytes * 8.0 / seconds / 1e6, r.wallSeconds, r.events, r.events / r.wallSeconds, r.lossDrops,
                    r.queueDrops, r.recoveries, r.timeouts, java.util.Arrays.stream(r.retransmits).sum(),
                    r.retransmits[0], r.retransmits[1], r.retransmits[2], r.retransmits[3], r.retransmits[4],
                    t.cwndArea / (seconds * 1e9) / seg, t.recoveryNanos / 1e9, t.sumCwndAtEntry / n / seg,
                    t.sumFlightAtEntry / n / seg, t.sumSsthreshAfterEntry / n / seg);
        }
    }
}
