package org.offloadlab.sim.bench;

import org.offloadlab.sim.BenchQueues;
import org.offloadlab.sim.Event;
import org.offloadlab.sim.RandomStream;
import org.offloadlab.sim.Scheduled;
import org.offloadlab.sim.Simulator;

/**
 * The classic "hold" model of event-queue benchmarks (Vaucher and Duval 1975; Jones 1986): keep N events pending;
 * firing one schedules one at now + a random delay (uniform in [0, 2·mean), mean 1 ms), so the queue size stays N.
 * Each event reuses its own {@link Scheduled} handle, so nothing is allocated while measuring: the numbers are the
 * queue's. Each size runs the calendar queue (the default) and the previous 4-ary heap alternately, several times, in
 * one JVM, so both see the same machine load; it prints each round and the best and median per structure.
 * Usage: {@code HoldModel [-rounds R] [sizes...]} (default 3 rounds; sizes 1000 10000 100000 1000000 4000000).
 */
public final class HoldModel {

    private static final long MEAN_DELAY = 1_000_000L;

    private static final class Hold implements Event {
        final Simulator sim;
        final RandomStream random;
        Scheduled handle;

        Hold(Simulator sim, RandomStream random) {
            this.sim = sim;
            this.random = random;
        }

        @Override
        public void fire(long now) {
            sim.reschedule(handle, now + (random.nextLong() >>> 1) % (2 * MEAN_DELAY));
        }
    }

    /** Events per second of the hold model with {@code size} pending events, best of {@code rounds}. */
    static double measure(String queue, int size, long eventsPerRound, int rounds) {
        Simulator sim = BenchQueues.simulator(1, queue);
        RandomStream random = sim.random("hold");
        for (int i = 0; i < size; i++) {
            Hold h = new Hold(sim, random);
            h.handle = sim.handle(h);
            sim.reschedule(h.handle, (random.nextLong() >>> 1) % (2 * MEAN_DELAY));
        }
        // the previous round's simulator is garbage now: collect it before measuring, so an old-generation collection
        // does not land in one structure's rounds and not the other's
        System.gc();
        // warm up: fire every event a few times so the queue reaches its steady-state shape, and let the JIT settle
        runEvents(sim, Math.max(3L * size, 2_000_000L));
        double best = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            runEvents(sim, eventsPerRound);
            long t1 = System.nanoTime();
            best = Math.max(best, eventsPerRound * 1e9 / (t1 - t0));
        }
        if (sim.pendingEvents() != size) {
            throw new IllegalStateException("queue size drifted: " + sim.pendingEvents());
        }
        return best;
    }

    private static void runEvents(Simulator sim, long n) {
        long target = sim.eventsFired() + n;
        // run in slices of virtual time until enough events fired (the rate of events per virtual ms is size/mean)
        while (sim.eventsFired() < target) {
            long before = sim.eventsFired();
            sim.runUntil(sim.now() + MEAN_DELAY / 8);
            if (sim.eventsFired() == before && sim.pendingEvents() == 0) {
                throw new IllegalStateException("no events");
            }
        }
    }

    public static void main(String[] args) {
        int rounds = 3;
        java.util.List<Integer> sizes = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-rounds")) {
                rounds = Integer.parseInt(args[++i]);
            } else {
                sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes = java.util.List.of(1_000, 10_000, 100_000, 1_000_000, 4_000_000);
        }
        String[] queues = {"calendar", "heap"};
        // compile both queues' paths before the first measured size, so its first round is not timed against a JIT
        // still at work (on a loaded machine the compiler threads get little CPU)
        for (String q : queues) {
            measure(q, 10_000, 2_000_000L, 3);
        }
        System.out.printf("%-10s %-9s %s%n", "pending", "queue", "events/s (a round: best of 3 x 10M events)");
        for (int size : sizes) {
            double[][] rates = new double[queues.length][rounds];
            for (int r = 0; r < rounds; r++) {
                for (int q = 0; q < queues.length; q++) {
                    // alternate which structure goes first, so a load change does not always favour one
                    int which = (q + r) % queues.length;
                    rates[which][r] = measure(queues[which], size, 10_000_000L, 3);
                    System.out.printf("%-10d %-9s round %d %,14.0f%n", size, queues[which], r + 1, rates[which][r]);
                }
            }
            for (int q = 0; q < queues.length; q++) {
                double[] sorted = rates[q].clone();
                java.util.Arrays.sort(sorted);
                System.out.printf("SUMMARY %-10d %-9s best %,14.0f median %,14.0f%n", size, queues[q],
                        sorted[sorted.length - 1], sorted[sorted.length / 2]);
            }
        }
    }
}
