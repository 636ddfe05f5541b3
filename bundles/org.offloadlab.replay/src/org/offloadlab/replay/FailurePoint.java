package org.offloadlab.replay;

/**
 * When a failure is injected into a replay: at a capture time (seconds from the first frame), at the N-th frame
 * (1-based, as tshark numbers them), or at a percentage of the capture's duration.
 *
 * @param kind
 *            what {@code value} means
 * @param value
 *            seconds, frame number or percent
 */
public record FailurePoint(Kind kind, double value) {

    /** What a failure point counts. */
    public enum Kind {
        TIME, PACKET, PERCENT
    }

    public FailurePoint {
        if (Double.isNaN(value) || value < 0 || kind == Kind.PERCENT && value > 100
                || kind == Kind.PACKET && (value < 1 || value != Math.rint(value))) {
            throw new IllegalArgumentException("invalid failure point " + kind + " " + value);
        }
    }

    /**
     * Parses the CLI forms {@code TIME} (seconds, optional {@code s} suffix), {@code #PACKET} and {@code PERCENT%}.
     *
     * @throws IllegalArgumentException
     *             with a message that quotes the text and says what was expected
     */
    public static FailurePoint parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            if (t.startsWith("#")) {
                long n = Long.parseLong(t.substring(1));
                if (n >= 1) {
                    return new FailurePoint(Kind.PACKET, n);
                }
            } else if (t.endsWith("%")) {
                double p = Double.parseDouble(t.substring(0, t.length() - 1));
                if (p >= 0 && p <= 100) {
                    return new FailurePoint(Kind.PERCENT, p);
                }
            } else {
                double s = Double.parseDouble(t.endsWith("s") ? t.substring(0, t.length() - 1) : t);
                if (s >= 0 && Double.isFinite(s)) {
                    return new FailurePoint(Kind.TIME, s);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("failure point '" + text
                + "': expected seconds from the capture start (e.g. 1.5), #PACKET (e.g. #1000) or PERCENT% (e.g. 50%)");
    }

    /**
     * Whether the failure happens at or before a frame, given the frame's number, its time since the first frame and
     * the capture's duration (only used for {@link Kind#PERCENT}).
     */
    public boolean reachedBy(long frameNumber, long sinceStartNanos, long durationNanos) {
        return switch (kind) {
            case PACKET -> frameNumber >= (long) value;
            case TIME -> sinceStartNanos >= (long) (value * 1e9);
            case PERCENT -> sinceStartNanos >= (long) (durationNanos * value / 100);
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case PACKET -> "#" + (long) value;
            case TIME -> value + "s";
            case PERCENT -> value + "%";
        };
    }
}
