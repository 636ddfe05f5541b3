package org.offloadlab.replay.internal;

import java.util.ArrayDeque;

/**
 * Matches each cumulative acknowledgment the real stack first sent with the moment the engine first acknowledged as
 * much, as both streams go by. Both sides' acknowledgments only grow, so an engine advance below a real one can never
 * match a later real one and is dropped at once: the queues hold only the stretch where one side is ahead of the other,
 * and are capped besides, so memory does not grow with the length of the connection.
 */
final class AckMatcher {

    /** Beyond this many unmatched advances on one side, the oldest are given up (and counted). */
    static final int MAX_PENDING = 65_536;
    /** Timing differences up to this are the capture's own jitter, not a difference. */
    private static final long SAME_TIME_NANOS = 1_000_000L;

    private record Advance(long time, long ack, long window) {
    }

    private final ArrayDeque<Advance> realPending = new ArrayDeque<>();
    private final ArrayDeque<Advance> engineAhead = new ArrayDeque<>();
    private long realMax = -1;
    private long engineMax = -1;
    int compared;
    int later;
    int earlier;
    int windowDifferences;
    int givenUp;
    long worst;
    long worstAt;

    /** The real stack sent an ACK ({@code ack} as an unsigned sequence number in the peer's space). */
    void real(long time, long ack, long window) {
        if (realMax >= 0 && (int) (ack - realMax) <= 0) {
            return;
        }
        realMax = ack;
        while (!engineAhead.isEmpty() && (int) (engineAhead.peekFirst().ack - ack) < 0) {
            engineAhead.pollFirst();
        }
        Advance e = engineAhead.peekFirst();
        if (e != null) {
            match(new Advance(time, ack, window), e);
        } else {
            if (realPending.size() == MAX_PENDING) {
                realPending.pollFirst();
                givenUp++;
            }
            realPending.addLast(new Advance(time, ack, window));
        }
    }

    /** The engine sent an ACK. */
    void engine(long time, long ack, long window) {
        if (engineMax >= 0 && (int) (ack - engineMax) <= 0) {
            return;
        }
        engineMax = ack;
        Advance e = new Advance(time, ack, window);
        while (!realPending.isEmpty() && (int) (realPending.peekFirst().ack - ack) <= 0) {
            match(realPending.pollFirst(), e);
        }
        if (engineAhead.size() == MAX_PENDING) {
            engineAhead.pollFirst();
        }
        engineAhead.addLast(e);
    }

    private void match(Advance r, Advance e) {
        compared++;
        long delta = e.time - r.time;
        if (delta > SAME_TIME_NANOS) {
            later++;
        } else if (delta < -SAME_TIME_NANOS) {
            earlier++;
        }
        if (Math.abs(delta) > Math.abs(worst)) {
            worst = delta;
            worstAt = r.time;
        }
        if (e.window != r.window) {
            windowDifferences++;
        }
    }

    /** The first real acknowledgment the engine never reached, or {@code null}. */
    long[] firstUnmatched() {
        Advance r = realPending.peekFirst();
        return r == null ? null : new long[]{r.time, r.ack};
    }
}
