package org.offloadlab.pcap.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** if_tsresol / if_tsoffset conversion, exact to the nanosecond (draft-ietf-opsawg-pcapng §4.2). */
class TimestampScaleTest {

    @ParameterizedTest(name = "tsresol {0}, offset {1}, ticks {2} → {3} ns")
    @CsvSource({
            // power of ten
            "6, 0, 1764000000123456, 1764000000123456000", "9, 0, 1764000000123456789, 1764000000123456789",
            "0, 0, 1764000000, 1764000000000000000", "3, 0, 1764000000123, 1764000000123000000",
            // finer than ns: truncated
            "10, 0, 17640000001234567891, 1764000000123456789",
            // power of two: 2^-20 s ticks, 0.5 s + 1 tick = 500000953.67… ns
            "148, 0, 1782579200524289, 1700000000500000953", "128, 0, 1700000000, 1700000000000000000",
            // 2^-32 (NTP-like fraction) and 2^-63: the 128-bit product path
            "160, 0, 4294967296, 1000000000", "160, 0, 6442450944, 1500000000",
            "191, 0, 9223372036854775807, 999999999",
            // if_tsoffset in seconds, either sign
            "6, 100, 1000000, 101000000000", "6, -3600, 7200000000, 3600000000000",
            // unsigned 64-bit ticks above Long.MAX_VALUE
            "191, 0, 18446744073709551615, 1999999999"})
    void converts(int tsresol, long offset, String ticks, long nanos) {
        assertEquals(nanos, TimestampScale.of(tsresol, offset).toNanos(Long.parseUnsignedLong(ticks)));
    }

    @Test
    void microsecondsIsTheDefault() {
        assertEquals(1_500_000L, TimestampScale.MICROS.toNanos(1_500));
    }

    @Test
    void resolutionsFinerThanTheMathAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TimestampScale.of(19, 0));
        assertThrows(IllegalArgumentException.class, () -> TimestampScale.of(0x80 | 64, 0));
        assertThrows(IllegalArgumentException.class, () -> TimestampScale.of(6, Long.MAX_VALUE / 10));
    }
}
