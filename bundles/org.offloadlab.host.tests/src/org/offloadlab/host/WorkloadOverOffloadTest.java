package org.offloadlab.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offloadlab.nic.InterruptCoalescing;
import org.offloadlab.nic.NicConfig;
import org.offloadlab.nic.NotificationPolicy;
import org.offloadlab.sim.app.BulkTransfer;
import org.offloadlab.sim.app.Distribution;
import org.offloadlab.sim.app.RequestResponse;
import org.offloadlab.sim.app.ShortConnections;
import org.offloadlab.sim.app.Workload;
import org.offloadlab.sim.app.WorkloadStats;

/**
 * The simulator's workloads, unchanged, between an emulated peer and applications on the host's offloaded sockets, over
 * a link that loses, reorders, duplicates and corrupts: every byte arrives intact.
 */
class WorkloadOverOffloadTest {

    private static final long MS = Topology.MS;
    private static final long S = Topology.S;

    private static void runToCompletion(Topology t, Workload w) {
        w.start(t.sim.now());
        t.sim.runUntil(600 * S);
        assertTrue(w.isFinished(), () -> "not finished: " + w.stats());
        WorkloadStats s = w.stats();
        assertTrue(s.allIntact(), () -> "damaged: " + s);
        assertEquals(s.bytesSent(), s.bytesReceived(), s::toString);
        assertEquals(0, s.failed(), s::toString);
        assertTrue(t.link.aToB().stats().lossDrops() + t.link.bToA().stats().lossDrops() > 0, "link not lossy");
        assertEquals(0, t.host.commandErrors());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void bulkBothWaysPeerToHost(long seed) {
        Topology t = new Topology(seed);
        BulkTransfer w = new BulkTransfer(t.sim, "bulk", t.peer, t.host, 5001, 1_500_000, 700_000, 2);
        runToCompletion(t, w);
        assertEquals(2 * 2_200_000, w.stats().bytesReceived());
        assertTrue(t.nic.hostInterface().counters().dataBytesToHost() >= 2 * 1_500_000);
        assertTrue(t.host.cpu().bytesCopied() >= 2 * 2_200_000, "app copies both ways");
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 4})
    void bulkHostToPeerWithActiveOpen(long seed) {
        Topology t = new Topology(seed);
        BulkTransfer w = new BulkTransfer(t.sim, "bulk", t.host, t.peer, 5002, 1_000_000, 300_000, 2);
        runToCompletion(t, w);
        assertEquals(2, w.stats().completed());
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6})
    void requestResponse(long seed) {
        Topology t = new Topology(seed, Topology.hostile(), NicConfig.defaults().toBuilder()
                .notification(new NotificationPolicy.BulkByCountOrTime(4, 200_000))
                .coalescing(new InterruptCoalescing(8, 50_000)).build());
        RequestResponse w = new RequestResponse(t.sim, "rr", t.peer, t.host, 80, 6, 20, Distribution.uniform(1, 3000),
                Distribution.pareto(500, 1.5, 100_000), Distribution.exponential(2 * MS));
        runToCompletion(t, w);
        assertEquals(120, w.stats().requests());
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8})
    void shortConnections(long seed) {
        Topology t = new Topology(seed, Topology.hostile(), NicConfig.defaults().toBuilder()
                .notification(new NotificationPolicy.Adaptive(100_000, 1_000_000, 64)).build());
        ShortConnections w = new ShortConnections(t.sim, "short", t.peer, t.host, 8080, 300, 150,
                Distribution.constant(300), Distribution.exponential(4000));
        runToCompletion(t, w);
        assertEquals(150, w.stats().completed());
        assertEquals(150, t.host.acceptedConnections());
        assertEquals(0, t.host.openConnections());
    }

    @Test
    void sameSeedSameTraceOtherSeedOtherTrace() {
        String[] hashes = new String[3];
        long[] seeds = {11, 11, 12};
        for (int i = 0; i < 3; i++) {
            Topology t = new Topology(seeds[i]);
            RequestResponse w = new RequestResponse(t.sim, "rr", t.peer, t.host, 80, 3, 10,
                    Distribution.uniform(1, 2000), Distribution.uniform(1, 20_000), Distribution.exponential(MS));
            runToCompletion(t, w);
            hashes[i] = t.trace.hex() + "/" + t.nic.hostInterface().counters().totals() + "/" + t.host.cpu();
        }
        assertEquals(hashes[0], hashes[1]);
        assertNotEquals(hashes[0], hashes[2]);
    }
}
