package org.offloadlab.replay;

import java.util.List;

import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.failover.RecoveryTimeline;
import org.offloadlab.nic.InteractionCounters;
import org.offloadlab.sim.LinkConfig;
import org.offloadlab.sim.app.WorkloadStats;

/**
 * The outcome of a trace-driven replay: the capture's application behaviour re-simulated with both ends reactive, the
 * servers on the emulated offload adapter with its host driver, the clients on an emulated peer.
 *
 * @param analysis
 *            the capture analysis the schedule came from
 * @param link
 *            the emulated link (estimated from the capture unless overridden)
 * @param connectionsScheduled
 *            connections with a captured opening SYN, hence replayed
 * @param connectionsSkipped
 *            connections without one (their octets cannot be placed in a new connection)
 * @param clientToServerBytes
 *            octets the capture's clients wrote (from sequence numbers, so header-only captures work)
 * @param serverToClientBytes
 *            octets the capture's servers wrote
 * @param workload
 *            what the re-simulation delivered (per direction, with integrity checks)
 * @param captureDurationNanos
 *            first to last frame of the capture
 * @param simulatedNanos
 *            virtual time the re-simulation took
 * @param finished
 *            every scheduled connection ended before the time limit
 * @param hostInterface
 *            what the adapter's host interface counted (commands, completions, doorbells, interrupts, DMA transactions,
 *            bus bytes), summed over the adapter and, after a failover, the standby
 * @param failovers
 *            the failovers of a {@code --fail-at} run (hard-state recovery onto a standby adapter), else empty
 */
public record TraceResult(AnalysisResult analysis, LinkConfig link, long connectionsScheduled,
        long connectionsSkipped, long clientToServerBytes, long serverToClientBytes, WorkloadStats workload,
        long captureDurationNanos, long simulatedNanos, boolean finished, InteractionCounters.Totals hostInterface,
        List<RecoveryTimeline> failovers) {

    public TraceResult {
        failovers = List.copyOf(failovers);
    }

    /** A result without failovers. */
    public TraceResult(AnalysisResult analysis, LinkConfig link, long connectionsScheduled, long connectionsSkipped,
            long clientToServerBytes, long serverToClientBytes, WorkloadStats workload, long captureDurationNanos,
            long simulatedNanos, boolean finished, InteractionCounters.Totals hostInterface) {
        this(analysis, link, connectionsScheduled, connectionsSkipped, clientToServerBytes, serverToClientBytes,
                workload, captureDurationNanos, simulatedNanos, finished, hostInterface, List.of());
    }

    /**
     * Host↔adapter interactions as the results contract and {@code run} count them: commands, completions, doorbells,
     * interrupts and DMA transactions ({@link InteractionCounters.Totals#interactions()}).
     */
    public long hostAdapterInteractions() {
        return hostInterface.interactions();
    }

    /** Every octet the capture's applications wrote was delivered intact, both ways, and every connection ended. */
    public boolean reproduced() {
        return finished && workload.allIntact()
                && workload.bytesReceived() == clientToServerBytes + serverToClientBytes
                && workload.completed() == connectionsScheduled;
    }
}
