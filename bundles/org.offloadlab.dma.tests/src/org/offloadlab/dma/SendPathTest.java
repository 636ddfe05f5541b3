package org.offloadlab.dma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SendPathTest {

    /** Default group without reserve, so released buffers go straight back to the pool. */
    private final Fixture f = new Fixture(Fixture.small().toBuilder()
            .defaultGroup(GroupConfig.of("default", 1, 0, 8, ExhaustionPolicy.SHRINK_WINDOW)).build());
    private final Accounting a = f.m.accounting();
    private final CpuCostModel cost = CpuCostModel.linuxDefaults();

    @Test
    void theThresholdChoosesBetweenCopyAndPin() {
        f.open(0, 80);
        f.m.send(0, 1000, SendMode.AUTO, 0);
        assertEquals(1000, a.total(Counter.TX_BUFFERED_BYTES));
        assertEquals(1, a.total(Counter.COPIES));
        f.m.send(0, 20_000, SendMode.AUTO, 0);
        assertEquals(20_000, a.total(Counter.TX_ZERO_COPY_BYTES));
        assertEquals(5, a.total(Counter.PINNED_PAGES));
        assertEquals(20_000, f.m.group(0).pinnedBytes());
        assertEquals(cost.copyPicos(1000) + cost.pinPicos(20_000), a.total(Counter.CPU_PICOS));
    }

    @Test
    void aSendBufferIsTransmittedAndAcknowledgedInParts() {
        f.open(0, 80);
        assertEquals(6000, f.m.send(0, 6000, SendMode.BUFFERED, 0));
        assertEquals(2, f.m.group(0).held(), "4096 + 1904 bytes in two buffers");
        assertEquals(3000, f.m.transmit(0, 3000, 0));
        assertEquals(3000, f.m.transmit(0, 5000, 0));
        assertEquals(3, a.total(Counter.DMA_TRANSACTIONS), "the second fetch spans both buffers");
        f.m.acknowledge(0, 4000, 0);
        f.m.flush(1);
        assertTrue(f.completions.isEmpty(), "a partly acknowledged buffer is kept");
        f.m.acknowledge(0, 4096, 2);
        f.m.flush(3);
        assertEquals(4096, f.completions.get(0)[1]);
        assertEquals(1, f.m.group(0).held());
        f.m.acknowledge(0, 6000, 4);
        f.m.flush(5);
        assertEquals(0, f.m.group(0).held());
    }

    @Test
    void aZeroCopyBufferStaysPinnedUntilItsCompletionIsDelivered() {
        f.open(0, 80);
        f.m.send(0, 20_000, SendMode.ZERO_COPY, 0);
        f.m.transmit(0, 20_000, 0);
        f.m.acknowledge(0, 10_000, 0);
        f.m.flush(1);
        assertEquals(20_000, f.m.group(0).pinnedBytes());
        f.m.acknowledge(0, 20_000, 2);
        assertEquals(20_000, f.m.group(0).pinnedBytes(), "the completion is still queued");
        f.m.flush(3);
        assertEquals(0, f.m.group(0).pinnedBytes());
        assertEquals(cost.pinPicos(20_000) + cost.releasePicos(20_000), a.total(Counter.CPU_PICOS));
        assertEquals(1, a.total(Counter.COMPLETIONS));
    }

    @Test
    void acknowledgementsBeyondWhatWasSentAreRejected() {
        f.open(0, 80);
        f.m.send(0, 100, SendMode.BUFFERED, 0);
        f.m.transmit(0, 50, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.m.acknowledge(0, 60, 0));
        assertEquals("connection 0: acknowledgement up to 60 outside acknowledged 0 .. sent 50", e.getMessage());
    }

    @Test
    void closingAbandonsUnacknowledgedSendData() {
        f.open(0, 80);
        f.m.send(0, 3000, SendMode.BUFFERED, 0);
        f.m.send(0, 30_000, SendMode.ZERO_COPY, 0);
        f.m.close(0, 1);
        assertEquals(0, f.m.group(0).held());
        assertEquals(0, f.m.group(0).pinnedBytes());
    }
}
