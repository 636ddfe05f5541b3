package org.offloadlab.sim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offloadlab.sim.Link;
import org.offloadlab.sim.LinkConfig;
import org.offloadlab.sim.PeerHost;
import org.offloadlab.sim.Simulator;
import org.offloadlab.tcp.TcpConfig;

/**
 * Every workload delivers every byte intact between two peers over a link that loses, reorders, duplicates and corrupts
 * packets, for several seeds.
 */
class WorkloadIntegrityTest {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;

    private Simulator sim;
    private Link link;
    private PeerHost a;
    private PeerHost b;

    private void topology(long seed) {
        sim = new Simulator(seed);
        LinkConfig hostile = LinkConfig.builder().delayNanos(5 * MS).jitterNanos(MS)
                .bandwidthBitsPerSecond(100_000_000L)
                .queuePackets(200).lossRate(0.02).reorder(0.02, 3 * MS).duplicateProbability(0.01)
                .corruptProbability(0.01).build();
        link = new Link(sim, "link", hostile);
        TcpConfig tcp = TcpConfig.linuxDefaults().toBuilder().userTimeoutNanos(3600 * S).build();
        a = new PeerHost(sim, "peerA", 1, tcp, link.aToB());
        b = new PeerHost(sim, "peerB", 2, tcp, link.bToA());
        link.attach(a, b);
    }

    private void runToCompletion(Workload w) {
        w.start(sim.now());
        sim.runUntil(600 * S);
        assertTrue(w.isFinished(), () -> "not finished: " + w.stats());
        WorkloadStats s = w.stats();
        assertTrue(s.allIntact(), () -> "damaged: " + s);
        assertEquals(s.bytesSent(), s.bytesReceived(), () -> s.toString());
        // the link really was hostile
        assertTrue(link.aToB().stats().lossDrops() + link.bToA().stats().lossDrops() > 0, link.aToB()::toString);
        assertTrue(a.checksumDrops() + b.checksumDrops() > 0, "no corrupted packet reached a peer");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void bulkTransferBothWays(long seed) {
        topology(seed);
        BulkTransfer w = new BulkTransfer(sim, "bulk", a, b, 5001, 2_000_000, 1_000_000, 2);
        runToCompletion(w);
        assertEquals(2, w.stats().completed());
        assertEquals(2 * 3_000_000, w.stats().bytesReceived());
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5, 6})
    void requestResponse(long seed) {
        topology(seed);
        RequestResponse w = new RequestResponse(sim, "rr", a, b, 80, 4, 25, Distribution.uniform(1, 3000),
                Distribution.pareto(500, 1.5, 200_000), Distribution.exponential(2 * MS));
        runToCompletion(w);
        assertEquals(100, w.stats().requests());
        assertEquals(100, w.stats().latency().count());
        assertTrue(w.stats().latency().min() >= 10 * MS, "a request cannot complete in less than one RTT");
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8, 9})
    void shortConnections(long seed) {
        topology(seed);
        ShortConnections w = new ShortConnections(sim, "short", a, b, 8080, 200, 150, Distribution.constant(300),
                Distribution.exponential(4000));
        runToCompletion(w);
        assertEquals(150, w.stats().completed());
        assertEquals(150, w.stats().requests());
    }

    @ParameterizedTest
    @ValueSource(longs = {10, 11})
    void traceDriven(long seed) {
        topology(seed);
        ArrayDeque<ConnectionSchedule.Action> actions = new ArrayDeque<>(List.of(
                ConnectionSchedule.Action.open(0, 1),
                ConnectionSchedule.Action.write(0, 1, ConnectionSchedule.Side.CLIENT, 10_000),
                ConnectionSchedule.Action.open(5 * MS, 2),
                ConnectionSchedule.Action.write(6 * MS, 2, ConnectionSchedule.Side.SERVER, 50_000),
                ConnectionSchedule.Action.write(20 * MS, 1, ConnectionSchedule.Side.SERVER, 300_000),
                ConnectionSchedule.Action.write(30 * MS, 1, ConnectionSchedule.Side.CLIENT, 7),
                ConnectionSchedule.Action.close(40 * MS, 2, ConnectionSchedule.Side.SERVER),
                ConnectionSchedule.Action.close(41 * MS, 1, ConnectionSchedule.Side.CLIENT),
                ConnectionSchedule.Action.close(500 * MS, 1, ConnectionSchedule.Side.SERVER),
                ConnectionSchedule.Action.close(600 * MS, 2, ConnectionSchedule.Side.CLIENT)));
        TraceDrivenWorkload w = new TraceDrivenWorkload(sim, "trace", a, b, 443, actions::poll);
        runToCompletion(w);
        assertEquals(2, w.stats().completed());
        assertEquals(10_000 + 50_000 + 300_000 + 7, w.stats().bytesReceived());
    }
}
