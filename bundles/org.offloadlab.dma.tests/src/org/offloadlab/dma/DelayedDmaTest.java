package org.offloadlab.dma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DelayedDmaTest {

    private final Fixture f = new Fixture(Fixture.small());
    private final Accounting a = f.m.accounting();

    @Test
    void aFullBatchCostsOneInterruptAndOneDescriptorWrite() {
        for (int c = 0; c < 4; c++) {
            f.open(c, 80, 100L * c);
            f.m.receive(c, 10, RxFlags.PSH, 100L * c);
        }
        assertEquals(List.of(4), f.interrupts);
        assertEquals(1, a.total(Counter.INTERRUPTS));
        assertEquals(4 + 1, a.total(Counter.DMA_TRANSACTIONS), "four data writes and one batch");
        assertEquals(4.0, a.batchSizes().mean());
        assertEquals(300, a.latency().max(), "the first entry waited for the fourth");
    }

    @Test
    void aBatchGoesOutWhenItsOldestEntryHasWaitedLongEnough() {
        f.open(0, 80);
        f.m.receive(0, 10, RxFlags.PSH, 0);
        f.m.receive(0, 10, RxFlags.PSH, 4000);
        assertEquals(10_000, f.m.pollAt());
        f.m.poll(10_000);
        assertEquals(List.of(2), f.interrupts);
        assertEquals(10_000, a.latency().max());
        assertEquals(6143, a.latency().percentile(0.5), "upper edge of the bucket 5120..6143 holding 6 µs");
    }

    @Test
    void batchingCutsInterruptsButAddsLatency() {
        long[] interrupts = new long[2];
        double[] latency = new double[2];
        int i = 0;
        for (int batch : new int[]{1, 8}) {
            Fixture x = new Fixture(Fixture.small().toBuilder().batchSize(batch).build());
            x.open(0, 80);
            for (int k = 0; k < 64; k++) {
                x.m.receive(0, 10, RxFlags.PSH, k * 500L);
                x.m.poll(k * 500L);
            }
            x.m.flush(100_000);
            interrupts[i] = x.m.accounting().total(Counter.INTERRUPTS);
            latency[i++] = x.m.accounting().latency().mean();
        }
        assertEquals(64, interrupts[0]);
        assertEquals(8, interrupts[1]);
        assertEquals(0.0, latency[0]);
        assertTrue(latency[1] > 1000, "entries wait for their batch: " + latency[1]);
    }

    @Test
    void sendCompletionsAreBatchedWithReceiveHandovers() {
        f.open(0, 80);
        f.m.send(0, 100, SendMode.BUFFERED, 0);
        f.m.transmit(0, 100, 0);
        f.m.acknowledge(0, 100, 0);
        assertTrue(f.completions.isEmpty());
        f.m.receive(0, 10, RxFlags.PSH, 0);
        f.m.flush(1);
        assertEquals(List.of(2), f.interrupts);
        assertEquals(100, f.completions.get(0)[1]);
    }
}
