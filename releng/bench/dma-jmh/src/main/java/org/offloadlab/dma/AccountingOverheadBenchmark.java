package org.offloadlab.dma;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The receive path end to end with accounting on and off (issue target: overhead ≤ 10 %). One operation: a 1448-byte
 * segment {@code receive}d for one of 1024 connections (round robin, PSH on every fourth segment of a connection),
 * handed over, batched (16 per interrupt), delivered, and {@code read} (copied) by the host when its batch arrives.
 * The virtual clock advances 100 ns per segment; {@code poll} runs when {@code pollAt} says.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AccountingOverheadBenchmark {

    private static final int CONNECTIONS = 1024;

    @Param({"true", "false"})
    public boolean accounting;

    private DmaManager manager;
    private long now;
    private int next;
    private int segment;

    @Setup(Level.Trial)
    public void setUp() {
        DmaConfig config = DmaConfig.defaults().toBuilder().maxConnections(CONNECTIONS)
                .pools(List.of(new PoolSpec(16_384, 16_384)))
                .defaultGroup(GroupConfig.of("default", 0, 256, 16_384, ExhaustionPolicy.SHRINK_WINDOW))
                .accountingEnabled(accounting).build();
        HostSink reader = new HostSink() {
            @Override
            public void delivered(int connection, long streamOffset, int length, boolean zeroCopy, long time) {
                manager.read(connection, length, time);
            }
        };
        manager = new DmaManager(config, reader);
        for (int c = 0; c < CONNECTIONS; c++) {
            manager.open(c, ConnectionAttributes.of(80, IpAddress.ipv4(0x0A000000 | c)), ConnectionOptions.DEFAULT,
                    0);
        }
    }

    @Benchmark
    public int receiveSegment() {
        now += 100;
        int c = next;
        next = next + 1 == CONNECTIONS ? 0 : next + 1;
        if (c == 0) {
            segment++;
        }
        int placed = manager.receive(c, 1448, (segment & 3) == 0 ? RxFlags.PSH : RxFlags.NONE, now);
        if (manager.pollAt() <= now) {
            manager.poll(now);
        }
        if (placed != 1448) {
            throw new IllegalStateException("segment refused: the benchmark must not exhaust its pool");
        }
        return placed;
    }
}
