package org.offloadlab.dma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReceivePathTest {

    private final Fixture f = new Fixture(Fixture.small());
    private final Accounting a = f.m.accounting();

    @Test
    void pshHandsOverAPartlyFilledBufferAndItsRestIsUsedLater() {
        f.open(0, 80);
        assertEquals(100, f.m.receive(0, 100, RxFlags.PSH, 0));
        int buffer = f.m.connections().rxBuffer[0];
        assertEquals(1, f.m.pendingCompletions());
        assertEquals(200, f.m.receive(0, 200, RxFlags.PSH, 1000));
        assertEquals(buffer, f.m.connections().rxBuffer[0], "the rest of the buffer is used, not a new one");
        f.m.flush(2000);
        assertEquals(new Fixture.Delivery(0, 0, 100, false, 2000), f.deliveries.get(0));
        assertEquals(new Fixture.Delivery(0, 100, 200, false, 2000), f.deliveries.get(1));
        assertEquals(300, f.m.read(0, 1000, 3000));
        assertEquals(2, a.total(Counter.COPIES));
        assertEquals(300, a.total(Counter.COPY_BYTES));
        // fill the buffer: it is finished with 4096 of 4096 bytes used
        f.m.receive(0, 4096 - 300, RxFlags.NONE, 4000);
        assertEquals(1, a.total(Counter.CLOSED_BUFFERS));
        assertEquals(1.0, f.m.snapshot(4000).total().fillRatio());
    }

    @Test
    void withoutPshTheFlushTimerHandsTheBufferOver() {
        f.open(0, 80);
        f.m.receive(0, 100, RxFlags.NONE, 0);
        assertEquals(0, f.m.pendingCompletions());
        assertEquals(5000, f.m.pollAt());
        f.m.poll(4999);
        assertEquals(0, f.m.pendingCompletions());
        f.m.poll(5000);
        assertEquals(1, f.m.pendingCompletions());
        assertEquals(15_000, f.m.pollAt(), "now the batch delay runs");
        f.m.poll(15_000);
        assertEquals(1, f.deliveries.size());
        assertEquals(10_000, a.latency().max());
        assertEquals(Long.MAX_VALUE, f.m.pollAt());
    }

    @Test
    void aFullBufferIsHandedOverAtOnceAndTheNextOneTaken() {
        f.open(0, 80);
        assertEquals(5000, f.m.receive(0, 5000, RxFlags.NONE, 0));
        assertEquals(1, f.m.pendingCompletions());
        assertEquals(2, a.total(Counter.DMA_TRANSACTIONS), "one write per buffer touched");
        assertEquals(904, f.m.memory().fill(f.m.connections().rxBuffer[0]));
    }

    @Test
    void zeroCopyFillsPostedBuffersAndFallsBackWhenNoneIsPosted() {
        f.m.open(0, Fixture.attrs(80), new ConnectionOptions(true, false), 0);
        f.m.postReceiveBuffer(0, 1000, 0);
        f.m.postReceiveBuffer(0, 1000, 0);
        assertEquals(2000, f.m.group(0).pinnedBytes());
        assertEquals(1500, f.m.receive(0, 1500, RxFlags.PSH, 0));
        f.m.flush(10);
        assertEquals(new Fixture.Delivery(0, 0, 1000, true, 10), f.deliveries.get(0));
        assertEquals(new Fixture.Delivery(0, 1000, 500, true, 10), f.deliveries.get(1));
        assertEquals(0, f.m.group(0).pinnedBytes(), "filled buffers belong to the application again");
        assertEquals(1500, f.m.read(0, 5000, 20));
        assertEquals(0, a.total(Counter.COPIES), "zero-copy data needs no copy");
        assertEquals(300, f.m.receive(0, 300, RxFlags.PSH, 30));
        assertEquals(1, a.total(Counter.ZERO_COPY_FALLBACKS));
        f.m.flush(40);
        assertFalse(f.deliveries.get(2).zeroCopy());
        assertEquals(1500, f.deliveries.get(2).offset());
    }

    @Test
    void urgentDataBypassesTheBatching() {
        f.open(0, 80);
        f.m.receive(0, 10, RxFlags.URG, 0);
        assertEquals(1, f.deliveries.size());
        assertEquals(1, a.total(Counter.EXPEDITED));
        assertEquals(1, a.total(Counter.INTERRUPTS));
    }

    @Test
    void pshExpeditesOnlyOnLatencySensitiveConnections() {
        f.open(0, 80);
        f.m.open(1, Fixture.attrs(81), new ConnectionOptions(false, true), 0);
        f.m.receive(0, 10, RxFlags.PSH, 0);
        assertEquals(0, f.deliveries.size());
        f.m.receive(1, 10, RxFlags.PSH, 0);
        assertEquals(2, f.deliveries.size(), "the expedited flush takes the earlier entry along, in order");
        assertEquals(0, f.deliveries.get(0).connection());
    }

    @Test
    void anExpeditedGroupBypassesBatchingForAllItsConnections() {
        f.open(0, 80);
        f.m.setExpedited(0, true, 0);
        f.m.receive(0, 10, RxFlags.PSH, 0);
        assertEquals(1, f.deliveries.size());
    }

    @Test
    void expeditedTransferCanBeSwitchedOff() {
        Fixture off = new Fixture(Fixture.small().toBuilder().expeditedEnabled(false).build());
        off.open(0, 80);
        off.m.receive(0, 10, RxFlags.URG, 0);
        assertTrue(off.deliveries.isEmpty());
        assertEquals(0, off.m.accounting().total(Counter.EXPEDITED));
    }

    @Test
    void closedConnectionsDataIsStillDeliveredAndReadable() {
        f.open(0, 80);
        f.m.receive(0, 700, RxFlags.NONE, 0);
        f.m.close(0, 1);
        f.m.flush(2);
        assertEquals(700, f.deliveredBytes(0));
        assertEquals(700, f.m.read(0, 10_000, 3));
        f.open(0, 80, 4); // the slot is free again once everything was read
    }
}
