package org.offloadlab.replay;

import java.util.List;

import org.offloadlab.analysis.AnalysisResult;

/**
 * The outcome of a monitor-mode replay.
 *
 * @param analysis
 *            the passive analysis made in the same pass (connection boundaries, problems, completeness)
 * @param endpoint
 *            the selector used
 * @param connections
 *            every connection with a side the selector chose, by index
 * @param series
 *            the adapter's held state over capture time
 * @param failover
 *            the state at the requested failure point, or {@code null} when none was requested or it was not reached
 */
public record MonitorResult(AnalysisResult analysis, EndpointSelector endpoint, List<MonitoredConnection> connections,
        List<HeldStateSample> series, FailoverSnapshot failover) {

    public MonitorResult {
        connections = List.copyOf(connections);
        series = List.copyOf(series);
    }

    /** Most connections held at once (over the samples and at the end). */
    public int peakConnections() {
        return series.stream().mapToInt(HeldStateSample::connections).max().orElse(0);
    }

    /** Most hard state held at once. */
    public long peakHardStateBytes() {
        return series.stream().mapToLong(HeldStateSample::hardStateBytes).max().orElse(0);
    }
}
