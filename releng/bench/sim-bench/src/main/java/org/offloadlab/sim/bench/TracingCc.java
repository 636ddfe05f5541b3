package org.offloadlab.sim.bench;

import java.io.PrintWriter;

import org.offloadlab.tcp.cc.CongestionControl;
import org.offloadlab.tcp.cc.CongestionState;

/**
 * Wraps the sender's congestion control to trace its window for the ns-3 comparison (docs/PERFORMANCE.md, "Where the
 * 1 % gap comes from"): the time-weighted mean cwnd, and per fast-recovery episode the cwnd and FlightSize at entry,
 * ssthresh after entry and the time spent in recovery; optionally one CSV row per change in the columns of
 * ns3/bulk-p2p.cc's {@code BULK_TRACE} (pipe is not visible to a congestion control and is written as -1). Only the
 * connection whose factory call comes first is traced (the client: it connects before the server accepts).
 */
final class TracingCc implements CongestionControl {

    /** Totals over the traced connection, read after the run. */
    static final class Totals {
        long entries;
        double cwndArea; // octet-nanoseconds
        long lastChange;
        double sumCwndAtEntry;
        double sumFlightAtEntry;
        double sumSsthreshAfterEntry;
        long recoveryStart = -1;
        long recoveryNanos;
        final PrintWriter csv;

        Totals(PrintWriter csv) {
            this.csv = csv;
            if (csv != null) {
                csv.println("time_s,event,cwnd,ssthresh,pipe,flight");
            }
        }

        /** Closes an open recovery episode and the cwnd integral at {@code endNanos}. */
        void finish(long endNanos, long cwnd) {
            cwndArea += (double) cwnd * (endNanos - lastChange);
            lastChange = endNanos;
            if (recoveryStart >= 0) {
                recoveryNanos += endNanos - recoveryStart;
                recoveryStart = -1;
            }
            if (csv != null) {
                csv.flush();
            }
        }
    }

    private final CongestionControl inner;
    private final Totals totals;

    TracingCc(CongestionControl inner, Totals totals) {
        this.inner = inner;
        this.totals = totals;
    }

    /** The traced control's final cwnd, for {@link Totals#finish}. */
    long currentCwnd() {
        return inner.cwnd();
    }

    private void row(long now, String event, long flight) {
        if (totals.csv != null) {
            long ss = inner.ssthresh();
            totals.csv.printf("%.6f,%s,%d,%d,-1,%d%n", now / 1e9, event, inner.cwnd(),
                    ss == Long.MAX_VALUE ? 4294967295L : ss, flight);
        }
    }

    private void integrate(long now, long cwndBefore) {
        totals.cwndArea += (double) cwndBefore * (now - totals.lastChange);
        totals.lastChange = now;
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public long cwnd() {
        return inner.cwnd();
    }

    @Override
    public long ssthresh() {
        return inner.ssthresh();
    }

    @Override
    public void onAck(long nowNanos, long ackedBytes, long srttNanos) {
        long before = inner.cwnd();
        inner.onAck(nowNanos, ackedBytes, srttNanos);
        if (inner.cwnd() != before) {
            integrate(nowNanos, before);
            row(nowNanos, "cwnd", -1);
        }
    }

    @Override
    public void onCongestionEvent(long nowNanos, long flightSize) {
        long before = inner.cwnd();
        totals.entries++;
        totals.sumCwndAtEntry += before;
        totals.sumFlightAtEntry += flightSize;
        row(nowNanos, "enter-recovery", flightSize);
        inner.onCongestionEvent(nowNanos, flightSize);
        totals.sumSsthreshAfterEntry += inner.ssthresh();
        integrate(nowNanos, before);
        totals.recoveryStart = nowNanos;
        row(nowNanos, "ssthresh", flightSize);
    }

    @Override
    public void onRecoveryEnd(long nowNanos, long flightSize) {
        long before = inner.cwnd();
        inner.onRecoveryEnd(nowNanos, flightSize);
        integrate(nowNanos, before);
        if (totals.recoveryStart >= 0) {
            totals.recoveryNanos += nowNanos - totals.recoveryStart;
            totals.recoveryStart = -1;
        }
        row(nowNanos, "exit-recovery", flightSize);
    }

    @Override
    public void onRetransmitTimeout(long nowNanos, long flightSize) {
        long before = inner.cwnd();
        inner.onRetransmitTimeout(nowNanos, flightSize);
        integrate(nowNanos, before);
        if (totals.recoveryStart >= 0) {
            totals.recoveryNanos += nowNanos - totals.recoveryStart;
            totals.recoveryStart = -1;
        }
        row(nowNanos, "rto", flightSize);
    }

    @Override
    public void onIdleRestart(long nowNanos, long restartWindow) {
        long before = inner.cwnd();
        inner.onIdleRestart(nowNanos, restartWindow);
        integrate(nowNanos, before);
    }

    @Override
    public CongestionState state() {
        return inner.state();
    }
}
