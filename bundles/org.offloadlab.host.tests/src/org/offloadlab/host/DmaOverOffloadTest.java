package org.offloadlab.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.offloadlab.dma.AccountingSnapshot;
import org.offloadlab.dma.Counter;
import org.offloadlab.dma.DmaConfig;
import org.offloadlab.dma.DmaManager;
import org.offloadlab.dma.ExhaustionPolicy;
import org.offloadlab.dma.GroupConfig;
import org.offloadlab.dma.PoolSpec;
import org.offloadlab.nic.InteractionCounters;
import org.offloadlab.nic.NicConfig;
import org.offloadlab.sim.app.BulkTransfer;
import org.offloadlab.sim.app.Distribution;
import org.offloadlab.sim.app.RequestResponse;
import org.offloadlab.sim.app.Workload;
import org.offloadlab.sim.app.WorkloadStats;

/**
 * Real TCP traffic between an emulated peer and host applications with the adapter placing every received byte through
 * the DMA buffer manager, over a lossy link: the byte streams arrive intact even when the buffer group runs dry, and
 * the manager's buffers all come back.
 */
class DmaOverOffloadTest {

    private static final long MS = Topology.MS;
    private static final long S = Topology.S;

    private static DmaConfig tiny(ExhaustionPolicy policy, int batch) {
        // 6 buffers of 2 KiB for all connections, held up to 1 ms by delayed DMA: bulk streams exhaust them
        return DmaConfig.defaults().toBuilder().maxConnections(64).maxChunks(4096)
                .pools(List.of(new PoolSpec(2048, 6), new PoolSpec(16_384, 8)))
                .defaultGroup(GroupConfig.of("default", 0, 1, 6, policy)).batchSize(batch)
                .maxBatchDelayNanos(MS).build();
    }

    private static void runToCompletion(Topology t, Workload w) {
        w.start(t.sim.now());
        t.sim.runUntil(600 * S);
        assertTrue(w.isFinished(), () -> "not finished: " + w.stats());
        WorkloadStats s = w.stats();
        assertTrue(s.allIntact(), () -> "damaged: " + s);
        assertEquals(s.bytesSent(), s.bytesReceived(), s::toString);
        assertEquals(0, s.failed(), s::toString);
        assertEquals(0, t.host.commandErrors());
    }

    private static void assertAllReturned(Topology t) {
        DmaManager m = t.nic.dmaPath().manager();
        AccountingSnapshot s = m.snapshot(t.sim.now());
        assertEquals(s.total().count(Counter.PLACED_BYTES), s.total().count(Counter.DELIVERED_BYTES), s::toString);
        assertEquals(s.total().count(Counter.DELIVERED_BYTES), s.total().count(Counter.READ_BYTES), s::toString);
        assertEquals(0, t.nic.dmaPath().stagedBytes());
        // only posted reserves remain held
        long reserve = 0;
        for (int g = 0; g < m.groupCount(); g++) {
            reserve += m.group(g).posted();
        }
        assertEquals(reserve, m.buffersHeld());
    }

    @ParameterizedTest
    @EnumSource(ExhaustionPolicy.class)
    void bulkIntoAnExhaustedGroupLosesNothing(ExhaustionPolicy policy) {
        Topology t = new Topology(21, Topology.hostile(), NicConfig.defaults(), tiny(policy, 32));
        BulkTransfer w = new BulkTransfer(t.sim, "bulk", t.peer, t.host, 5001, 600_000, 200_000, 3);
        runToCompletion(t, w);
        AccountingSnapshot s = t.nic.dmaPath().manager().snapshot(t.sim.now());
        long starved = s.total().count(Counter.REFUSALS) + s.total().count(Counter.DROPS);
        assertTrue(starved > 0, () -> "the group never ran dry: " + s.total());
        assertEquals(3 * 600_000, s.total().count(Counter.PLACED_BYTES), "every received byte went through DMA");
        assertAllReturned(t);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 16})
    void requestResponseThroughDelayedDma(int batch) {
        Topology t = new Topology(5, Topology.hostile(), NicConfig.defaults(),
                DmaConfig.defaults().toBuilder().maxConnections(256).batchSize(batch).build());
        RequestResponse w = new RequestResponse(t.sim, "rr", t.peer, t.host, 80, 6, 20, Distribution.uniform(1, 3000),
                Distribution.pareto(500, 1.5, 100_000), Distribution.exponential(2 * MS));
        runToCompletion(t, w);
        AccountingSnapshot s = t.nic.dmaPath().manager().snapshot(t.sim.now());
        assertTrue(s.total().count(Counter.HANDOVERS) > 0);
        assertTrue(s.total().count(Counter.TX_BUFFERED_BYTES) + s.total().count(Counter.TX_ZERO_COPY_BYTES) > 0,
                "sends accounted");
        InteractionCounters k = t.nic.hostInterface().counters();
        assertTrue(k.dmaWrites() > s.total().count(Counter.HANDOVERS) / 2, k::toString);
        assertAllReturned(t);
    }
}
