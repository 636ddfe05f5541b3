package org.offloadlab.experiment;

import java.util.List;
import java.util.Map;

import org.offloadlab.model.DoubleArray;
import org.offloadlab.model.FailoverTimeline;
import org.offloadlab.model.LongArray;

/**
 * The state of a run after one slice of simulated time, immutable and detached from the run: safe to hand to another
 * thread. Everything is in virtual time.
 *
 * @param experiment
 *            the experiment's name
 * @param nowNanos
 *            virtual time the run has reached
 * @param endNanos
 *            virtual time the run ends at (its duration)
 * @param done
 *            the run ended (finished, cancelled or out of time); no more snapshots follow
 * @param metrics
 *            the run's figures so far, by results.json metric name (docs/RESULTS.md), in a stable order
 * @param series
 *            the time series so far (host↔adapter interactions by kind, host memory, open connections)
 * @param connections
 *            rows for at most {@link RunObserver#maxConnectionRows()} connections, the first ones opened
 * @param connectionsOpen
 *            connections open on the host now (all of them, not only the rows)
 * @param failovers
 *            the failover timelines so far, as detached copies
 */
public record RunSnapshot(String experiment, long nowNanos, long endNanos, boolean done, Map<String, Double> metrics,
        List<SeriesData> series, List<ConnectionRow> connections, int connectionsOpen,
        List<FailoverTimeline> failovers) {

    /** Copies the collections so the snapshot stays immutable. */
    public RunSnapshot {
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
        series = List.copyOf(series);
        connections = List.copyOf(connections);
        failovers = List.copyOf(failovers);
    }

    /** The series called {@code name}, or null. */
    public SeriesData series(String name) {
        for (SeriesData s : series) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    /**
     * One time series so far; the arrays are immutable values.
     *
     * @param name
     *            e.g. {@code commands}, {@code host_memory_bytes}
     * @param unit
     *            e.g. {@code 1/s}, {@code bytes}
     * @param kind
     *            {@code interactions}, {@code memory}, {@code connections} or {@code buffer-group}
     * @param timesNanos
     *            the end of each slice, virtual nanoseconds
     * @param values
     *            the value for each slice, parallel to timesNanos
     */
    public record SeriesData(String name, String unit, String kind, LongArray timesNanos, DoubleArray values) {
    }

    /**
     * One connection as the adapter holding it sees it now: TCP state, hard state and soft state side by side. Sequence
     * numbers are unsigned 32-bit values; byte counts are taken modulo 2^32 from the initial sequence numbers.
     *
     * @param id
     *            the host-visible connection id on its adapter
     * @param localAddress
     *            host address
     * @param localPort
     *            host port
     * @param remoteAddress
     *            peer address
     * @param remotePort
     *            peer port
     * @param adapter
     *            name of the adapter that holds it (experiment's adapter names), or null once no adapter holds it
     * @param bufferGroup
     *            the DMA buffer group it belongs to, or null when buffer groups are not applied
     * @param state
     *            RFC 9293 state name; CLOSED once no adapter holds it
     * @param sndUna
     *            hard state SND.UNA
     * @param sndNxt
     *            hard state SND.NXT
     * @param rcvNxt
     *            hard state RCV.NXT
     * @param sndWnd
     *            hard state SND.WND (octets)
     * @param rcvWnd
     *            hard state RCV.WND (octets)
     * @param mss
     *            effective MSS
     * @param cwnd
     *            soft state congestion window (octets)
     * @param ssthresh
     *            soft state slow-start threshold (octets)
     * @param srttNanos
     *            soft state smoothed RTT
     * @param rtoNanos
     *            soft state retransmission timeout
     * @param bytesIn
     *            octets received in order (RCV.NXT − IRS − 1)
     * @param bytesOut
     *            octets acknowledged by the peer (SND.UNA − ISS − 1)
     */
    public record ConnectionRow(int id, int localAddress, int localPort, int remoteAddress, int remotePort,
            String adapter, String bufferGroup, String state, long sndUna, long sndNxt, long rcvNxt, long sndWnd,
            long rcvWnd, int mss, long cwnd, long ssthresh, long srttNanos, long rtoNanos, long bytesIn,
            long bytesOut) {
    }
}
