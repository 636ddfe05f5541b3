package org.offloadlab.failover;

import java.util.Arrays;

/**
 * The blackout of each connection one failover interrupted that made progress again: from the failure to the first data
 * or acknowledgement its application saw afterwards (the same measure as {@link RecoveryTimeline}'s percentiles).
 * Connections still stalled, or closed without progress, are not listed (the timeline counts the stalled ones). Sorted
 * by connection id; compact parallel arrays because a failover may interrupt 100,000 connections.
 */
public final class ConnectionBlackouts {

    private final int[] ids;
    private final long[] nanos;

    ConnectionBlackouts(int[] ids, long[] nanos) {
        this.ids = ids;
        this.nanos = nanos;
    }

    /** Connections listed. */
    public int size() {
        return ids.length;
    }

    /**
     * Host id of the {@code i}-th connection on the adapter that resumed it, as the host's connection ids and the
     * experiment results' connection records carry it (-1 if the connection closed before it could be identified).
     */
    public int connectionId(int i) {
        return ids[i];
    }

    /** Blackout of the {@code i}-th connection in nanoseconds of virtual time. */
    public long blackoutNanos(int i) {
        return nanos[i];
    }

    /** The ids, a fresh array. */
    public int[] connectionIds() {
        return ids.clone();
    }

    /** The blackouts, a fresh array parallel to {@link #connectionIds()}. */
    public long[] blackouts() {
        return nanos.clone();
    }

    static ConnectionBlackouts of(ProgressTap.Window w) {
        int n = 0;
        for (long first : w.firstProgress) {
            if (first >= 0) {
                n++;
            }
        }
        long[] packed = new long[n];
        int k = 0;
        for (int i = 0; i < w.firstProgress.length; i++) {
            if (w.firstProgress[i] >= 0) {
                // sort by id without boxing: id in the high half, index in the low
                packed[k++] = (long) w.resumedId[i] << 32 | i;
            }
        }
        Arrays.sort(packed);
        int[] ids = new int[n];
        long[] nanos = new long[n];
        for (int j = 0; j < n; j++) {
            int i = (int) packed[j];
            ids[j] = w.resumedId[i];
            nanos[j] = w.firstProgress[i] - w.from;
        }
        return new ConnectionBlackouts(ids, nanos);
    }
}
