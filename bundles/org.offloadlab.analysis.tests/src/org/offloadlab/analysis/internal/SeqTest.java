package org.offloadlab.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Modulo-2^32 comparisons (RFC 9293 §3.4) and unwrapping onto a 64-bit line. */
class SeqTest {

    @ParameterizedTest(name = "{0} < {1}: {2}")
    @CsvSource({"1, 2, true", "2, 1, false", "5, 5, false", "4294967295, 0, true", "0, 4294967295, false",
            "4294967000, 100, true", "100, 2147483747, true", "100, 2147483749, false"})
    void lessThanWrapsAround(long a, long b, boolean less) {
        assertEquals(less, Seq.lt(a, b));
        assertEquals(less, Seq.gt(b, a));
        assertEquals(less || a == b, Seq.le(a, b));
    }

    @Test
    void addWraps() {
        assertEquals(4, Seq.add(0xFFFF_FFFEL, 6));
        assertEquals(0xFFFF_FFFFL, Seq.add(0, -1));
    }

    @Test
    void unwrapperKeepsGrowingPastTwoToTheThirtyTwo() {
        Unwrapper line = new Unwrapper();
        line.anchor(0xFFFF_FF00L);
        assertEquals(0, line.unwrap(0xFFFF_FF00L));
        assertEquals(0x100, line.unwrap(0), "just past the wrap");
        assertEquals(-0x100, line.unwrap(0xFFFF_FE00L), "a little behind the origin is negative");
        // Walk 3 × 2^32 in steps of 2^30: every value lands on the growing line.
        long raw = 0xFFFF_FF00L;
        for (long step = 1; step <= 12; step++) {
            raw = Seq.add(raw, 1L << 30);
            assertEquals(step << 30, line.unwrap(raw));
        }
        assertEquals((12L << 30) - 1000, line.unwrap(Seq.add(raw, -1000)), "a retransmission stays behind");
        assertTrue(line.unwrap(raw) > 0);
    }
}
