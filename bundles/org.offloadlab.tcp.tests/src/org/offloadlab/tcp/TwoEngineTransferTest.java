package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Two engines transfer random data both ways over a lossy, reordering, duplicating, corrupting link. */
class TwoEngineTransferTest {

    private static final long LIMIT = 3_000L * 1_000_000_000L;

    static void transfer(long seed, double loss, double dup, double corrupt) {
        Random r = new Random(seed * 7919);
        TcpConfig ca = LinkSimulation.randomConfig(r);
        TcpConfig cb = LinkSimulation.randomConfig(r);
        LinkSimulation sim = new LinkSimulation(seed, loss, dup, corrupt, r.nextInt(200_000), r.nextInt(100_000), ca,
                cb);
        sim.open();
        boolean ok = sim.run(LIMIT, null);
        assertTrue(ok, () -> "seed " + seed + " did not complete: " + sim.describe());
        assertArrayEquals(sim.dataA, sim.receivedAtB.toByteArray(), "A->B stream, seed " + seed);
        assertArrayEquals(sim.dataB, sim.receivedAtA.toByteArray(), "B->A stream, seed " + seed);
    }

    @Test
    void cleanLink() {
        for (long seed = 1; seed <= 50; seed++) {
            transfer(seed, 0, 0, 0);
        }
    }

    @Test
    void impairedLinkOverManySeeds() {
        for (long seed = 1; seed <= 300; seed++) {
            Random r = new Random(seed);
            transfer(seed, r.nextDouble() * 0.05, r.nextDouble() * 0.03, r.nextDouble() * 0.02);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.2})
    void heavyLoss(double loss) {
        for (long seed = 1000; seed < 1020; seed++) {
            transfer(seed, loss, 0.01, 0.01);
        }
    }

    @Test
    void runsAreDeterministic() {
        Random r1 = new Random(5);
        TcpConfig c = LinkSimulation.randomConfig(r1);
        LinkSimulation x = new LinkSimulation(77, 0.03, 0.01, 0.01, 50_000, 20_000, c, c);
        LinkSimulation y = new LinkSimulation(77, 0.03, 0.01, 0.01, 50_000, 20_000, c, c);
        x.open();
        y.open();
        x.run(LIMIT, null);
        y.run(LIMIT, null);
        org.junit.jupiter.api.Assertions.assertEquals(x.now, y.now);
        org.junit.jupiter.api.Assertions.assertEquals(x.segments, y.segments);
        org.junit.jupiter.api.Assertions.assertEquals(x.a.hardState(), y.a.hardState());
    }
}
