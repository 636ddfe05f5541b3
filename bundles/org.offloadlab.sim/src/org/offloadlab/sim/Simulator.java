package org.offloadlab.sim;

import java.util.Arrays;

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
    private Scheduled[] heap = new Scheduled[64];
    private int size;

    public Simulator(long seed) {
        this.seed = seed;
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
        if (s.index >= 0) {
            removeAt(s.index);
        }
        s.time = timeNanos;
        s.sequence = nextSequence++;
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        s.index = size;
        heap[size++] = s;
        siftUp(s.index);
    }

    /** Removes {@code s} from the queue if it is pending. */
    public void cancel(Scheduled s) {
        if (s != null && s.index >= 0) {
            removeAt(s.index);
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
        while (size > 0 && !stopped) {
            Scheduled s = heap[0];
            if (s.time > endNanos) {
                break;
            }
            removeAt(0);
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
        return size;
    }

    private static boolean before(Scheduled a, Scheduled b) {
        return a.time < b.time || a.time == b.time && a.sequence < b.sequence;
    }

    private void removeAt(int i) {
        Scheduled removed = heap[i];
        removed.index = -1;
        Scheduled last = heap[--size];
        heap[size] = null;
        if (i < size) {
            heap[i] = last;
            last.index = i;
            siftDown(i);
            if (heap[i] == last) {
                siftUp(i);
            }
        }
    }

    private void siftUp(int i) {
        Scheduled s = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            Scheduled p = heap[parent];
            if (!before(s, p)) {
                break;
            }
            heap[i] = p;
            p.index = i;
            i = parent;
        }
        heap[i] = s;
        s.index = i;
    }

    private void siftDown(int i) {
        Scheduled s = heap[i];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            Scheduled c = heap[child];
            int right = child + 1;
            if (right < size && before(heap[right], c)) {
                child = right;
                c = heap[child];
            }
            if (!before(c, s)) {
                break;
            }
            heap[i] = c;
            c.index = i;
            i = child;
        }
        heap[i] = s;
        s.index = i;
    }
}
