package org.offloadlab.dma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Randomized seeded workloads: every invariant after every step, and determinism by seed. */
class InvariantTest {

    static LongStream seeds() {
        return LongStream.range(0, 120);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void invariantsHoldWithBatching(long seed) {
        new RandomWorkload(seed, 1 + (int) (seed % 9), seed % 2 == 0).run(1500);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void invariantsHoldWithoutBatching(long seed) {
        new RandomWorkload(seed * 7919, 1, true).run(1500);
    }

    @Test
    void sameSeedGivesTheSameAccountingTrace() {
        for (long seed = 0; seed < 10; seed++) {
            assertEquals(new RandomWorkload(seed, 4, true).run(1000), new RandomWorkload(seed, 4, true).run(1000),
                    "seed " + seed);
        }
    }

    @Test
    void differentSeedsGiveDifferentTraces() {
        assertNotEquals(new RandomWorkload(1, 4, true).run(500), new RandomWorkload(2, 4, true).run(500));
    }

    @Test
    void theWorkloadExercisesEveryMechanism() {
        long[] totals = new long[Counter.values().length];
        for (long seed = 0; seed < 20; seed++) {
            RandomWorkload w = new RandomWorkload(seed, 4, true);
            w.run(1500);
            for (Counter c : Counter.values()) {
                totals[c.ordinal()] += w.manager().accounting().total(c);
            }
        }
        for (Counter c : new Counter[]{Counter.BORROWS, Counter.REFUSALS, Counter.DROPS, Counter.EXPEDITED,
                Counter.ZERO_COPY_FALLBACKS, Counter.ZERO_COPY_RX_BYTES, Counter.TX_ZERO_COPY_BYTES,
                Counter.TX_BUFFERED_BYTES, Counter.COMPLETIONS, Counter.COPIES, Counter.TX_REFUSED_BYTES}) {
            assertTrue(totals[c.ordinal()] > 0, c + " never happened: the workload does not cover it");
        }
    }

    @Test
    void checkerDetectsAGapAndADuplicate() {
        DmaInvariantChecker checker = new DmaInvariantChecker(2);
        checker.delivered(0, 0, 10, false, 0);
        assertThrows(AssertionError.class, () -> checker.delivered(0, 20, 5, false, 0));
        assertThrows(AssertionError.class, () -> checker.delivered(0, 5, 5, false, 0));
    }

    @Test
    void checkerDetectsABrokenReferenceCount() {
        DmaInvariantChecker checker = new DmaInvariantChecker(1);
        DmaManager m = new DmaManager(DmaConfig.defaults().toBuilder().maxConnections(1).build(), checker);
        m.open(0, ConnectionAttributes.of(80, IpAddress.ipv4(1)), ConnectionOptions.DEFAULT, 0);
        m.receive(0, 100, RxFlags.NONE, 0);
        checker.check(m, 0);
        int h = m.connections().rxBuffer[0];
        m.memory().refs(h, 2); // corrupt: a second holder that does not exist
        assertThrows(AssertionError.class, () -> checker.check(m, 0));
    }
}
