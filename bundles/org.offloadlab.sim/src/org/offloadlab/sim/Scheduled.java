package org.offloadlab.sim;

/**
 * A handle on an event in a {@link Simulator}'s queue: it can be cancelled or moved. One handle can be reused for a
 * recurring timer ({@link Simulator#reschedule}) so that periodic components allocate nothing per firing.
 */
public final class Scheduled {

    final Event event;
    long time;
    long sequence;
    /** Position in the simulator's heap, or -1 when not queued. */
    int index = -1;

    Scheduled(Event event) {
        this.event = event;
    }

    /** The virtual time the event is (or was last) scheduled for. */
    public long time() {
        return time;
    }

    /** Whether the event is still waiting in the queue. */
    public boolean isPending() {
        return index >= 0;
    }
}
