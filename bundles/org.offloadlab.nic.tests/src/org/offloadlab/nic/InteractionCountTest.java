package org.offloadlab.nic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Host↔adapter interactions for small cases, against values computed by hand from the model (docs/NIC.md): a doorbell
 * or MSI-X is 4 B, a command 64 B, a completion 32 B plus 64 B per connection record, 24 B overhead per bus
 * transaction.
 */
class InteractionCountTest {

    private static final long OVERHEAD = 24;

    private static Testbed run(NotificationPolicy policy) {
        Testbed t = new Testbed(NicConfig.defaults().toBuilder().notification(policy).build(), 16);
        t.listen(128).openAt(1 * Testbed.MS, 2 * Testbed.MS, 3 * Testbed.MS);
        t.sim.runUntil(100 * Testbed.MS);
        return t;
    }

    @Test
    void threeConnectionsPiecemeal() {
        Testbed t = run(new NotificationPolicy.Piecemeal());
        InteractionCounters k = t.hif.counters();
        // LISTEN: 1 command, 1 submission doorbell, 1 DMA read, COMMAND_DONE (1 completion, 1 DMA write, 1 interrupt,
        // 1 re-arm doorbell); each connection: 1 ESTABLISHED (1 completion, 1 DMA write, 1 interrupt, 1 re-arm)
        assertEquals(1, k.commands());
        assertEquals(4, k.completions());
        assertEquals(1, k.submissionDoorbells());
        assertEquals(4, k.completionDoorbells());
        assertEquals(5, k.doorbells());
        assertEquals(4, k.interrupts());
        assertEquals(1, k.dmaReads());
        assertEquals(4, k.dmaWrites());
        assertEquals(3, k.notificationEntries());
        long doorbells = 5 * (4 + OVERHEAD);
        long read = 64 + OVERHEAD;
        long writes = (32 + OVERHEAD) + 3 * (32 + 64 + OVERHEAD);
        long msi = 4 * (4 + OVERHEAD);
        assertEquals(doorbells + read + writes + msi, k.busBytes()); // 756
        assertEquals(756, k.busBytes());
        assertEquals(3, t.established().size());
        for (EstablishedEntry e : t.established()) {
            int slot = e.tid() & 0xFFFFFF;
            // its own ESTABLISHED: 1 completion, its 64 B record in the DMA write, the interrupt that signalled it and
            // the re-arm doorbell that returned its ring entry (28 B each)
            assertEquals(1, k.completions(slot));
            assertEquals(1, k.dmaTransactions(slot));
            assertEquals(1, k.interrupts(slot));
            assertEquals(1, k.doorbells(slot));
            assertEquals(0, k.commands(slot));
            assertEquals(64 + 28 + 28, k.busBytes(slot));
            assertEquals(4, k.interactions(slot));
        }
    }

    @Test
    void threeConnectionsBulkByCountTwo() {
        Testbed t = run(new NotificationPolicy.BulkByCount(2));
        InteractionCounters k = t.hif.counters();
        // LISTEN as above; connections 1+2 in one ESTABLISHED (1 completion carrying 2 records, 1 DMA write,
        // 1 interrupt, 1 re-arm); connection 3 waits for a fourth
        assertEquals(1, k.commands());
        assertEquals(2, k.completions());
        assertEquals(3, k.doorbells());
        assertEquals(2, k.interrupts());
        assertEquals(1, k.dmaReads());
        assertEquals(2, k.dmaWrites());
        assertEquals(2, k.notificationEntries());
        assertEquals(3 * 28 + 88 + (56 + 32 + 128 + 24) + 2 * 28, k.busBytes()); // 468
        assertEquals(2, t.established().size());
        assertEquals(1, t.nic.pendingNotifications());
        // the shared completion, its DMA write, interrupt and re-arm count for both connections it carried
        for (EstablishedEntry e : t.established()) {
            int slot = e.tid() & 0xFFFFFF;
            assertEquals(1, k.completions(slot));
            assertEquals(1, k.dmaTransactions(slot));
            assertEquals(1, k.interrupts(slot));
            assertEquals(1, k.doorbells(slot));
            assertEquals(64 + 28 + 28, k.busBytes(slot));
        }
        assertEquals(3, t.clients.established(), "the clients do not wait for the host");
    }

    @Test
    void bulkByTimeCollectsArrivalsWithinTheInterval() {
        Testbed t = new Testbed(NicConfig.defaults().toBuilder()
                .notification(new NotificationPolicy.BulkByTime(500 * Testbed.US)).build(), 16);
        t.listen(128).openAt(1 * Testbed.MS, 1 * Testbed.MS + 100 * Testbed.US, 1 * Testbed.MS + 200 * Testbed.US,
                5 * Testbed.MS);
        t.sim.runUntil(100 * Testbed.MS);
        assertEquals(2, t.count(CompletionType.ESTABLISHED));
        assertEquals(3, t.completions.stream().filter(c -> c.type() == CompletionType.ESTABLISHED).findFirst()
                .orElseThrow().entries().size());
        assertEquals(3, t.hif.counters().interrupts());
    }

    @Test
    void countOrTimeFlushesTheRemainderAfterTheDelay() {
        Testbed t = new Testbed(NicConfig.defaults().toBuilder()
                .notification(new NotificationPolicy.BulkByCountOrTime(2, 1500 * Testbed.US)).build(), 16);
        t.listen(128).openAt(1 * Testbed.MS, 2 * Testbed.MS, 3 * Testbed.MS);
        t.sim.runUntil(100 * Testbed.MS);
        // 1+2 by count (2 arrives 1 ms after 1, within the 1.5 ms); 3 by time, 1.5 ms after it was established
        assertEquals(2, t.count(CompletionType.ESTABLISHED));
        assertEquals(3, t.established().size());
        assertEquals(0, t.nic.pendingNotifications());
        assertEquals(3, t.hif.counters().interrupts());
    }

    @Test
    void perConnectionCommandsAndDataAreCounted() {
        Testbed t = run(new NotificationPolicy.Piecemeal());
        EstablishedEntry e = t.established().get(0);
        t.sim.at(t.sim.now(), now -> {
            t.hif.post(Command.send(e.tid(), new byte[100]));
            t.hif.post(Command.credit(e.tid(), 10));
            t.hif.ringDoorbell(now);
        });
        t.sim.runUntil(200 * Testbed.MS);
        InteractionCounters k = t.hif.counters();
        int slot = e.tid() & 0xFFFFFF;
        assertEquals(2, k.commands(slot));
        assertEquals(100, k.dataBytesFromHost());
        // its record share, the gather read of the 100 bytes; the client never acknowledges (it has no TCP),
        // so no TX_ACKED
        assertEquals(2, k.dmaTransactions(slot));
        // ESTABLISHED: interrupt + re-arm; then the submission doorbell that announced SEND and CREDIT
        assertEquals(1, k.interrupts(slot));
        assertEquals(2, k.doorbells(slot));
        assertEquals(64 + 28 + 28 + (100 + 24) + 28, k.busBytes(slot));
    }

    @Test
    void oneDoorbellForTwoConnectionsCountsOnceInTotalAndOnceForEach() {
        Testbed t = run(new NotificationPolicy.Piecemeal());
        EstablishedEntry a = t.established().get(0);
        EstablishedEntry b = t.established().get(1);
        EstablishedEntry idle = t.established().get(2);
        InteractionCounters k = t.hif.counters();
        long doorbellsBefore = k.submissionDoorbells();
        t.sim.at(t.sim.now(), now -> {
            t.hif.post(Command.credit(a.tid(), 10));
            t.hif.post(Command.credit(a.tid(), 10));
            t.hif.post(Command.credit(b.tid(), 10));
            t.hif.ringDoorbell(now);
        });
        t.sim.runUntil(200 * Testbed.MS);
        assertEquals(doorbellsBefore + 1, k.submissionDoorbells());
        // a: two commands, one doorbell (besides its ESTABLISHED re-arm); b: one command, one doorbell
        assertEquals(2, k.commands(a.tid() & 0xFFFFFF));
        assertEquals(2, k.doorbells(a.tid() & 0xFFFFFF));
        assertEquals(1, k.commands(b.tid() & 0xFFFFFF));
        assertEquals(2, k.doorbells(b.tid() & 0xFFFFFF));
        assertEquals(1, k.doorbells(idle.tid() & 0xFFFFFF));
        assertEquals(64 + 28 + 28 + 28, k.busBytes(a.tid() & 0xFFFFFF));
    }
}
