package org.offloadlab.charts;

import java.util.Random;

import org.offloadlab.analysis.AnalysisFlags;
import org.offloadlab.analysis.ConnectionSeries;
import org.offloadlab.analysis.ConnectionState;
import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.analysis.DirectionStats;
import org.offloadlab.pcap.Endpoint;
import org.offloadlab.pcap.IpAddress;

/**
 * Synthetic bulk transfers with a seeded sprinkling of losses, so chart tests need neither a capture nor the analyzer:
 * segments of 1448 bytes every 100 µs, an ACK per two segments 2 ms later, a 64 KiB window, every 50th segment
 * retransmitted 5 ms after it was first sent with a SACK block reported for the data beyond it.
 */
final class SampleSeries {

    static final Endpoint CLIENT = new Endpoint(IpAddress.parse("10.0.0.1"), 40100);
    static final Endpoint SERVER = new Endpoint(IpAddress.parse("10.0.0.2"), 80);

    private SampleSeries() {
    }

    static ConnectionSeries bulk(int segments, long seed) {
        Random random = new Random(seed);
        int retransmissions = segments / 50;
        int n = segments + retransmissions;
        long[] times = new long[n];
        long[] start = new long[n];
        long[] end = new long[n];
        boolean[] retransmitted = new boolean[n];
        int k = 0;
        for (int i = 0; i < segments; i++) {
            times[k] = i * 100_000L + random.nextInt(20_000);
            start[k] = i * 1448L;
            end[k] = start[k] + 1448;
            k++;
            if (i % 50 == 25 && k < n) {
                times[k] = times[k - 1] + 5_000;
                start[k] = start[k - 1];
                end[k] = end[k - 1];
                retransmitted[k] = true;
                k++;
            }
        }
        int acks = segments / 2;
        long[] ackTimes = new long[acks];
        long[] ackValues = new long[acks];
        long[] windowEdge = new long[acks];
        for (int i = 0; i < acks; i++) {
            ackTimes[i] = (2 * i + 1) * 100_000L + 2_000_000;
            ackValues[i] = (2 * i + 2) * 1448L;
            windowEdge[i] = ackValues[i] + 65_536 - random.nextInt(8192);
        }
        long[] sackTimes = new long[retransmissions];
        long[] sackLeft = new long[retransmissions];
        long[] sackRight = new long[retransmissions];
        for (int i = 0; i < retransmissions; i++) {
            long seq = (i * 50L + 26) * 1448;
            sackTimes[i] = (i * 50L + 27) * 100_000L + 2_000_000;
            sackLeft[i] = seq;
            sackRight[i] = seq + 3 * 1448;
        }
        long[] rttTimes = new long[acks / 4];
        long[] rttNanos = new long[acks / 4];
        for (int i = 0; i < rttTimes.length; i++) {
            rttTimes[i] = ackTimes[i * 4];
            rttNanos[i] = 2_000_000 + random.nextInt(1_000_000);
        }
        return new ConnectionSeries(connection(segments), CLIENT, times, start, end, retransmitted, ackTimes,
                ackValues, windowEdge, sackTimes, sackLeft, sackRight, rttTimes, rttNanos, true);
    }

    /** {@code series} with the receive window's right edge moved to {@code edges}, one per ACK. */
    static ConnectionSeries withWindowEdge(ConnectionSeries s, long[] edges) {
        return new ConnectionSeries(s.connection(), s.sender(), s.segmentTimes(), s.segmentStart(), s.segmentEnd(),
                s.segmentRetransmitted(), s.ackTimes(), s.ackValues(), edges, s.sackTimes(), s.sackLeft(),
                s.sackRight(), s.rttTimes(), s.rttNanos(), s.windowScaleKnown());
    }

    /** One data segment of 1448 bytes and nothing else: no ACK, no window, no SACK. */
    static ConnectionSeries singleSegment() {
        long[] none = new long[0];
        return new ConnectionSeries(connection(1), CLIENT, new long[]{1_000}, new long[]{0}, new long[]{1448},
                new boolean[1], none, none, none, none, none, none, none, none, true);
    }

    /** Only the handshake: the SYN (relative sequence -1 to 0) and the ACK of it, with a 64 KiB window. */
    static ConnectionSeries handshakeOnly() {
        long[] none = new long[0];
        return new ConnectionSeries(connection(0), CLIENT, new long[]{0}, new long[]{-1}, new long[]{0},
                new boolean[1], new long[]{20_000}, new long[]{0}, new long[]{65_535}, none, none, none, none, none,
                true);
    }

    static ConnectionSeries empty() {
        long[] none = new long[0];
        return new ConnectionSeries(connection(0), SERVER, none, none, none, new boolean[0], none, none, none, none,
                none, none, none, none, false);
    }

    private static ConnectionSummary connection(int segments) {
        DirectionStats up = new DirectionStats(segments, segments * 1514L, segments * 1448L, segments * 1448L,
                segments * 1448L, 0, 1, 1, 0, 0, 0, 1460, 7, true, true, true, false);
        DirectionStats down = new DirectionStats(segments / 2, segments / 2 * 66L, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1460, 7,
                true, true, true, false);
        return new ConnectionSummary(0, CLIENT, SERVER, CLIENT, 1_764_000_000_000_000_000L,
                1_764_000_000_000_000_000L + segments * 100_000L, 1, segments, up, down, ConnectionState.CLOSED, true,
                new AnalysisFlags(segments / 50, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), 10, 2_000_000, 2_500_000);
    }
}
