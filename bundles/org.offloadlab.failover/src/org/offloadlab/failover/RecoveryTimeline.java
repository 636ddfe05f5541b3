package org.offloadlab.failover;

import java.util.Locale;

/**
 * What happened to one failed adapter, as instants of virtual time in nanoseconds (-1: did not happen before the
 * horizon). Phases after EP1609063: failure → detection (heartbeat/link watchdog) → reception blocked → hard state
 * recovered from the host's shadow → substitute active (every RESTORE confirmed) → reception resumed → first segment
 * sent by the substitute → soft state converged (every surviving connection's cwnd and SRTT back within the tolerance
 * of their values at the failure). Per connection: blackout = first progress seen by the application after the failure
 * − failure time (distribution below); connections that never progressed again are {@code stalled}.
 *
 * @param adapter
 *            name of the failed adapter
 * @param kind
 *            how it failed
 * @param substitute
 *            name of the adapter that took over ("" if none was left)
 * @param connections
 *            connections the host knew at the failure
 * @param unnotified
 *            connections the failed adapter held that the host had not been told of (SYN queue and
 *            established-but-pending notification): lost by definition, see docs/FAILOVER.md
 * @param droppedWhileBlocked
 *            packets arriving while reception was blocked
 * @param bytesRetransmitted
 *            payload octets sent again on the wire between failure and soft-state convergence
 * @param converged
 *            connections whose soft state converged
 * @param notConverged
 *            surviving connections that ended or hit the horizon before converging
 * @param connectionsLost
 *            connections the failover reset (strategy NONE, or no substitute left)
 */
public record RecoveryTimeline(String adapter, FailureKind kind, String substitute, long failedAt, long detectedAt,
        long blockedAt, long hardStateRecoveredAt, long substituteActiveAt, long resumedAt, long firstSegmentAt,
        long softStateConvergedAt, int connections, int unnotified, long droppedWhileBlocked, long blackoutP50,
        long blackoutP99, long blackoutMax, int stalled, long bytesRetransmitted, int converged, int notConverged,
        int connectionsLost) {

    /** Detection time: failure → detection. */
    public long detectionNanos() {
        return detectedAt < 0 ? -1 : detectedAt - failedAt;
    }

    /** Time to soft-state convergence, from the failure. */
    public long convergenceNanos() {
        return softStateConvergedAt < 0 ? -1 : softStateConvergedAt - failedAt;
    }

    /** One line per phase, for golden files and reports: exact integers, no formatting that depends on the locale. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append("failover ").append(adapter).append(' ').append(kind).append(" -> ").append(substitute).append('\n');
        line(b, "failed", failedAt);
        line(b, "detected", detectedAt);
        line(b, "blocked", blockedAt);
        line(b, "hard-state-recovered", hardStateRecoveredAt);
        line(b, "substitute-active", substituteActiveAt);
        line(b, "resumed", resumedAt);
        line(b, "first-segment", firstSegmentAt);
        line(b, "soft-state-converged", softStateConvergedAt);
        b.append(String.format(Locale.ROOT,
                "  connections %d unnotified %d dropped-while-blocked %d lost %d%n"
                        + "  blackout-ns p50 %d p99 %d max %d stalled %d%n"
                        + "  retransmitted-bytes %d converged %d not-converged %d%n",
                connections, unnotified, droppedWhileBlocked, connectionsLost, blackoutP50, blackoutP99, blackoutMax,
                stalled, bytesRetransmitted, converged, notConverged));
        return b.toString();
    }

    private static void line(StringBuilder b, String what, long t) {
        b.append("  ").append(what).append(' ').append(t).append('\n');
    }
}
