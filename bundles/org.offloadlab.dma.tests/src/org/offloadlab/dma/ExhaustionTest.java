package org.offloadlab.dma;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Each exhaustion policy, visible in the placed count, the counters and the advertisable window. */
class ExhaustionTest {

    private final Fixture f = new Fixture(Fixture.small());
    private final Accounting a = f.m.accounting();

    private int groupWith(ExhaustionPolicy policy, int quota) {
        int g = f.m.createGroup(GroupConfig.of(policy.name(), 0, 0, quota, policy), 0);
        f.m.setRules(List.of(GroupRule.to(g).withLocalPorts(9000, 9000)));
        return g;
    }

    @Test
    void shrinkPlacesWhatFitsRefusesTheRestAndClosesTheWindow() {
        int g = groupWith(ExhaustionPolicy.SHRINK_WINDOW, 2);
        f.open(0, 9000);
        assertEquals(2048, f.m.advertisableWindow(0));
        assertEquals(2048, f.m.receive(0, 3000, RxFlags.NONE, 0));
        assertEquals(1, a.group(g, Counter.REFUSALS));
        assertEquals(952, a.group(g, Counter.REFUSED_BYTES));
        assertEquals(0, f.m.advertisableWindow(0));
        f.m.flush(1);
        f.m.read(0, 5000, 2);
        assertEquals(2048, f.m.advertisableWindow(0), "the window reopens once the host consumed the data");
    }

    @Test
    void theWindowIsSharedFairlyAmongTheGroupsConnections() {
        groupWith(ExhaustionPolicy.SHRINK_WINDOW, 4);
        f.open(0, 9000);
        f.open(1, 9000);
        assertEquals(2048, f.m.advertisableWindow(0));
        f.m.receive(0, 100, RxFlags.NONE, 0);
        // connection 0 owns the rest of its buffer (924) plus half of the 3 buffers the group can still get
        assertEquals(924 + 3 * 1024 / 2, f.m.advertisableWindow(0));
        assertEquals(3 * 1024 / 2, f.m.advertisableWindow(1));
    }

    @Test
    void dropDiscardsWholeSegmentsThatDoNotFit() {
        int g = groupWith(ExhaustionPolicy.DROP, 2);
        f.open(0, 9000);
        assertEquals(0, f.m.receive(0, 3000, RxFlags.NONE, 0));
        assertEquals(1, a.group(g, Counter.DROPS));
        assertEquals(3000, a.group(g, Counter.DROPPED_BYTES));
        assertEquals(1500, f.m.receive(0, 1500, RxFlags.NONE, 0));
    }

    @Test
    void borrowTakesBuffersFromTheDefaultGroup() {
        int g = groupWith(ExhaustionPolicy.BORROW_DEFAULT, 1);
        f.open(0, 9000);
        int defaultHeld = f.m.group(0).held();
        assertEquals(3000, f.m.receive(0, 3000, RxFlags.NONE, 0));
        assertEquals(1, a.group(g, Counter.BORROWS));
        assertEquals(1, f.m.group(g).held());
        assertEquals(defaultHeld + 1, f.m.group(0).held(), "one buffer lent, the reserve replenished");
        f.m.flush(1);
        assertEquals(3000, f.m.read(0, 5000, 2));
    }

    @Test
    void borrowingEndsWhenTheDefaultGroupIsExhaustedToo() {
        groupWith(ExhaustionPolicy.BORROW_DEFAULT, 1);
        f.open(0, 9000);
        // own 1 KiB + the default group's 8 × 4 KiB quota
        assertEquals(1024 + 8 * 4096, f.m.receive(0, 100_000, RxFlags.NONE, 0));
        assertEquals(0, f.m.advertisableWindow(0));
        assertEquals(8, f.m.group(0).held());
    }

    @Test
    void sendsAreRefusedInPartWhenTheGroupHasNoBuffer() {
        groupWith(ExhaustionPolicy.SHRINK_WINDOW, 2);
        f.open(0, 9000);
        assertEquals(2048, f.m.send(0, 5000, SendMode.BUFFERED, 0));
        assertEquals(5000 - 2048, a.total(Counter.TX_REFUSED_BYTES));
    }
}
