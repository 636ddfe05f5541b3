package org.offloadlab.dma;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Buffer allocate/release throughput (issue target: ≥ 10 M operations/s on one core). One operation is one allocate
 * <em>or</em> one release, so an allocate–release pair counts two.
 * <ul>
 * <li>{@code poolPair}: {@link BufferPool#allocate} then {@link BufferPool#release} of the same buffer.</li>
 * <li>{@code poolBurst}: 64 allocations then 64 releases (a burst of arriving segments, then the host consuming).</li>
 * <li>{@code groupBurst}: the same through a buffer group with quota and posted reserve ({@code Groups.acquire} /
 * {@code unref}: reference count, reserve refill, owner check) — what the receive path pays per buffer.</li>
 * </ul>
 * The class lives in the engine's package to reach the package-private group operations.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class BufferPoolBenchmark {

    private static final int BURST = 64;

    private BufferPool pool;
    private Groups groups;
    private final int[] held = new int[BURST];

    @Setup(Level.Trial)
    public void setUp() {
        pool = new BufferPool(0, new PoolSpec(2048, 65_536));
        HostMemory memory = new HostMemory(List.of(new PoolSpec(2048, 65_536)));
        groups = new Groups(memory, new ConnectionTable(1), new Accounting(true));
        groups.create(GroupConfig.of("default", 0, 32, 4096, ExhaustionPolicy.SHRINK_WINDOW));
    }

    @Benchmark
    @OperationsPerInvocation(2)
    public int poolPair() {
        int b = pool.allocate(0);
        pool.release(b);
        return b;
    }

    @Benchmark
    @OperationsPerInvocation(2 * BURST)
    public int poolBurst() {
        for (int i = 0; i < BURST; i++) {
            held[i] = pool.allocate(0);
        }
        int sum = 0;
        for (int i = 0; i < BURST; i++) {
            sum += held[i];
            pool.release(held[i]);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(2 * BURST)
    public int groupBurst() {
        for (int i = 0; i < BURST; i++) {
            held[i] = groups.acquire(0);
        }
        int sum = 0;
        for (int i = 0; i < BURST; i++) {
            sum += held[i];
            groups.unref(held[i]);
        }
        return sum;
    }
}
