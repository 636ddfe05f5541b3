package org.offloadlab.sim;

/**
 * The discrete-event simulation kernel: a virtual clock in nanoseconds and a queue of events ordered by time, then by
 * the order they were scheduled (so simultaneous events fire in a deterministic order). Single-threaded; all model
 * components of one experiment share one simulator and take their randomness from {@link #random(String)}.
 */
public final class Simulator {

    private final long seed;
    private long now;
    private long nextSequence;
    private long fired;
    private boolean stopped;
    private TraceSink trace = TraceSink.NONE;
    private final EventQueue queue;

    public Simulator(long seed) {
        this(seed, new CalendarQueue());
    }

    /** A simulator on a given queue structure (tests and benchmarks compare them). */
    Simulator(long seed, EventQueue queue) {
        this.seed = seed;
        this.queue = queue;
    }

    /** The experiment seed every random stream is derived from. */
    public long seed() {
        return seed;
    }

    /** Current virtual time in nanoseconds. */
    public long now() {
        return now;
    }

    /** The random stream of the named component (a new, independent stream for each call; keep it). */
    public RandomStream random(String component) {
        return new RandomStream(seed, component);
    }

    public void setTrace(TraceSink trace) {
        this.trace = trace == null ? TraceSink.NONE : trace;
    }

    public TraceSink trace() {
        return trace;
    }

    /** Schedules {@code event} at absolute virtual time {@code timeNanos} (not before now). */
    public Scheduled at(long timeNanos, Event event) {
        Scheduled s = new Scheduled(event);
        reschedule(s, timeNanos);
        return s;
    }

    /** Schedules {@code event} {@code delayNanos} from now. */
    public Scheduled after(long delayNanos, Event event) {
        return at(now + delayNanos, event);
    }

    /** A handle for {@code event} that is not queued yet; queue it with {@link #reschedule}. */
    public Scheduled handle(Event event) {
        return new Scheduled(event);
    }

    /** Queues or moves {@code s} to {@code timeNanos}; it then fires after events already queued for that time. */
    public void reschedule(Scheduled s, long timeNanos) {
        if (timeNanos < now) {
            throw new IllegalArgumentException("event in the past: " + timeNanos + " < now " + now);
        }
        if (s.queue != Scheduled.NONE) {
            queue.remove(s);
        }
        s.time = timeNanos;
        s.sequence = nextSequence++;
        queue.add(s);
    }

    /** Removes {@code s} from the queue if it is pending. */
    public void cancel(Scheduled s) {
        if (s != null && s.queue != Scheduled.NONE) {
            queue.remove(s);
        }
    }

    /** Runs until the queue is empty or {@link #stop()} is called. */
    public void run() {
        runUntil(Long.MAX_VALUE);
    }

    /**
     * Fires every event with time ≤ {@code endNanos} (unless stopped), then advances the clock to {@code endNanos} if
     * it is finite and later than the last event.
     */
    public void runUntil(long endNanos) {
        stopped = false;
        while (!stopped) {
            Scheduled s = queue.pollUntil(endNanos);
            if (s == null) {
                break;
            }
            now = s.time;
            fired++;
            s.event.fire(now);
        }
        if (!stopped && endNanos != Long.MAX_VALUE && endNanos > now) {
            now = endNanos;
        }
    }

    /** Makes {@link #run()}/{@link #runUntil} return after the current event. */
    public void stop() {
        stopped = true;
    }

    /** Events fired so far. */
    public long eventsFired() {
        return fired;
    }

    /** Events waiting in the queue. */
    public int pendingEvents() {
        return queue.size();
    }
}
