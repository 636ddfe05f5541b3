package org.offloadlab.dma;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.offloadlab.dma.DmaWorkload.Kind;
import org.offloadlab.dma.DmaWorkload.Op;
import org.offloadlab.dma.DmaWorkload.Setup;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries of DMA workloads ({@link DmaWorkload}): a setup and a list of operations with the weights and
 * parameter ranges of the seeded workload they replaced. Shared by {@link InvariantPropertiesTest} and the mutation
 * script ({@code releng/dev/dma-mutants}), which runs a seeded sample of the same generator against planted bugs.
 */
public final class WorkloadArbitraries {

    /** Longest operation list: the seeded JUnit workloads this replaces ran 1,500 steps. */
    static final int MAX_OPS = 2000;

    private static final RandomDistribution UNIFORM = RandomDistribution.uniform();

    private WorkloadArbitraries() {
    }

    /** A whole workload; its toString is the counterexample jqwik reports. */
    public record Scenario(Setup setup, List<Op> ops) {

        /** Runs it on a fresh manager, checking every invariant after every operation; returns the trace hash. */
        public long run() {
            return new DmaWorkload(setup).run(ops);
        }
    }

    /**
     * {@code count} scenarios drawn from {@link #scenarios()} with a seeded generator (no edge cases, no shrinking):
     * for the coverage check of {@link InvariantPropertiesTest} and the mutation script's catch rates.
     */
    public static List<Scenario> sample(long seed, int count) {
        RandomGenerator<Scenario> generator = scenarios().generator(1000);
        Random random = new Random(seed);
        List<Scenario> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(generator.next(random).value());
        }
        return out;
    }

    /** Workloads: a {@link #setup()} and 1 .. {@value #MAX_OPS} {@link #operation() operations}. */
    public static Arbitrary<Scenario> scenarios() {
        Arbitrary<List<Op>> ops = operation().list().ofMinSize(1).ofMaxSize(MAX_OPS).withSizeDistribution(UNIFORM);
        return Combinators.combine(setup(), ops).as(Scenario::new);
    }

    /** Tiny pools and quotas, so that every exhaustion policy triggers; shrinks towards fewer connections. */
    public static Arbitrary<Setup> setup() {
        Arbitrary<int[]> pools = Combinators
                .combine(between(2, DmaWorkload.MAX_CONNECTIONS), between(16, 64), between(8, 32), between(2, 12))
                .as((n, s, m, l) -> new int[]{n, s, m, l});
        Arbitrary<int[]> quotas = Combinators.combine(between(2, 24), between(1, 16), between(1, 12), between(1, 6))
                .as((d, b, s, x) -> new int[]{d, b, s, x});
        // a flush timer in 7 of 8 setups keeps partial buffers open across the next operations; 0 covers the rest
        Arbitrary<Integer> flush = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)),
                Tuple.of(7, between(2_000, 21_999)));
        return Combinators
                .combine(pools, quotas, Arbitraries.shuffle(0, 1, 2), between(1, 9), Arbitraries.of(true, false),
                        flush)
                .as((p, q, rules, batch, expedited, rxFlush) -> new Setup(p[0], p[1], p[2], p[3], q[0], q[1], q[2],
                        q[3], rules, batch, expedited, rxFlush));
    }

    /** One operation; the weights are those of the seeded workload this replaces. */
    public static Arbitrary<Op> operation() {
        Arbitrary<Integer> none = Arbitraries.just(0);
        Arbitrary<Integer> receiveLength = Arbitraries.frequencyOf(Tuple.of(5, between(1, 1460)),
                Tuple.of(1, between(1, 9000)));
        Arbitrary<Integer> rxFlags = Combinators
                .combine(Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(0)),
                        Tuple.of(1, Arbitraries.just(RxFlags.PSH))),
                        Arbitraries.frequencyOf(Tuple.of(39, Arbitraries.just(0)),
                                Tuple.of(1, Arbitraries.just(RxFlags.URG))))
                .as((psh, urg) -> psh | urg);
        Arbitrary<Integer> sendLength = Arbitraries.oneOf(between(1, 1400), between(1, 6000));
        return Arbitraries.frequencyOf(Tuple.of(35, op(Kind.RECEIVE, receiveLength, rxFlags)),
                Tuple.of(10, op(Kind.READ, between(0, 7999), none)),
                Tuple.of(10, op(Kind.POST, between(256, 4255), none)),
                Tuple.of(10, op(Kind.SEND, sendLength, between(0, 2))),
                Tuple.of(7, op(Kind.TRANSMIT, between(0, 4999), none)),
                Tuple.of(7, op(Kind.ACK, between(0, 1000), none)), Tuple.of(9, op(Kind.POLL, none, none)),
                Tuple.of(3, op(Kind.CLOSE, none, none)),
                Tuple.of(3, op(Kind.RECLASSIFY, between(0, 3), between(0, 2))),
                Tuple.of(2, op(Kind.RESIZE, between(1, 12), between(0, 12))),
                Tuple.of(1, op(Kind.RETIRE, between(0, 2), none)), Tuple.of(3, op(Kind.MEMBERS, none, none)));
    }

    private static Arbitrary<Op> op(Kind kind, Arbitrary<Integer> a, Arbitrary<Integer> b) {
        // bursts on one connection (a segment train) reach its partly filled buffer and posted buffers before the
        // flush timer does; mostly sub-microsecond gaps, sometimes long ones, so batches and timers overlap operations
        Arbitrary<Integer> conn = kind == Kind.RESIZE
                ? between(0, DmaWorkload.MAX_CONNECTIONS - 1)
                : Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(DmaWorkload.SAME)),
                        Tuple.of(1, between(0, DmaWorkload.MAX_CONNECTIONS - 1)));
        Arbitrary<Integer> gap = Arbitraries.frequencyOf(Tuple.of(7, between(0, 999)),
                Tuple.of(1, between(0, 39_999)));
        return Combinators.combine(conn, gap, a, b, between(0, 3))
                .as((c, g, x, y, opts) -> new Op(kind, c, g, x, y, opts));
    }

    private static Arbitrary<Integer> between(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(UNIFORM);
    }
}
