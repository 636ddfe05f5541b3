package org.offloadlab.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RangeSetTest {

    /** ranges added as {start, end} pairs → covered bytes, number of ranges, contiguous bytes from 0. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("in order", new long[]{0, 10, 10, 20, 20, 30}, 30, 1, 30),
                Arguments.of("duplicate", new long[]{0, 10, 0, 10}, 10, 1, 10),
                Arguments.of("hole", new long[]{0, 10, 20, 30}, 20, 2, 10),
                Arguments.of("hole filled late", new long[]{0, 10, 20, 30, 10, 20}, 30, 1, 30),
                Arguments.of("reordered", new long[]{20, 30, 10, 20, 0, 10}, 30, 1, 30),
                Arguments.of("overlap spans three", new long[]{0, 5, 10, 15, 20, 25, 3, 22}, 25, 1, 25),
                Arguments.of("inside existing", new long[]{0, 100, 10, 20}, 100, 1, 100),
                Arguments.of("missing start", new long[]{5, 10}, 5, 1, 0),
                Arguments.of("empty range ignored", new long[]{0, 0}, 0, 0, 0),
                Arguments.of("negative offsets", new long[]{-10, 0, 0, 10}, 20, 1, 10));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void unionOfRanges(String name, long[] ranges, long covered, int size, long fromZero) {
        RangeSet set = new RangeSet(64);
        for (int i = 0; i < ranges.length; i += 2) {
            set.add(ranges[i], ranges[i + 1]);
        }
        assertEquals(covered, set.coveredBytes());
        assertEquals(size, set.size());
        assertEquals(fromZero, set.contiguousFrom(0));
    }

    @Test
    void aFullSetDropsTheRangeFurthestAhead() {
        RangeSet set = new RangeSet(4);
        for (int i = 0; i < 6; i++) {
            set.add(i * 100L, i * 100L + 10);
        }
        assertEquals(4, set.size());
        assertEquals(2, set.dropped());
        assertEquals(60, set.coveredBytes(), "dropped bytes still count");
        set.add(10, 100);
        assertEquals(110, set.contiguousFrom(0), "the in-order prefix stays exact");

        set.add(5, 8);
        set.add(450, 460);
        assertEquals(4, set.size());
        set.add(500, 510);
        assertEquals(3, set.dropped(), "a new range beyond a full set is dropped itself");
        set.add(250, 260);
        assertEquals(4, set.dropped(), "a new range inside pushes out the one furthest ahead");
        assertEquals(4, set.size());
    }
}
