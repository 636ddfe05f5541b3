package org.offloadlab.nic;

/**
 * When the adapter tells the host about connections it established on its own (IBM patent WO2006019512: "bulk
 * notification of established connections ... rather than piecemeal notifications"). One notification is one completion
 * entry carrying one or more connection records; fewer notifications mean fewer completions, DMA writes and interrupts
 * per connection, at the price of a later notification.
 */
public sealed interface NotificationPolicy {

    /** A short name for tables and charts. */
    String label();

    /** One notification per established connection, at once. */
    record Piecemeal() implements NotificationPolicy {
        @Override
        public String label() {
            return "piecemeal";
        }
    }

    /** A notification when {@code count} connections are pending; a smaller remainder waits for more. */
    record BulkByCount(int count) implements NotificationPolicy {
        public BulkByCount {
            positive(count, "count");
        }

        @Override
        public String label() {
            return "bulk-count-" + count;
        }
    }

    /** A notification {@code intervalNanos} after the first connection of a batch became pending. */
    record BulkByTime(long intervalNanos) implements NotificationPolicy {
        public BulkByTime {
            positive(intervalNanos, "intervalNanos");
        }

        @Override
        public String label() {
            return "bulk-time-" + intervalNanos / 1000 + "us";
        }
    }

    /**
     * A notification at {@code count} pending connections or {@code maxDelayNanos} after the first, whichever first.
     */
    record BulkByCountOrTime(int count, long maxDelayNanos) implements NotificationPolicy {
        public BulkByCountOrTime {
            positive(count, "count");
            positive(maxDelayNanos, "maxDelayNanos");
        }

        @Override
        public String label() {
            return "bulk-" + count + "-or-" + maxDelayNanos / 1000 + "us";
        }
    }

    /**
     * Batch size following the arrival rate, with a latency bound. The adapter keeps an exponentially weighted mean of
     * the gap between establishments (gain 1/8, as RFC 6298 smooths RTT) and aims at one notification per
     * {@code notificationIntervalNanos}: target batch = clamp(interval / mean gap, 1, {@code maxBatch}). A batch is
     * sent when it reaches the target or when its oldest connection has waited {@code latencyBoundNanos}. At low rates
     * the target is 1 and it behaves like {@link Piecemeal} (no added latency); at high rates the notification rate
     * stays near 1/interval whatever the arrival rate, so host interrupt load is bounded.
     */
    record Adaptive(long notificationIntervalNanos, long latencyBoundNanos, int maxBatch)
            implements
                NotificationPolicy {
        public Adaptive {
            positive(notificationIntervalNanos, "notificationIntervalNanos");
            positive(latencyBoundNanos, "latencyBoundNanos");
            positive(maxBatch, "maxBatch");
        }

        @Override
        public String label() {
            return "adaptive-" + notificationIntervalNanos / 1000 + "us";
        }
    }

    private static void positive(long v, String name) {
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + v);
        }
    }
}
