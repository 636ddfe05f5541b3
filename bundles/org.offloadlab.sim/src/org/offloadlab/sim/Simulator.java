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
    private long[] times = new long[64];
    private long[] sequences = new long[64];
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
            times = Arrays.copyOf(times, size * 2);
            sequences = Arrays.copyOf(sequences, size * 2);
        }
        siftUp(size++, s, timeNanos, s.sequence);
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
            if (times[0] > endNanos) {
                break;
            }
            Scheduled s = heap[0];
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

    /*
     * The queue is a 4-ary min-heap on (time, sequence) whose keys live in two primitive arrays beside the handle
     * array: comparisons read adjacent longs instead of chasing a pointer per child, and a 4-ary heap has half the
     * levels of a binary one. Both matter once millions of timers are pending and the heap no longer fits the cache
     * (measured in docs/PERFORMANCE.md, "Simulation kernel"). Each handle knows its slot, for O(log n) cancel/move.
     */

    private boolean before(int i, long time, long sequence) {
        long t = times[i];
        return t < time || t == time && sequences[i] < sequence;
    }

    private void removeAt(int i) {
        Scheduled removed = heap[i];
        removed.index = -1;
        int last = --size;
        if (i < last) {
            Scheduled moved = heap[last];
            long t = times[last];
            long q = sequences[last];
            heap[last] = null;
            int at = siftDown(i, moved, t, q);
            if (at == i) {
                siftUp(i, moved, t, q);
            }
        } else {
            heap[last] = null;
        }
    }

    private void place(int i, Scheduled s, long time, long sequence) {
        heap[i] = s;
        times[i] = time;
        sequences[i] = sequence;
        s.index = i;
    }

    private void siftUp(int i, Scheduled s, long time, long sequence) {
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            if (before(parent, time, sequence)) {
                break;
            }
            place(i, heap[parent], times[parent], sequences[parent]);
            i = parent;
        }
        place(i, s, time, sequence);
    }

    /** Moves the entry down from slot {@code i}; returns where it came to rest. */
    private int siftDown(int i, Scheduled s, long time, long sequence) {
        int n = size;
        while (true) {
            int first = 4 * i + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            int end = Math.min(first + 4, n);
            for (int c = first + 1; c < end; c++) {
                if (before(c, times[best], sequences[best])) {
                    best = c;
                }
            }
            if (!before(best, time, sequence)) {
                break;
            }
            place(i, heap[best], times[best], sequences[best]);
            i = best;
        }
        place(i, s, time, sequence);
        return i;
    }
}
