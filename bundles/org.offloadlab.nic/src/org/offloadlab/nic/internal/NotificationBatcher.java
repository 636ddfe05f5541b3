package org.offloadlab.nic.internal;

import org.offloadlab.nic.NotificationPolicy;
import org.offloadlab.nic.NotificationPolicy.Adaptive;
import org.offloadlab.nic.NotificationPolicy.BulkByCount;
import org.offloadlab.nic.NotificationPolicy.BulkByCountOrTime;
import org.offloadlab.nic.NotificationPolicy.BulkByTime;
import org.offloadlab.nic.NotificationPolicy.Piecemeal;

/**
 * The runtime side of a {@link NotificationPolicy}: collects established connections and says when to notify. The
 * adapter adds each new connection with {@link #add}; a {@code true} answer means "notify now", otherwise it arms one
 * timer at {@link #deadline()}.
 */
public final class NotificationBatcher {

    /** EWMA gain for the mean inter-arrival gap (RFC 6298's alpha). */
    private static final double GAIN = 1.0 / 8;

    private final NotificationPolicy policy;
    private final IntQueue pending = new IntQueue();
    private long firstPendingAt = Long.MAX_VALUE;
    private long lastArrival = Long.MIN_VALUE;
    private double meanGapNanos = Double.NaN;

    public NotificationBatcher(NotificationPolicy policy) {
        this.policy = policy;
    }

    public NotificationPolicy policy() {
        return policy;
    }

    /** Adds an established connection at {@code now}; true if a notification should go out now. */
    public boolean add(int slot, long now) {
        if (lastArrival != Long.MIN_VALUE) {
            long gap = now - lastArrival;
            meanGapNanos = Double.isNaN(meanGapNanos) ? gap : meanGapNanos + GAIN * (gap - meanGapNanos);
        }
        lastArrival = now;
        if (pending.isEmpty()) {
            firstPendingAt = now;
        }
        pending.add(slot);
        return pending.size() >= targetBatch();
    }

    /** The batch size that triggers a notification now. */
    public int targetBatch() {
        return switch (policy) {
            case Piecemeal p -> 1;
            case BulkByCount b -> b.count();
            case BulkByTime b -> Integer.MAX_VALUE;
            case BulkByCountOrTime b -> b.count();
            case Adaptive a -> adaptiveTarget(a);
        };
    }

    private int adaptiveTarget(Adaptive a) {
        if (Double.isNaN(meanGapNanos) || meanGapNanos <= 0) {
            return meanGapNanos == 0 ? a.maxBatch() : 1;
        }
        double target = a.notificationIntervalNanos() / meanGapNanos;
        return (int) Math.max(1, Math.min(a.maxBatch(), Math.round(target)));
    }

    /** When the pending batch must go out at the latest ({@link Long#MAX_VALUE} if nothing is pending or no timer). */
    public long deadline() {
        if (pending.isEmpty()) {
            return Long.MAX_VALUE;
        }
        return switch (policy) {
            case Piecemeal p -> firstPendingAt;
            case BulkByCount b -> Long.MAX_VALUE;
            case BulkByTime b -> firstPendingAt + b.intervalNanos();
            case BulkByCountOrTime b -> firstPendingAt + b.maxDelayNanos();
            case Adaptive a -> firstPendingAt + a.latencyBoundNanos();
        };
    }

    /** The connections waiting, oldest first. */
    public IntQueue pending() {
        return pending;
    }

    /** Forgets the pending batch (after it was sent, or when the adapter crashed). */
    public void clear() {
        pending.clear();
        firstPendingAt = Long.MAX_VALUE;
    }

    /** The smoothed gap between establishments (NaN before two arrivals). */
    public double meanGapNanos() {
        return meanGapNanos;
    }
}
