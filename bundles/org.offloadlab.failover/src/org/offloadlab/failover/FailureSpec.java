package org.offloadlab.failover;

/**
 * One failure to inject. {@link Trigger#AT_TIME}: at virtual time {@code value} ns; {@link Trigger#AT_PACKET}: when the
 * {@code value}-th packet crosses the host's wire (either direction); {@link Trigger#RANDOM_TIME}: at a time drawn
 * uniformly from [{@code value}, {@code value2}) by the experiment's seeded stream; {@link Trigger#DURING_FAILOVER}:
 * {@code value} ns after the previous failure was detected, hitting the substitute being restored onto (a second
 * failure during a failover). The first three hit whichever adapter is active at that moment.
 */
public record FailureSpec(FailureKind kind, Trigger trigger, long value, long value2) {

    /** When a failure fires. */
    public enum Trigger {
        AT_TIME, AT_PACKET, RANDOM_TIME, DURING_FAILOVER
    }

    public FailureSpec {
        if (kind == null || trigger == null) {
            throw new IllegalArgumentException("failure spec needs a kind and a trigger");
        }
        if (value < 0 || trigger == Trigger.RANDOM_TIME && value2 <= value) {
            throw new IllegalArgumentException("failure spec " + kind + " " + trigger + ": bad bounds " + value + ", "
                    + value2);
        }
    }

    public static FailureSpec atTime(FailureKind kind, long nanos) {
        return new FailureSpec(kind, Trigger.AT_TIME, nanos, 0);
    }

    public static FailureSpec atPacket(FailureKind kind, long n) {
        return new FailureSpec(kind, Trigger.AT_PACKET, n, 0);
    }

    public static FailureSpec randomTime(FailureKind kind, long fromNanos, long toNanos) {
        return new FailureSpec(kind, Trigger.RANDOM_TIME, fromNanos, toNanos);
    }

    public static FailureSpec duringFailover(FailureKind kind, long afterDetectionNanos) {
        return new FailureSpec(kind, Trigger.DURING_FAILOVER, afterDetectionNanos, 0);
    }
}
