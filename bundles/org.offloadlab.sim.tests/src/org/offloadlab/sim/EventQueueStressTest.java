package org.offloadlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both event queues ({@link CalendarQueue}, the default, and {@link HeapQueue}) against a reference
 * (java.util.PriorityQueue ordered by time, then scheduling sequence, with lazy deletion) over seeded random schedule /
 * cancel / reschedule operations issued from inside events. The time shapes are chosen to break a calendar queue's
 * bucket width: a broad mix, all events at equal times, delays spread over the whole range of long (up to
 * Long.MAX_VALUE), bursts far in the future, and mostly cancels and moves (so the queue shrinks and grows).
 */
class EventQueueStressTest {

    enum Shape {
        MIXED, EQUAL, HUGE_SPREAD, FAR_BURSTS, MANY_CANCELS
    }

    private record Ref(long time, long seq, int id) {
    }

    private Simulator sim;
    private RandomStream rnd;
    private Shape shape;
    private final PriorityQueue<Ref> reference = new PriorityQueue<>(
            (x, y) -> x.time != y.time ? Long.compare(x.time, y.time) : Long.compare(x.seq, y.seq));
    private final List<Scheduled> handles = new ArrayList<>();
    private final List<Ref> current = new ArrayList<>();
    private long seq;
    private int fired;
    private int budget;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Shape shape : Shape.values()) {
            for (long seed = 1; seed <= 3; seed++) {
                cases.add(Arguments.of(shape, seed, "calendar"));
            }
            cases.add(Arguments.of(shape, 4L, "heap"));
        }
        return cases.stream();
    }

    private long delay(long now) {
        long d = switch (shape) {
            case EQUAL -> 0;
            case HUGE_SPREAD -> (rnd.nextLong() >>> 1) >>> rnd.nextInt(63);
            case FAR_BURSTS -> rnd.nextInt(100) == 0 ? 1_000_000_000_000L + rnd.nextInt(100) : rnd.nextInt(1000);
            case MANY_CANCELS -> rnd.nextInt(2) == 0 ? rnd.nextInt(10_000) : rnd.nextInt(100_000_000);
            case MIXED -> switch (rnd.nextInt(5)) {
                case 0 -> 0; // ties at the current instant
                case 1 -> rnd.nextInt(4); // near ties
                case 2 -> rnd.nextInt(1000);
                case 3 -> rnd.nextInt(1_000_000_000);
                default -> (rnd.nextLong() >>> 1) % 3_600_000_000_000L; // up to an hour
            };
        };
        return Math.min(d, Long.MAX_VALUE - now);
    }

    private void schedule(int id, long at) {
        Scheduled h = handles.get(id);
        sim.reschedule(h, at);
        Ref r = new Ref(at, seq++, id);
        current.set(id, r);
        reference.add(r);
    }

    private void fire(int id, long now) {
        Ref expected;
        do {
            expected = reference.poll();
        } while (expected != current.get(expected.id())); // lazily deleted (cancelled or moved)
        assertEquals(expected.id(), id, "event fired out of order");
        assertEquals(expected.time(), now);
        current.set(id, null);
        fired++;
        if (shape == Shape.FAR_BURSTS && rnd.nextInt(500) == 0) {
            // a burst: many events at nearly the same instant far ahead
            long at = now + delay(now) / 2 + 2_000_000_000_000L;
            for (int k = 0; k < 300 && budget > 0; k++, budget--) {
                schedule(rnd.nextInt(handles.size()), at + rnd.nextInt(3));
            }
        }
        boolean cancelHeavy = shape == Shape.MANY_CANCELS;
        int ops = rnd.nextInt(cancelHeavy ? 8 : 4);
        for (int k = 0; k < ops && budget > 0; k++, budget--) {
            int other = rnd.nextInt(handles.size());
            if (rnd.nextInt(cancelHeavy ? 2 : 4) == 0) {
                sim.cancel(handles.get(other));
                current.set(other, null);
                assertFalse(handles.get(other).isPending());
            } else {
                schedule(other, now + delay(now)); // schedule a fired one, or move a pending one
            }
        }
    }

    @ParameterizedTest(name = "{0} seed {1} {2}")
    @MethodSource("cases")
    void firesInTheReferenceOrder(Shape shape, long seed, String structure) {
        Supplier<EventQueue> queue = structure.equals("heap") ? HeapQueue::new : CalendarQueue::new;
        this.shape = shape;
        sim = new Simulator(seed, queue.get());
        rnd = new RandomStream(seed, "stress/" + shape);
        int n = 5_000;
        budget = 200_000;
        for (int i = 0; i < n; i++) {
            int id = i;
            handles.add(sim.handle(t -> fire(id, t)));
            current.add(null);
        }
        for (int i = 0; i < n; i++) {
            schedule(i, delay(0));
        }
        sim.run();
        assertEquals(0, sim.pendingEvents());
        assertTrue(current.stream().allMatch(r -> r == null));
        assertEquals(fired, sim.eventsFired());
        assertTrue(fired > 50_000, "the stress must exercise the queue: " + fired);
    }
}
