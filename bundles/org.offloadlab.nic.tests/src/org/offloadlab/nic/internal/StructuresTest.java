package org.offloadlab.nic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.offloadlab.nic.NotificationPolicy;

/** The adapter's primitive structures against their boxed java.util equivalents. */
class StructuresTest {

    @Test
    void hashMapMatchesJavaUtilUnderChurn() {
        LongIntHashMap m = new LongIntHashMap(1000);
        Map<Long, Integer> ref = new HashMap<>();
        Random r = new Random(1);
        for (int i = 0; i < 200_000; i++) {
            long k = r.nextInt(3000) * 0x1_0001L; // colliding-ish keys
            if (r.nextBoolean() && ref.size() < 1000) {
                m.put(k, i);
                ref.put(k, i);
            } else {
                assertEquals(ref.containsKey(k) ? ref.remove(k) : -1, m.remove(k));
            }
            long q = r.nextInt(3000) * 0x1_0001L;
            assertEquals(ref.getOrDefault(q, -1), m.get(q));
        }
        assertEquals(ref.size(), m.size());
    }

    @Test
    void deadlineHeapMatchesPriorityQueue() {
        int n = 500;
        DeadlineHeap h = new DeadlineHeap(n);
        long[] at = new long[n];
        java.util.Arrays.fill(at, Long.MAX_VALUE);
        Random r = new Random(2);
        for (int i = 0; i < 100_000; i++) {
            int slot = r.nextInt(n);
            long d = r.nextInt(4) == 0 ? Long.MAX_VALUE : r.nextInt(10_000);
            h.set(slot, d);
            at[slot] = d;
            if (r.nextInt(10) == 0 && !h.isEmpty()) {
                int s = h.poll();
                PriorityQueue<long[]> pq = new PriorityQueue<>((a, b) -> a[0] != b[0]
                        ? Long.compare(a[0], b[0])
                        : Long.compare(a[1], b[1]));
                for (int j = 0; j < n; j++) {
                    if (at[j] != Long.MAX_VALUE) {
                        pq.add(new long[]{at[j], j});
                    }
                }
                assertEquals(pq.peek()[1], s);
                at[s] = Long.MAX_VALUE;
            }
        }
    }

    @Test
    void cookiesRoundTripAndExpire() {
        SynCookies c = new SynCookies(99);
        long now = 5 * SynCookies.PERIOD_NANOS + 123;
        int iss = c.encode(7, 4000, 1, 80, 1_000_000, 1460, now);
        assertEquals(3, c.decode(7, 4000, 1, 80, 1_000_001, iss + 1, now), "1460 is the 4th MSS");
        assertEquals(3, c.decode(7, 4000, 1, 80, 1_000_001, iss + 1, now + 2 * SynCookies.PERIOD_NANOS));
        assertEquals(-1, c.decode(7, 4000, 1, 80, 1_000_001, iss + 1, now + 3 * SynCookies.PERIOD_NANOS), "too old");
        assertEquals(-1, c.decode(7, 4001, 1, 80, 1_000_001, iss + 1, now), "other port");
        assertEquals(-1, c.decode(7, 4000, 1, 80, 1_000_001, iss + 2, now), "other ack");
        assertEquals(0, c.decode(7, 4000, 1, 80, 11, c.encode(7, 4000, 1, 80, 10, 600, now) + 1, now));
        int forged = 0;
        Random r = new Random(3);
        for (int i = 0; i < 100_000; i++) {
            if (c.decode(7, 4000, 1, 80, 1_000_001, r.nextInt(), now) >= 0) {
                forged++;
            }
        }
        assertTrue(forged < 5, "random ACKs accepted: " + forged); // 24-bit hash × 3/32 periods: ~0.02 expected
    }

    @Test
    void timestampOptionBitsNeverRunAheadOfTheClock() {
        for (int ts : new int[]{0x100, 0x13F, 0x140, 0x7FFF_FFC0, -1}) {
            int v = SynCookies.timestampWithOptions(ts, SynCookies.timestampOptions(7, true));
            assertTrue(Integer.compareUnsigned(v, ts) <= 0 || ts == 0);
            assertEquals(7, SynCookies.peerWscale(v));
            assertTrue(SynCookies.sackPermitted(v));
        }
        assertEquals(-1, SynCookies.peerWscale(SynCookies.timestampOptions(-1, false)));
    }

    @Test
    void adaptiveBatchFollowsTheArrivalRate() {
        NotificationBatcher b = new NotificationBatcher(new NotificationPolicy.Adaptive(100_000, 1_000_000, 256));
        // slow arrivals (1 ms apart): every one notifies at once
        for (int i = 0; i < 20; i++) {
            assertTrue(b.add(i, i * 1_000_000L));
            b.clear();
        }
        assertEquals(1, b.targetBatch());
        // fast arrivals (1 µs apart): the target grows towards 100 µs / 1 µs = 100
        long t = 100_000_000L;
        for (int i = 0; i < 200; i++) {
            if (b.add(i, t + i * 1_000L)) {
                b.clear();
            }
        }
        assertTrue(b.targetBatch() >= 90 && b.targetBatch() <= 110, "target " + b.targetBatch());
        assertEquals(Long.MAX_VALUE, new NotificationBatcher(new NotificationPolicy.BulkByCount(4)).deadline());
    }
}
