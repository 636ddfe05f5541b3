package org.offloadlab.sim;

/**
 * A handle on an event in a {@link Simulator}'s queue: it can be cancelled or moved. One handle can be reused for a
 * recurring timer ({@link Simulator#reschedule}) so that periodic components allocate nothing per firing.
 */
public final class Scheduled {

    /**
     * Values of {@link #queue}: not queued, in a sorted heap, in the far heap, in a calendar bucket's slot array, in a
     * calendar bucket's overflow list.
     */
    static final byte NONE = 0, HEAP = 1, FAR = 2, WHEEL = 3, OVERFLOW = 4;

    final Event event;
    long time;
    long sequence;
    /** Where the handle is queued (one of the constants above). */
    byte queue = NONE;
    /** Position in the heap or in the calendar's slot array it is in, if any. */
    int index = -1;
    /** Neighbours in a calendar bucket's overflow list. */
    Scheduled next, prev;

    Scheduled(Event event) {
        this.event = event;
    }

    /** The virtual time the event is (or was last) scheduled for. */
    public long time() {
        return time;
    }

    /** Whether the event is still waiting in the queue. */
    public boolean isPending() {
        return queue != NONE;
    }
}
