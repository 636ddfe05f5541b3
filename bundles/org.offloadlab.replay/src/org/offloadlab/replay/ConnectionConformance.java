package org.offloadlab.replay;

import java.util.List;

import org.offloadlab.pcap.Endpoint;

/**
 * The conformance replay of one connection.
 *
 * @param index
 *            the connection's index in the capture analysis
 * @param local
 *            the side the engine played
 * @param remote
 *            the peer whose segments were injected
 * @param skipped
 *            why the connection was not replayed, or {@code null}
 * @param realSegments
 *            segments the real stack sent
 * @param engineSegments
 *            segments the engine sent
 * @param acksCompared
 *            acknowledgments of peer data compared
 * @param differences
 *            what differed
 */
public record ConnectionConformance(int index, Endpoint local, Endpoint remote, String skipped, int realSegments,
        int engineSegments, int acksCompared, List<Difference> differences) {

    public ConnectionConformance {
        differences = List.copyOf(differences);
    }

    public long count(Difference.Verdict verdict) {
        return differences.stream().filter(d -> d.verdict() == verdict).count();
    }
}
