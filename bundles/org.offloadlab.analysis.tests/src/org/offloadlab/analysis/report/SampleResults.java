package org.offloadlab.analysis.report;

import java.nio.file.Path;
import java.util.List;

import org.offloadlab.analysis.AnalysisFlags;
import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.analysis.CaptureProblem;
import org.offloadlab.analysis.ConnectionState;
import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.analysis.DirectionStats;
import org.offloadlab.pcap.Endpoint;
import org.offloadlab.pcap.IpAddress;

/** Hand-made analysis results with known values, so report tests do not depend on the analyzer. */
final class SampleResults {

    static final long T0 = 1_764_000_000_123_456_789L;

    private SampleResults() {
    }

    static Endpoint v4(String address, int port) {
        return new Endpoint(IpAddress.parse(address), port);
    }

    static DirectionStats direction(long packets, long bytes, long payload, int mss, int windowScale) {
        return new DirectionStats(packets, bytes, payload, payload, payload, 0, 1, 1, 0, 0, 0, mss, windowScale,
                windowScale >= 0, true, true, false);
    }

    static AnalysisFlags flags(int retransmissions, int outOfOrder) {
        return new AnalysisFlags(retransmissions, 1, 2, outOfOrder, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    }

    static ConnectionSummary connection(int index, Endpoint a, Endpoint b, long first, long duration) {
        return new ConnectionSummary(index, a, b, a, first, first + duration, 1 + index * 10L, 10 + index * 10L,
                direction(5, 548, 78, 1460, 7), direction(7, 4587, 4117, 1460, -1), ConnectionState.CLOSED, true,
                flags(index, 2), 3, 41_000, 52_500);
    }

    /** Two IPv4 connections and one IPv6 connection, a clean read. */
    static AnalysisResult clean(Path file) {
        ConnectionSummary c0 = connection(0, v4("10.200.1.1", 40100), v4("10.200.1.2", 80), T0, 522_000);
        ConnectionSummary c1 = connection(1, v4("10.200.1.2", 80), v4("10.200.1.1", 40101), T0 + 1_000_000_000L,
                1_000_000_001L);
        ConnectionSummary c2 = new ConnectionSummary(2, new Endpoint(IpAddress.parse("2001:db8::1"), 443),
                new Endpoint(IpAddress.parse("fe80::2"), 50000), new Endpoint(IpAddress.parse("fe80::2"), 50000),
                T0 + 5, T0 + 5, 40, 40, direction(1, 74, 0, -1, -1), direction(0, 0, 0, -1, -1),
                ConnectionState.SYN_SENT, false, flags(0, 0), 0, -1, -1);
        return new AnalysisResult(file, "pcap", List.of("EN10MB"), 30, 28, 2, 0, T0, T0 + 2_000_000_000L,
                List.of(c0, c1, c2), List.of(), 0, true, false);
    }

    /** One connection, a read that stopped at damage, with a message that needs JSON escaping. */
    static AnalysisResult damaged(Path file) {
        ConnectionSummary c0 = connection(0, v4("10.200.1.1", 40100), v4("10.200.1.2", 80), T0, 522_000);
        return new AnalysisResult(file, "pcapng", List.of("EN10MB"), 5, 5, 0, 1, T0, T0 + 522_000, List.of(c0),
                List.of(new CaptureProblem(100, 3, "bad TCP header", false),
                        new CaptureProblem(490, 6, "record cut \"short\"\n\tat\\end \u0001", true)),
                0, false, false);
    }
}
