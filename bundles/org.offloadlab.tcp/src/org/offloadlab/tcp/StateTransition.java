package org.offloadlab.tcp;

/**
 * One recorded transition, for timelines.
 *
 * @param from
 *            previous state
 * @param to
 *            new state
 * @param atNanos
 *            virtual time
 */
public record StateTransition(State from, State to, long atNanos) {
}
