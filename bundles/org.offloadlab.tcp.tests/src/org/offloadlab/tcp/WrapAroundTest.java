package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Sequence numbers cross 2^32 on both sides during transfers (RFC 9293 §3.4). */
class WrapAroundTest {

    /** Picks the start time so that the RFC 6528 clock puts the ISS {@code before} octets below 2^32. */
    private static long startTimeForIss(TcpConfig c, int before) {
        int iss0 = org.offloadlab.tcp.internal.SipHash.initialSequenceNumber(c.isnSecret(), 40000, 80, 2, 0);
        return Integer.toUnsignedLong(-before - iss0) * 4000L;
    }

    @Test
    void bothDirectionsCrossTheWrap() {
        for (long seed = 1; seed <= 40; seed++) {
            Random r = new Random(seed);
            TcpConfig ca = LinkSimulation.randomConfig(r);
            TcpConfig cb = LinkSimulation.randomConfig(r);
            LinkSimulation sim = new LinkSimulation(seed, 0.02, 0.01, 0.01, 60_000, 60_000, ca, cb);
            sim.now = startTimeForIss(ca, 1000 + r.nextInt(20_000));
            sim.open();
            int iss = sim.a.hardState().iss();
            assertTrue(Integer.toUnsignedLong(iss) > 0xFFFF0000L, "ISS close to the wrap");
            assertTrue(sim.run(sim.now + 3_000L * 1_000_000_000L, null), sim::describe);
            assertTrue(Integer.toUnsignedLong(sim.a.hardState().sndUna()) < 0x10000000L, "A's stream wrapped");
            assertArrayEquals(sim.dataA, sim.receivedAtB.toByteArray());
            assertArrayEquals(sim.dataB, sim.receivedAtA.toByteArray());
        }
    }
}
