package org.offloadlab.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.offloadlab.nic.OffloadAdapter;
import org.offloadlab.sim.app.BulkTransfer;

/**
 * The hard-state shadow is sufficient: the adapter crashes in the middle of a bidirectional transfer, the driver
 * rebuilds every connection on a substitute adapter from the shadow alone (TcpConnection.restore behind the RESTORE
 * command), and both applications still receive exactly the byte streams that were sent.
 */
class HardStateShadowTest {

    private static final long MS = Topology.MS;
    private static final long S = Topology.S;

    @Test
    void crashMidTransferRestoreFromShadowContinuesByteExact() {
        Topology t = new Topology(21);
        BulkTransfer w = new BulkTransfer(t.sim, "bulk", t.peer, t.host, 5001, 3_000_000, 2_000_000, 3);
        w.start(0);
        long crashAt = 400 * MS;
        t.sim.runUntil(crashAt);
        assertTrue(w.stats().bytesReceived() > 100_000, "transfer under way: " + w.stats());
        assertTrue(w.stats().bytesReceived() < 10_000_000, "not finished yet: " + w.stats());
        int exact = 0;
        for (int slot = 0; slot < 16; slot++) {
            if (t.host.shadow().isLive(slot) && t.host.shadow().exact(slot)) {
                exact++;
            }
        }
        assertEquals(3, exact, "the adapter held no acknowledged-but-undelivered data");
        long updatesBefore = t.host.shadow().updates();
        assertTrue(updatesBefore > 10);
        t.nic.crash(crashAt);
        OffloadAdapter[] b = new OffloadAdapter[1];
        t.sim.at(crashAt + 5 * MS, now -> {
            b[0] = t.substitute();
            t.host.restoreOnto(b[0].hostInterface(), t.tcp, now);
        });
        t.sim.runUntil(600 * S);
        assertTrue(w.isFinished(), () -> "not finished: " + w.stats());
        assertTrue(w.stats().allIntact(), () -> "damaged: " + w.stats());
        assertEquals(3, w.stats().completed(), w.stats()::toString);
        assertEquals(3 * 5_000_000, w.stats().bytesReceived());
        assertEquals(0, t.peer.openConnections());
        assertTrue(b[0].hostInterface().counters().commands() >= 3, "one RESTORE per connection");
    }
}
