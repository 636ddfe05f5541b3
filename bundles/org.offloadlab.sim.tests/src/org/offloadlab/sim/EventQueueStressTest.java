package org.offloadlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulator's event queue against a reference (java.util.PriorityQueue ordered by time, then scheduling sequence,
 * with lazy deletion) over seeded random schedule / cancel / reschedule operations issued from inside events, with
 * delays spanning nanoseconds to hours and many ties.
 */
class EventQueueStressTest {

    private record Ref(long time, long seq, int id) {
    }

    private Simulator sim;
    private RandomStream rnd;
    private final PriorityQueue<Ref> reference = new PriorityQueue<>(
            (x, y) -> x.time != y.time ? Long.compare(x.time, y.time) : Long.compare(x.seq, y.seq));
    private final List<Scheduled> handles = new ArrayList<>();
    private final List<Ref> current = new ArrayList<>();
    private long seq;
    private int fired;
    private int budget;

    private long delay() {
        return switch (rnd.nextInt(5)) {
            case 0 -> 0; // ties at the current instant
            case 1 -> rnd.nextInt(4); // near ties
            case 2 -> rnd.nextInt(1000);
            case 3 -> rnd.nextInt(1_000_000_000);
            default -> (rnd.nextLong() >>> 1) % 3_600_000_000_000L; // up to an hour
        };
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
        int ops = rnd.nextInt(4);
        for (int k = 0; k < ops && budget > 0; k++, budget--) {
            int other = rnd.nextInt(handles.size());
            switch (rnd.nextInt(4)) {
                case 0 -> {
                    sim.cancel(handles.get(other));
                    current.set(other, null);
                    assertFalse(handles.get(other).isPending());
                }
                default -> schedule(other, now + delay()); // schedule a fired one, or move a pending one
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void firesInTheReferenceOrder(long seed) {
        sim = new Simulator(seed);
        rnd = new RandomStream(seed, "stress");
        int n = 5_000;
        budget = 200_000;
        for (int i = 0; i < n; i++) {
            int id = i;
            handles.add(sim.handle(t -> fire(id, t)));
            current.add(null);
        }
        for (int i = 0; i < n; i++) {
            schedule(i, delay());
        }
        sim.run();
        assertEquals(0, sim.pendingEvents());
        assertTrue(current.stream().allMatch(r -> r == null));
        assertEquals(fired, sim.eventsFired());
        assertTrue(fired > 100_000, "the stress must exercise the queue: " + fired);
    }
}
