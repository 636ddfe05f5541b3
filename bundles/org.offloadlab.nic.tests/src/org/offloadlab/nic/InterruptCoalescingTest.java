package org.offloadlab.nic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Interrupt moderation by count (rx-frames) and by time (rx-usecs), with piecemeal notification. */
class InterruptCoalescingTest {

    private static final long MS = Testbed.MS;
    private static final long US = Testbed.US;
    /** SYN out, SYN-ACK back, ACK in: the adapter establishes three wire delays after the client opens. */
    private static final long HANDSHAKE = 3 * Testbed.WIRE_DELAY;

    private static Testbed testbed(InterruptCoalescing k) {
        return new Testbed(NicConfig.defaults().toBuilder().coalescing(k).build(), 16);
    }

    @Test
    void byCountRaisesOneInterruptPerThreeCompletions() {
        Testbed t = testbed(new InterruptCoalescing(3, 1000 * MS));
        t.listen(128).openAt(1 * MS, 2 * MS, 3 * MS, 4 * MS, 5 * MS, 6 * MS);
        t.sim.runUntil(3000 * MS);
        // 7 completions: COMMAND_DONE + 6 ESTABLISHED. Interrupt 1 at the 3rd (conn 2), 2 at the 6th (conn 5),
        // the 7th (conn 6) waits for the 1 s timer.
        assertEquals(7, t.hif.counters().completions());
        assertEquals(3, t.interruptTimes.size());
        List<Long> irq = t.interruptTimes;
        assertTrue(irq.get(0) > 2 * MS + HANDSHAKE && irq.get(0) < 2 * MS + HANDSHAKE + 10 * US, "at conn 2");
        assertTrue(irq.get(1) > 5 * MS + HANDSHAKE && irq.get(1) < 5 * MS + HANDSHAKE + 10 * US, "at conn 5");
        long timerDue = 6 * MS + HANDSHAKE + 1000 * MS;
        assertTrue(irq.get(2) >= timerDue && irq.get(2) < timerDue + 10 * US, "1 s after conn 6");
        assertEquals(6, t.established().size());
    }

    @Test
    void byTimeRaisesOneInterruptPerWindow() {
        Testbed t = testbed(new InterruptCoalescing(1000, 100 * US));
        t.listen(128).openAt(1 * MS, 1 * MS + 10 * US, 1 * MS + 20 * US, 5 * MS);
        t.sim.runUntil(100 * MS);
        // COMMAND_DONE alone (t≈0 + 100 µs); conns 1-3 within 100 µs of the first; conn 4 alone
        assertEquals(3, t.interruptTimes.size());
        long first = 1 * MS + HANDSHAKE;
        assertTrue(t.interruptTimes.get(1) >= first + 100 * US && t.interruptTimes.get(1) < first + 110 * US);
        assertEquals(4, t.established().size());
    }

    @Test
    void noCoalescingInterruptsPerCompletionWhenTheHostKeepsUp() {
        Testbed t = testbed(InterruptCoalescing.none());
        t.listen(128).openAt(1 * MS, 2 * MS, 3 * MS, 4 * MS);
        t.sim.runUntil(100 * MS);
        assertEquals(5, t.interruptTimes.size());
    }

    @Test
    void noInterruptWhileTheHostHasNotRearmed() {
        Testbed t = testbed(InterruptCoalescing.none());
        // a host that never re-arms: one interrupt, then silence; the completions still reach host memory
        t.hif.setInterruptHandler(now -> t.interruptTimes.add(now));
        t.listen(128).openAt(1 * MS, 2 * MS, 3 * MS);
        t.sim.runUntil(100 * MS);
        assertEquals(1, t.interruptTimes.size());
        assertEquals(4, t.hif.completionsReady(t.sim.now()));
    }
}
