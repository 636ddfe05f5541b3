package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * RFC 9293 §3.4 / RFC 1982 serial arithmetic as properties: every relation must hold wherever in the 32-bit space the
 * numbers sit, in particular across the wrap from 2^32-1 to 0 (the generators' edge cases include 0, ±1, MIN and MAX,
 * so wrap-around is tried on every run, not only when a random value happens to land near it).
 */
class SeqNumPropertiesTest {

    /** Largest distance for which the order of two sequence numbers is defined (2^31 - 1). */
    private static final int HALF = Integer.MAX_VALUE;

    @Property(tries = 2000)
    void forwardDistanceDecidesTheOrder(@ForAll int a, @ForAll @IntRange(min = 0, max = HALF) int d) {
        int b = a + d; // may wrap past 2^32
        assertEquals(d > 0, SeqNum.lt(a, b));
        assertTrue(SeqNum.le(a, b));
        assertEquals(d > 0, SeqNum.gt(b, a));
        assertTrue(SeqNum.ge(b, a));
        assertEquals(d == 0, SeqNum.le(b, a));
        assertEquals(d, SeqNum.distance(a, b));
        assertEquals(d, SeqNum.diff(b, a));
        assertEquals(b, SeqNum.max(a, b));
        assertEquals(a, SeqNum.min(a, b));
        assertEquals(Integer.toUnsignedLong(a), SeqNum.unsigned(a));
    }

    @Property(tries = 2000)
    void orderIsInvariantUnderTranslation(@ForAll int a, @ForAll int b, @ForAll int shift) {
        assertEquals(SeqNum.lt(a, b), SeqNum.lt(a + shift, b + shift));
        assertEquals(SeqNum.le(a, b), SeqNum.le(a + shift, b + shift));
        assertEquals(SeqNum.distance(a, b), SeqNum.distance(a + shift, b + shift));
    }

    @Property(tries = 2000)
    void exactlyOneOrderUnlessHalfTheSpaceApart(@ForAll int a, @ForAll int b) {
        if (a == b) {
            assertFalse(SeqNum.lt(a, b) || SeqNum.gt(a, b));
        } else if (b - a != Integer.MIN_VALUE) {
            assertTrue(SeqNum.lt(a, b) ^ SeqNum.gt(a, b));
            assertEquals(SeqNum.lt(a, b), SeqNum.gt(b, a));
            assertEquals(SeqNum.distance(a, b) + SeqNum.distance(b, a), 1L << 32);
        }
    }

    @Property(tries = 2000)
    void orderIsTransitiveInsideAWindow(@ForAll int a, @ForAll @IntRange(min = 1, max = HALF / 2) int d1,
            @ForAll @IntRange(min = 1, max = HALF / 2) int d2) {
        int b = a + d1;
        int c = b + d2;
        assertTrue(SeqNum.lt(a, b) && SeqNum.lt(b, c) && SeqNum.lt(a, c));
        assertEquals(SeqNum.distance(a, b) + SeqNum.distance(b, c), SeqNum.distance(a, c));
    }

    @Property(tries = 2000)
    void rangesFollowTheDistance(@ForAll int lo, @ForAll @IntRange(min = 0, max = HALF) int width,
            @ForAll @IntRange(min = 0, max = HALF) int k) {
        int hi = lo + width;
        int x = lo + k;
        assertEquals(k < width, SeqNum.inRange(x, lo, hi));
        assertEquals(k <= width, SeqNum.inClosedRange(x, lo, hi));
    }
}
