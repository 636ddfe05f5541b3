package org.offloadlab.sim;

/** Something that happens at a point of virtual time. */
@FunctionalInterface
public interface Event {

    /** Called by the {@link Simulator} when virtual time has reached the event's time ({@code nowNanos}). */
    void fire(long nowNanos);
}
