package org.offloadlab.ui.internal.connections;

import org.offloadlab.analysis.AnalysisFlags;
import org.offloadlab.analysis.ConnectionState;
import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.analysis.DirectionStats;
import org.offloadlab.pcap.Endpoint;
import org.offloadlab.pcap.IpAddress;

/** Connection summaries for table tests: only what the tests look at differs from a quiet, closed connection. */
final class Connections {

    private Connections() {
    }

    static ConnectionSummary connection(int index, String a, String b, ConnectionState state, long bytesAToB,
            int retransmissions) {
        return new ConnectionSummary(index, endpoint(a), endpoint(b), endpoint(a), 1_000L * index,
                1_000L * index + 500, index, index + 1L, direction(bytesAToB), direction(100), state,
                state != ConnectionState.SYN_SENT, flags(retransmissions), 0, -1, -1);
    }

    private static Endpoint endpoint(String text) {
        int colon = text.lastIndexOf(':');
        return new Endpoint(IpAddress.parse(text.substring(0, colon)), Integer.parseInt(text.substring(colon + 1)));
    }

    private static DirectionStats direction(long bytes) {
        return new DirectionStats(1, bytes, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, false, false, false, false);
    }

    private static AnalysisFlags flags(int retransmissions) {
        return new AnalysisFlags(retransmissions, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
