package org.offloadlab.sim.app;

/**
 * The hook for trace-driven workloads: a schedule of application actions supplied by someone else (the replay bundle
 * extracts one from a capture) and executed by {@link TraceDrivenWorkload}. Pulled one action at a time, so a schedule
 * can stream from a multi-gigabyte capture in constant memory.
 */
@FunctionalInterface
public interface ConnectionSchedule {

    /** What an action does. */
    enum Kind {
        /** The client opens connection {@code connectionId}. */
        OPEN,
        /** {@code side} writes {@code bytes} more octets on the connection. */
        WRITE,
        /** {@code side} closes its output (FIN after its queued data); the connection ends when both sides have. */
        CLOSE
    }

    /** Which end of the connection acts. */
    enum Side {
        CLIENT, SERVER
    }

    /**
     * One action.
     *
     * @param timeNanos
     *            virtual time at which the application acts (actions due before the connection is established wait for
     *            it)
     * @param connectionId
     *            the schedule's own connection id, unique per OPEN
     * @param bytes
     *            octets to write for {@link Kind#WRITE}, else 0
     */
    record Action(long timeNanos, long connectionId, Kind kind, Side side, long bytes) {
        public Action {
            if (kind == null || side == null) {
                throw new IllegalArgumentException("schedule action needs a kind and a side");
            }
            if (timeNanos < 0 || bytes < 0 || kind != Kind.WRITE && bytes != 0) {
                throw new IllegalArgumentException("bad schedule action at " + timeNanos + " ns for connection "
                        + connectionId + ": " + kind + " " + side + " " + bytes + " bytes");
            }
        }

        public static Action open(long timeNanos, long connectionId) {
            return new Action(timeNanos, connectionId, Kind.OPEN, Side.CLIENT, 0);
        }

        public static Action write(long timeNanos, long connectionId, Side side, long bytes) {
            return new Action(timeNanos, connectionId, Kind.WRITE, side, bytes);
        }

        public static Action close(long timeNanos, long connectionId, Side side) {
            return new Action(timeNanos, connectionId, Kind.CLOSE, side, 0);
        }
    }

    /** The next action in non-decreasing time order, or null when the schedule is exhausted. */
    Action next();
}
