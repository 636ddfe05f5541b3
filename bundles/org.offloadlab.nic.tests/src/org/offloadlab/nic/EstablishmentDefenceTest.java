package org.offloadlab.nic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offloadlab.nic.workload.DelayLine;
import org.offloadlab.nic.workload.SynFlood;
import org.offloadlab.sim.Packet;
import org.offloadlab.tcp.HardState;
import org.offloadlab.tcp.Segment;
import org.offloadlab.tcp.TcpFlags;
import org.offloadlab.tcp.TcpOptions;

/** SYN floods, SYN cookies and a full table. */
class EstablishmentDefenceTest {

    private static final long MS = Testbed.MS;
    private static final long S = 1_000_000_000L;

    @ParameterizedTest
    @EnumSource(SynDefense.class)
    void floodKeepsAdapterMemoryBounded(SynDefense defence) {
        int queue = 64;
        Testbed t = new Testbed(NicConfig.defaults().toBuilder().synDefense(defence).synQueueCapacity(queue)
                .tableCapacity(4096).build(), 200);
        t.listen(1024);
        SynFlood flood = new SynFlood(t.sim, Testbed.NIC, Testbed.PORT, 100_000, DelayLine.to(t.sim, 10_000, t.nic));
        t.sim.at(1 * MS, now -> flood.start(now, 2 * S));
        for (int i = 0; i < 100; i++) {
            t.openAt(10 * MS + i * 10 * MS); // 100 legitimate clients at 100/s during the flood
        }
        int[] peak = new int[1];
        for (long at = 0; at < 3 * S; at += 10 * MS) {
            t.sim.at(at, now -> peak[0] = Math.max(peak[0], t.nic.connectionCount()));
        }
        t.sim.runUntil(20 * S);
        assertTrue(flood.sent() > 190_000, "flood sent " + flood.sent());
        assertTrue(t.nic.stats().peakEmbryonic() <= queue, "embryonic " + t.nic.stats().peakEmbryonic());
        assertTrue(peak[0] <= queue + 100, "connections held " + peak[0]);
        double completion = t.clients.established() / 100.0;
        switch (defence) {
            case COOKIES, QUEUE_THEN_COOKIES -> {
                assertEquals(1.0, completion, "cookies serve every legitimate client");
                assertTrue(t.nic.stats().synCookiesSent() > 100_000);
            }
            case QUEUE_DROP -> assertTrue(completion < 1.0, "a dropping queue loses clients: " + completion);
            case QUEUE_EVICT -> assertTrue(t.nic.stats().synEvicted() > 100_000);
        }
        assertEquals(t.clients.established(), t.established().size(), "every completed handshake is notified");
    }

    @Test
    void cookieConnectionsKeepNegotiatedOptions() {
        Testbed t = new Testbed(NicConfig.defaults().toBuilder().synDefense(SynDefense.COOKIES).build(), 16);
        t.listen(128).openAt(1 * MS, 2 * MS, 3 * MS);
        t.sim.runUntil(100 * MS);
        assertEquals(0, t.nic.stats().peakEmbryonic());
        assertEquals(3, t.nic.stats().cookieAcksValid());
        assertEquals(3, t.established().size());
        HardState h = t.established().get(0).hardState();
        assertEquals(1460, h.sndMss());
        assertEquals(7, h.sndWscale());
        assertTrue(h.windowScaling() && h.sackPermitted() && h.timestamps());
        assertEquals((64240 >> 7) << 7, h.sndWnd(), "the ACK's window scaled by the peer's shift");
    }

    @Test
    void forgedCookieIsAnsweredWithReset() {
        Testbed t = new Testbed(NicConfig.defaults().toBuilder().synDefense(SynDefense.COOKIES).build(), 16);
        t.listen(128);
        int[] resets = new int[1];
        t.nic.attachWire((p, now) -> {
            if (p.segment().has(TcpFlags.RST)) {
                resets[0]++;
            }
        });
        t.sim.at(1 * MS, now -> t.nic.receive(Packet.of(7, Testbed.NIC, new Segment(4000, Testbed.PORT, 1000,
                123456, TcpFlags.ACK, 100, 0, TcpOptions.NONE, ByteBuffer.allocate(0))), now));
        t.sim.runUntil(10 * MS);
        assertEquals(1, t.nic.stats().cookieAcksInvalid());
        assertEquals(1, resets[0]);
        assertEquals(0, t.nic.connectionCount());
    }

    @ParameterizedTest
    @EnumSource(TableFullPolicy.class)
    void fullTableRefusesCleanly(TableFullPolicy policy) {
        Testbed t = new Testbed(NicConfig.defaults().toBuilder().tableCapacity(4).tableFull(policy).build(), 16);
        t.listen(128).openAt(1 * MS, 2 * MS, 3 * MS, 4 * MS, 5 * MS, 6 * MS);
        t.sim.runUntil(30 * S);
        assertEquals(4, t.established().size());
        assertEquals(4, t.nic.connectionCount());
        assertEquals(4, t.clients.established());
        if (policy == TableFullPolicy.RESET) {
            assertEquals(2, t.clients.refused());
            assertEquals(2, t.nic.stats().tableFullRefused());
        } else {
            assertEquals(0, t.clients.refused());
            assertEquals(2, t.clients.gaveUp(), "silently dropped clients retry, then give up");
            assertEquals(2 * 4, t.nic.stats().tableFullRefused(), "each SYN and its 3 retransmissions");
        }
    }

    @Test
    void halfOpenConnectionsTimeOutAndFreeTheirSlots() {
        Testbed t = new Testbed(NicConfig.defaults().toBuilder().synDefense(SynDefense.QUEUE_DROP).build(), 16);
        t.listen(128);
        // SYNs whose SYN-ACKs go nowhere: the engine retransmits and finally gives up
        t.nic.attachWire((p, now) -> {
        });
        t.openAt(1 * MS, 2 * MS);
        t.sim.runUntil(1 * S);
        assertEquals(2, t.nic.embryonicCount());
        t.sim.runUntil(400 * S);
        assertEquals(0, t.nic.embryonicCount());
        assertEquals(0, t.nic.connectionCount());
    }
}
