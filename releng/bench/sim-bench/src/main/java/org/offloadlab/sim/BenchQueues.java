package org.offloadlab.sim;

/**
 * Lets the benchmarks build a {@link Simulator} on either event queue (the choice is package-private in the kernel):
 * the hold model runs the previous heap and the calendar queue interleaved in one JVM so both see the same load.
 */
public final class BenchQueues {

    private BenchQueues() {
    }

    /** A simulator on the named queue: {@code calendar} (the default) or {@code heap}. */
    public static Simulator simulator(long seed, String queue) {
        return switch (queue) {
            case "calendar" -> new Simulator(seed, new CalendarQueue());
            case "heap" -> new Simulator(seed, new HeapQueue());
            default -> throw new IllegalArgumentException("queue must be calendar or heap, got " + queue);
        };
    }
}
