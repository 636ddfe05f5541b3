package org.offloadlab.replay;

import java.util.List;

/**
 * What a failover at one moment of the capture would have had to recover: every connection the adapter held then, with
 * its hard state (recoverable from the host) and the soft state that would be lost.
 *
 * @param point
 *            the failure point as requested
 * @param frameNumber
 *            the first frame at or after the failure point (the state is taken just before it)
 * @param timeNanos
 *            capture time of the failure
 * @param connections
 *            held connections, by index
 */
public record FailoverSnapshot(FailurePoint point, long frameNumber, long timeNanos,
        List<OffloadSnapshot> connections) {

    public FailoverSnapshot {
        connections = List.copyOf(connections);
    }

    /** Total hard state to recover, serialized, including unacknowledged send data. */
    public long hardStateBytes() {
        return connections.stream().mapToLong(OffloadSnapshot::hardStateBytes).sum();
    }

    /** Total unacknowledged send data the host must supply to the substitute. */
    public long unackedSendBytes() {
        return connections.stream().mapToLong(OffloadSnapshot::unackedSendBytes).sum();
    }

    /** Connections whose congestion and RTT state would be lost with traffic in flight. */
    public long connectionsWithFlight() {
        return connections.stream().filter(c -> c.soft().flightBytes() > 0).count();
    }
}
