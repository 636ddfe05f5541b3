package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Two engines in commit mode over the impaired link, each committing what its application read only after a random lag
 * (0–5 ms): held ACKs, partial ACKs and the window kept relative to the ACK sent must still carry both streams
 * byte-exactly to a clean close, with every option combination and either congestion control.
 */
class AckCommitTransferTest {

    private static final long LIMIT = 3_000L * 1_000_000_000L;

    private static void transfer(long seed, double loss, double dup, double corrupt) {
        Random r = new Random(seed * 6007);
        TcpConfig ca = LinkSimulation.randomConfig(r);
        TcpConfig cb = LinkSimulation.randomConfig(r);
        LinkSimulation sim = new LinkSimulation(seed, loss, dup, corrupt, r.nextInt(200_000), r.nextInt(100_000), ca,
                cb);
        sim.commitLagNanos = r.nextInt(5_000_001);
        sim.open();
        boolean ok = sim.run(LIMIT, () -> {
            assertTrue(SeqNum.le(sim.b.rcvCommitted(), sim.b.rcvNxt()), sim::describe);
        });
        assertTrue(ok, () -> "seed " + seed + " did not complete: " + sim.describe());
        assertArrayEquals(sim.dataA, sim.receivedAtB.toByteArray(), "A->B stream, seed " + seed);
        assertArrayEquals(sim.dataB, sim.receivedAtA.toByteArray(), "B->A stream, seed " + seed);
    }

    @Test
    void cleanLink() {
        for (long seed = 1; seed <= 40; seed++) {
            transfer(seed, 0, 0, 0);
        }
    }

    @Test
    void impairedLinkOverManySeeds() {
        for (long seed = 1; seed <= 200; seed++) {
            Random r = new Random(seed);
            transfer(seed, r.nextDouble() * 0.05, r.nextDouble() * 0.03, r.nextDouble() * 0.02);
        }
    }
}
