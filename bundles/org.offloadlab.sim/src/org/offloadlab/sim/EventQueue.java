package org.offloadlab.sim;

/**
 * The simulator's pending events, ordered by (time, sequence). Implementations: {@link CalendarQueue} (the default) and
 * {@link HeapQueue} (the previous structure, kept as the reference for tests and benchmarks).
 */
abstract class EventQueue {

    /** Queues {@code s}, which is not queued; its time and sequence are set. */
    abstract void add(Scheduled s);

    /** Removes {@code s}, which is queued. */
    abstract void remove(Scheduled s);

    /** Removes and returns the first event if its time is ≤ {@code endNanos}; otherwise (or when empty) null. */
    abstract Scheduled pollUntil(long endNanos);

    abstract int size();
}
