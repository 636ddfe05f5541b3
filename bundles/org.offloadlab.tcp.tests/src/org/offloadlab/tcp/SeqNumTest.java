package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeqNumTest {

    @Test
    void comparesAcrossWrapAround() {
        int nearTop = 0xFFFFFFF0;
        int wrapped = 0x00000010;
        assertTrue(SeqNum.lt(nearTop, wrapped));
        assertTrue(SeqNum.gt(wrapped, nearTop));
        assertTrue(SeqNum.le(nearTop, nearTop));
        assertTrue(SeqNum.ge(wrapped, wrapped));
        assertEquals(wrapped, SeqNum.max(nearTop, wrapped));
        assertEquals(nearTop, SeqNum.min(nearTop, wrapped));
        assertEquals(0x20, SeqNum.distance(nearTop, wrapped));
    }

    @Test
    void rangesAcrossWrapAround() {
        assertTrue(SeqNum.inRange(0, -5, 5));
        assertTrue(SeqNum.inRange(-5, -5, 5));
        assertFalse(SeqNum.inRange(5, -5, 5));
        assertTrue(SeqNum.inClosedRange(5, -5, 5));
        assertFalse(SeqNum.inRange(7, 7, 7));
    }

    @Test
    void halfSpaceBoundary() {
        assertTrue(SeqNum.lt(0, Integer.MAX_VALUE));
        // exactly 2^31 apart is ambiguous; by sign of the difference it counts as "less"
        assertTrue(SeqNum.lt(0, Integer.MIN_VALUE) || SeqNum.gt(0, Integer.MIN_VALUE));
        assertEquals(4294967295L, SeqNum.unsigned(-1));
        assertEquals(4294967295L, SeqNum.distance(0, -1));
    }
}
