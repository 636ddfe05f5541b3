package org.offloadlab.dma;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Groups are created, resized and retired while traffic runs. */
class GroupLifecycleTest {

    private final Fixture f = new Fixture(Fixture.small());

    @Test
    void aNewGroupPostsItsReserveAndResizingMovesBuffers() {
        int g = f.m.createGroup(GroupConfig.of("g", 0, 4, 10, ExhaustionPolicy.SHRINK_WINDOW), 0);
        assertEquals(4, f.m.group(g).held());
        assertEquals(4, f.m.group(g).posted());
        f.m.resizeGroup(g, 1, 10, 0);
        assertEquals(1, f.m.group(g).held());
        assertEquals(31, f.m.memory().pool(0).free());
        f.m.resizeGroup(g, 6, 6, 0);
        assertEquals(6, f.m.group(g).held());
    }

    @Test
    void shrinkingTheQuotaBelowWhatIsHeldDrainsNaturally() {
        int g = f.m.createGroup(GroupConfig.of("g", 0, 0, 10, ExhaustionPolicy.SHRINK_WINDOW), 0);
        f.m.setRules(List.of(GroupRule.to(g)));
        f.open(0, 80);
        f.m.receive(0, 5000, RxFlags.PSH, 0);
        assertEquals(5, f.m.group(g).held());
        f.m.resizeGroup(g, 0, 2, 1);
        assertEquals(5, f.m.group(g).held(), "in-use buffers are not taken away");
        assertEquals(0, f.m.advertisableWindow(0) - (1024 - 5000 % 1024));
        f.m.flush(2);
        f.m.read(0, 10_000, 3);
        assertEquals(1, f.m.group(g).held(), "only the buffer being filled is left");
    }

    @Test
    void retiringAGroupWhileTrafficRunsLosesNothing() {
        int g = f.m.createGroup(GroupConfig.of("g", 0, 2, 10, ExhaustionPolicy.SHRINK_WINDOW), 0);
        f.m.setRules(List.of(GroupRule.to(g).withLocalPorts(443, 443)));
        f.open(0, 443);
        f.open(1, 443);
        f.m.receive(0, 1500, RxFlags.NONE, 0);
        f.m.retireGroup(g, 1);
        assertEquals(GroupState.RETIRING, f.m.group(g).state());
        assertArrayEquals(new int[0], f.m.members(g));
        assertEquals(0, f.m.groupOf(0));
        assertEquals(List.of(), f.m.selector().rules());
        f.m.receive(0, 1000, RxFlags.PSH, 2); // the rest of its open 1 KiB buffer, then the default group's
        f.m.flush(3);
        assertEquals(2500, f.m.read(0, 10_000, 4));
        f.m.close(0, 5);
        assertEquals(GroupState.RETIRED, f.m.group(g).state());
        assertEquals(0, f.m.group(g).held());
        assertEquals(2500, f.deliveredBytes(0));
    }

    @Test
    void lifecycleMisuseIsRejectedWithTheReason() {
        assertThrows(IllegalArgumentException.class, () -> f.m.retireGroup(0, 0));
        int g = f.m.createGroup(GroupConfig.of("g", 0, 0, 1, ExhaustionPolicy.DROP), 0);
        f.m.retireGroup(g, 0);
        assertThrows(IllegalStateException.class, () -> f.m.retireGroup(g, 0));
        assertThrows(IllegalStateException.class, () -> f.m.resizeGroup(g, 0, 1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> f.m.createGroup(GroupConfig.of("x", 5, 0, 1, ExhaustionPolicy.DROP), 0));
        assertThrows(IllegalArgumentException.class, () -> GroupConfig.of("x", 0, 3, 2, ExhaustionPolicy.DROP));
        f.open(0, 80);
        f.m.receive(0, 10, RxFlags.PSH, 0);
        f.m.close(0, 0);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.open(0, 80));
        assertEquals("connection 0 still has 1 undelivered or unread chunks from its previous use", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> f.m.receive(99, 1, 0, 0));
        assertThrows(IllegalStateException.class, () -> f.m.receive(1, 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> f.m.poll(-1), "time never goes backwards");
    }
}
