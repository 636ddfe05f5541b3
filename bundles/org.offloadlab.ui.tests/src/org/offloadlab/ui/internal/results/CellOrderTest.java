package org.offloadlab.ui.internal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Result tables sort cells as a reader expects: by value for numbers with units, addresses naturally, "—" last. */
class CellOrderTest {

    private static List<String> sorted(String... cells) {
        List<String> l = new ArrayList<>(List.of(cells));
        // shuffled with a fixed seed: the order must not depend on the input order
        Collections.shuffle(l, new Random(7));
        l.sort(CellOrder.INSTANCE);
        return l;
    }

    @Test
    void numbersCompareByValueNotText() {
        assertEquals(List.of("-3", "9", "10", "100", "1,200", "4294967295"),
                sorted("100", "9", "4294967295", "10", "-3", "1,200"));
    }

    @Test
    void durationsWithVaryingDecimals() {
        // a column has one unit; its values may be printed with different precision
        assertEquals(List.of("0.25 ms", "0.5 ms", "1.125 ms", "12 ms", "12.5 ms"),
                sorted("12 ms", "0.5 ms", "12.5 ms", "1.125 ms", "0.25 ms"));
    }

    @Test
    void addressesAndIdsSortNaturally() {
        assertEquals(List.of("9.1.1.1:80", "10.0.0.2:80", "10.0.0.9:80", "10.0.0.10:80", "10.1.0.0:1", "10.10.0.0:1"),
                sorted("10.10.0.0:1", "10.0.0.10:80", "10.1.0.0:1", "9.1.1.1:80", "10.0.0.9:80", "10.0.0.2:80"));
        assertEquals(List.of("connection 2", "connection 16777216", "connection 16777217"),
                sorted("connection 16777217", "connection 2", "connection 16777216"));
    }

    @Test
    void namesCaseInsensitiveAndNotMeasuredLast() {
        List<String> l = sorted("—", "TIME_WAIT", "", "nic0", "ESTABLISHED", "-", "CLOSED");
        assertEquals(List.of("CLOSED", "ESTABLISHED", "nic0", "TIME_WAIT"), l.subList(0, 4));
        assertEquals(List.of("", "-", "—"), l.subList(4, 7).stream().sorted().toList());
        assertEquals(List.of("1", "∞"), sorted("∞", "1"));
    }
}
