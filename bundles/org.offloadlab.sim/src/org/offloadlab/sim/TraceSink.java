package org.offloadlab.sim;

/**
 * Receives the simulation's event trace: what happened, where, when. Used to prove determinism (same topology, workload
 * and seed ⇒ byte-identical trace, compared by hash) and to build timelines. Sources and kinds are short constant
 * strings; {@code a} and {@code b} are event-specific numbers (sequence number, length, connection id...).
 */
@FunctionalInterface
public interface TraceSink {

    /** A sink that records nothing. */
    TraceSink NONE = (t, s, k, a, b) -> {
    };

    void record(long timeNanos, String source, String kind, long a, long b);
}
