package org.offloadlab.dma;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import org.offloadlab.host.experiment.DmaAdapterExperiments;

/**
 * The whole-simulation accounting overhead on a shared machine: runs with accounting on and off strictly alternated in
 * one JVM after a warm-up, timed by this thread's CPU time (less disturbed by other processes than wall time), and
 * reports the median of each and their ratio. Usage: {@code java -cp target/benchmarks.jar
 * org.offloadlab.dma.SimulationAccountingRounds [ROUNDS=20] [CONNECTIONS=1000]}.
 */
public final class SimulationAccountingRounds {

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 6; i++) {
            DmaAdapterExperiments.simulate(1, connections, i % 2 == 0);
        }
        long[] on = new long[rounds];
        long[] off = new long[rounds];
        long events = 0;
        for (int i = 0; i < rounds; i++) {
            for (int k = 0; k < 2; k++) {
                boolean accounting = (i + k) % 2 == 0; // alternate which goes first
                long t = mx.getCurrentThreadCpuTime();
                events = DmaAdapterExperiments.simulate(1, connections, accounting);
                long d = mx.getCurrentThreadCpuTime() - t;
                (accounting ? on : off)[i] = d;
            }
        }
        Arrays.sort(on);
        Arrays.sort(off);
        double mOn = on[rounds / 2] / 1e6;
        double mOff = off[rounds / 2] / 1e6;
        System.out.printf("connections %d, events per run %d, rounds %d%n", connections, events, rounds);
        System.out.printf("accounting on : median %.1f ms CPU (min %.1f, max %.1f)%n", mOn, on[0] / 1e6,
                on[rounds - 1] / 1e6);
        System.out.printf("accounting off: median %.1f ms CPU (min %.1f, max %.1f)%n", mOff, off[0] / 1e6,
                off[rounds - 1] / 1e6);
        System.out.printf("overhead (median on / median off - 1): %+.1f %%%n", (mOn / mOff - 1) * 100);
    }
}
