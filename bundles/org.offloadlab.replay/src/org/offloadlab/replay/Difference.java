package org.offloadlab.replay;

/**
 * One way the engine's answers to a captured peer differed from what the real stack sent.
 *
 * @param timeNanos
 *            capture time where the difference shows
 * @param kind
 *            what differed
 * @param verdict
 *            an expected policy difference, or non-conformance
 * @param expected
 *            what the real stack did
 * @param actual
 *            what the engine did
 * @param explanation
 *            why it is classified so
 */
public record Difference(long timeNanos, Kind kind, Verdict verdict, String expected, String actual,
        String explanation) {

    /** What differed. */
    public enum Kind {
        /** Options in the SYN or SYN-ACK. */
        OPTIONS,
        /** The same data acknowledged at a different time (summarised per connection). */
        ACK_TIMING,
        /** Data the real stack acknowledged was never acknowledged by the engine. */
        ACK_MISSING,
        /** Advertised receive windows differ (summarised per connection). */
        WINDOW,
        /** Retransmissions differ (summarised per connection). */
        RETRANSMISSION,
        /** The peer acknowledged data the engine had not sent yet: the engine sent more slowly. */
        PACE,
        /** FIN sent by one and not the other. */
        FIN,
        /** RST sent by one and not the other. */
        RST
    }

    /** How a difference is classified. */
    public enum Verdict {
        /** Both behaviours conform; they differ by policy (buffer sizes, delayed-ACK heuristics, timers). */
        POLICY,
        /** The engine does something the RFCs (or the real stack's conforming behaviour) rule out. */
        NONCONFORMANCE
    }
}
