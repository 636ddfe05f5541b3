package org.offloadlab.dma;

import java.util.concurrent.TimeUnit;

import org.offloadlab.host.experiment.DmaAdapterExperiments;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The overhead target measured where it is stated: a whole simulation run (emulated peer, link, offload
 * adapter with its TCP engines, DMA data path, host driver) with the DMA manager's accounting on vs off. One operation
 * is one run of DMA experiment 1's traffic mix over {@code connections} connections (DmaAdapterExperiments.simulate);
 * both settings fire the same events, so the time difference is the accounting.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SimulationAccountingBenchmark {

    @Param({"1000"})
    public int connections;

    @Param({"true", "false"})
    public boolean accounting;

    @Benchmark
    public long run() {
        return DmaAdapterExperiments.simulate(1, connections, accounting);
    }
}
