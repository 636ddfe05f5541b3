package org.offloadlab.ui.internal.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.offloadlab.model.FailoverTimeline;
import org.offloadlab.model.IntArray;
import org.offloadlab.model.LongArray;
import org.offloadlab.model.Results;

/**
 * The Gantt rows of a run's recovery: per failover the adapter's phases (detection, hard-state recovery, switch-over,
 * soft-state relearning — FAILOVER.md's phase instants), then one row per connection with its blackout, the longest
 * first (at most {@link #MAX_CONNECTION_ROWS}). Pure data, tested without a display.
 */
final class TimelineBars {

    /** One bar: {@code row} label, {@code phase} (the legend), from/to in virtual nanoseconds. */
    record Bar(String row, String phase, long fromNanos, long toNanos) {
    }

    static final String DETECTION = "failure → detected";
    static final String HARD_STATE = "detected → hard state restored";
    static final String SWITCH = "restored → resumed";
    static final String SOFT_STATE = "resumed → soft state converged";
    static final String DOWN = "down until recovered";
    static final String UNRECOVERED = "down, not recovered";
    static final String BLACKOUT = "connection blackout";

    /** Connection rows beyond this are left out (the longest blackouts are kept); the table lists them all. */
    static final int MAX_CONNECTION_ROWS = 40;

    private TimelineBars() {
    }

    /** Bars of {@code results}; {@code endNanos} closes phases the run left open. */
    static List<Bar> of(Results results, long endNanos) {
        return results == null ? new ArrayList<>() : of(results.getFailovers(), endNanos);
    }

    /** Bars of {@code failovers} (a run's results or its live snapshot). */
    static List<Bar> of(List<FailoverTimeline> failovers, long endNanos) {
        List<Bar> bars = new ArrayList<>();
        for (FailoverTimeline t : failovers) {
            long failed = t.getFailedAtNanos();
            if (failed < 0) {
                continue; // not injected: the run ended first
            }
            String row = "adapter " + t.getAdapter();
            long detected = t.getDetectedAtNanos();
            long hard = t.getHardStateRecoveredAtNanos();
            long resumed = t.getResumedAtNanos();
            long soft = t.getSoftStateConvergedAtNanos();
            long recovered = t.getRecoveredAtNanos();
            if (detected >= failed && detected > 0) {
                bars.add(new Bar(row, DETECTION, failed, detected));
                if (hard >= detected) {
                    bars.add(new Bar(row, HARD_STATE, detected, hard));
                    if (resumed >= hard) {
                        bars.add(new Bar(row, SWITCH, hard, resumed));
                        if (soft >= resumed) {
                            bars.add(new Bar(row, SOFT_STATE, resumed, soft));
                        }
                    }
                } else if (recovered > detected) {
                    bars.add(new Bar(row, DOWN, detected, recovered)); // phases not reported: one bar to recovery
                }
            } else if (recovered >= failed && recovered > 0) {
                bars.add(new Bar(row, DOWN, failed, recovered));
            } else {
                bars.add(new Bar(row, UNRECOVERED, failed, Math.max(endNanos, failed)));
            }
            addBlackouts(bars, t, failed);
        }
        return bars;
    }

    private static void addBlackouts(List<Bar> bars, FailoverTimeline t, long failed) {
        IntArray ids = t.getBlackoutConnectionIds();
        LongArray blackout = t.getBlackoutNanos();
        if (ids == null || blackout == null) {
            return;
        }
        int n = Math.min(ids.length(), blackout.length());
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> -blackout.get(i)).thenComparing(i -> ids.get(i)));
        for (int k = 0; k < Math.min(n, MAX_CONNECTION_ROWS); k++) {
            int i = order[k];
            bars.add(new Bar("connection " + ids.get(i), BLACKOUT, failed, failed + Math.max(0, blackout.get(i))));
        }
    }
}
