package org.offloadlab.replay;

import java.util.List;

import org.offloadlab.analysis.AnalysisResult;

/**
 * The outcome of a conformance replay: per connection, how the engine's answers differed from the real stack's.
 *
 * @param analysis
 *            the passive analysis of the capture (connection boundaries, problems, completeness)
 * @param endpoint
 *            the selector used
 * @param connections
 *            every connection with a side the selector chose
 */
public record ConformanceResult(AnalysisResult analysis, EndpointSelector endpoint,
        List<ConnectionConformance> connections) {

    public ConformanceResult {
        connections = List.copyOf(connections);
    }

    public long count(Difference.Verdict verdict) {
        return connections.stream().mapToLong(c -> c.count(verdict)).sum();
    }

    public long replayed() {
        return connections.stream().filter(c -> c.skipped() == null).count();
    }
}
