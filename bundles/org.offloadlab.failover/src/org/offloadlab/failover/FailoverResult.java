package org.offloadlab.failover;

import java.util.List;
import java.util.Locale;

/**
 * Outcome of one {@link FailoverExperiment} run: a timeline per failed adapter, the integrity verdict, and the costs.
 *
 * @param shadowUpdates
 *            hard-state shadow updates (each rides on a completion the data path needs anyway)
 * @param checkpointRecords
 *            soft-state checkpoint records DMA-written to the host (FULL_CHECKPOINT only)
 * @param checkpointBusBytes
 *            bus bytes of those records, transaction overhead included
 * @param megabytesTransferred
 *            application octets delivered, both directions, in MB (10^6)
 * @param connectionsLost
 *            connections reset by the failovers (NONE strategy or no substitute left)
 * @param traceHash
 *            hash of the simulator trace (determinism check)
 * @param survivors
 *            the survivor of each {@link SubstituteKind#ACTIVE_ADAPTER} failover (empty otherwise)
 */
public record FailoverResult(String description, long seed, Strategy strategy, List<RecoveryTimeline> failovers,
        IntegrityVerdict integrity, long shadowUpdates, long checkpointRecords, long checkpointBusBytes,
        double megabytesTransferred, long connectionsLost, long endNanos, String traceHash,
        List<SurvivorLoad> survivors) {

    public FailoverResult {
        survivors = survivors == null ? List.of() : List.copyOf(survivors);
    }

    /** Shadowing interactions (shadow updates + checkpoint records) per MB transferred. */
    public double shadowingInteractionsPerMB() {
        return megabytesTransferred <= 0 ? 0 : (shadowUpdates + checkpointRecords) / megabytesTransferred;
    }

    /**
     * Extra host↔adapter bus transactions spent on shadowing per MB (0 for the hard state: it rides on completions).
     */
    public double extraInteractionsPerMB() {
        return megabytesTransferred <= 0 ? 0 : checkpointRecords / megabytesTransferred;
    }

    /** The timelines as text, for golden files. */
    public String timelineText() {
        StringBuilder b = new StringBuilder();
        b.append("experiment ").append(description).append(" seed ").append(seed).append(' ').append(strategy)
                .append('\n');
        for (RecoveryTimeline t : failovers) {
            b.append(t.toText());
        }
        for (SurvivorLoad l : survivors) {
            b.append(l.toText());
        }
        IntegrityVerdict v = integrity;
        b.append(String.format(Locale.ROOT,
                "integrity ok %s connections %d completed %d lost %d duplicated %d reordered %d reset %d%n", v.ok(),
                v.connections(), v.completed(), v.bytesLost(), v.bytesDuplicated(), v.bytesReordered(),
                v.connectionsReset()));
        return b.toString();
    }

    /** JSON after the experiment-runner contract (times in virtual seconds). */
    public String toJson() {
        StringBuilder b = new StringBuilder();
        b.append("{\"description\":").append(str(description)).append(",\"seed\":").append(seed)
                .append(",\"strategy\":").append(str(strategy.name())).append(",\"failovers\":[");
        for (int i = 0; i < failovers.size(); i++) {
            RecoveryTimeline t = failovers.get(i);
            if (i > 0) {
                b.append(',');
            }
            b.append("{\"adapter\":").append(str(t.adapter())).append(",\"kind\":").append(str(t.kind().name()))
                    .append(",\"substitute\":").append(str(t.substitute())).append(",\"failed_at\":")
                    .append(sec(t.failedAt())).append(",\"detected_at\":").append(sec(t.detectedAt()))
                    .append(",\"hard_state_recovered_at\":").append(sec(t.hardStateRecoveredAt()))
                    .append(",\"resumed_at\":").append(sec(t.resumedAt())).append(",\"soft_state_converged_at\":")
                    .append(sec(t.softStateConvergedAt())).append(",\"blackout_p50\":").append(dur(t.blackoutP50()))
                    .append(",\"blackout_p99\":").append(dur(t.blackoutP99())).append(",\"blackout_max\":")
                    .append(dur(t.blackoutMax())).append(",\"bytes_retransmitted\":")
                    .append(t.bytesRetransmitted()).append(",\"connections\":").append(t.connections())
                    .append(",\"connections_lost\":").append(t.connectionsLost()).append(",\"unnotified\":")
                    .append(t.unnotified()).append(",\"dropped_while_blocked\":").append(t.droppedWhileBlocked())
                    .append('}');
        }
        b.append(']');
        if (!survivors.isEmpty()) {
            b.append(",\"survivors\":[");
            for (int i = 0; i < survivors.size(); i++) {
                SurvivorLoad l = survivors.get(i);
                b.append(i > 0 ? "," : "").append("{\"adapter\":").append(str(l.survivor()))
                        .append(",\"own_connections\":").append(l.ownConnections()).append(",\"connections_before\":")
                        .append(l.connectionsBefore()).append(",\"connections_after\":").append(l.connectionsAfter())
                        .append(",\"moved\":").append(l.movedConnections()).append(",\"own_stalled\":")
                        .append(l.ownStalledDuringFailover()).append(",\"own_blackout_max\":")
                        .append(dur(l.ownBlackoutMax())).append(",\"own_dropped\":")
                        .append(l.ownDroppedWhileBlocked()).append(",\"own_bytes_retransmitted_during_failover\":")
                        .append(l.ownBytesRetransmittedDuringFailover()).append(",\"own_bytes_retransmitted\":")
                        .append(l.ownBytesRetransmitted()).append('}');
            }
            b.append(']');
        }
        IntegrityVerdict v = integrity;
        b.append(",\"integrity\":{\"ok\":").append(v.ok()).append(",\"connections\":").append(v.connections())
                .append(",\"bytes_lost\":").append(v.bytesLost()).append(",\"bytes_duplicated\":")
                .append(v.bytesDuplicated()).append(",\"bytes_reordered\":").append(v.bytesReordered())
                .append(",\"connections_reset\":").append(v.connectionsReset()).append("},\"costs\":{")
                .append("\"shadow_updates\":").append(shadowUpdates).append(",\"checkpoint_records\":")
                .append(checkpointRecords).append(",\"shadowing_interactions_per_mb\":")
                .append(String.format(Locale.ROOT, "%.3f", shadowingInteractionsPerMB()))
                .append(",\"connections_lost\":").append(connectionsLost).append("}}");
        return b.toString();
    }

    private static String sec(long nanos) {
        return nanos < 0 ? "null" : String.format(Locale.ROOT, "%.9f", nanos / 1e9);
    }

    private static String dur(long nanos) {
        return sec(nanos);
    }

    private static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
