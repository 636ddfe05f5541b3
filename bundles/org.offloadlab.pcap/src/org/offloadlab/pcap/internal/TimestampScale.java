package org.offloadlab.pcap.internal;

/**
 * Converts a pcapng interface's 64-bit timestamp ticks to nanoseconds since the epoch, exactly (truncating only below
 * one nanosecond). The unit comes from {@code if_tsresol}: 10^-n seconds, or 2^-n when the top bit is set; the offset
 * from {@code if_tsoffset}, in seconds (draft-ietf-opsawg-pcapng §4.2).
 */
final class TimestampScale {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    /** pcapng's default when there is no if_tsresol option: microseconds. */
    static final TimestampScale MICROS = new TimestampScale(false, 6, 0);

    private final boolean powerOfTwo;
    private final int exponent;
    /** Ticks per second, unsigned (2^63 does not fit a signed long). */
    private final long unitsPerSecond;
    private final long offsetNanos;
    /** For 10^-n with n ≤ 9: nanoseconds per tick, and the largest tick count that multiplies without overflow. */
    private final long nanosPerTick;
    private final long fastLimit;

    private TimestampScale(boolean powerOfTwo, int exponent, long offsetNanos) {
        this.powerOfTwo = powerOfTwo;
        this.exponent = exponent;
        this.unitsPerSecond = powerOfTwo ? 1L << exponent : POWERS_OF_TEN[exponent];
        this.offsetNanos = offsetNanos;
        this.nanosPerTick = !powerOfTwo && exponent <= 9 ? POWERS_OF_TEN[9 - exponent] : 0;
        this.fastLimit = nanosPerTick == 0 ? -1 : (Long.MAX_VALUE - Math.abs(offsetNanos)) / nanosPerTick;
    }

    /**
     * @param tsresol
     *            the if_tsresol byte
     * @param offsetSeconds
     *            if_tsoffset
     * @throws IllegalArgumentException
     *             when the resolution is finer than 2^-63 or 10^-18 s, or the offset overflows
     */
    static TimestampScale of(int tsresol, long offsetSeconds) {
        boolean powerOfTwo = (tsresol & 0x80) != 0;
        int exponent = tsresol & 0x7F;
        if (powerOfTwo ? exponent > 63 : exponent > 18) {
            throw new IllegalArgumentException("unsupported if_tsresol 0x" + Integer.toHexString(tsresol));
        }
        long offsetNanos;
        try {
            offsetNanos = Math.multiplyExact(offsetSeconds, NANOS_PER_SECOND);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("if_tsoffset " + offsetSeconds + " s is out of range", e);
        }
        return new TimestampScale(powerOfTwo, exponent, offsetNanos);
    }

    long toNanos(long ticks) {
        if (ticks >= 0 && ticks <= fastLimit) {
            return ticks * nanosPerTick + offsetNanos;
        }
        long seconds = Long.divideUnsigned(ticks, unitsPerSecond);
        long rest = Long.remainderUnsigned(ticks, unitsPerSecond);
        long fraction;
        if (powerOfTwo) {
            // rest / 2^n seconds = rest * 10^9 >> n nanoseconds; the product needs 128 bits
            long high = Math.unsignedMultiplyHigh(rest, NANOS_PER_SECOND);
            long low = rest * NANOS_PER_SECOND;
            fraction = exponent == 0 ? low : low >>> exponent | high << 64 - exponent;
        } else if (exponent <= 9) {
            fraction = rest * POWERS_OF_TEN[9 - exponent];
        } else {
            fraction = rest / POWERS_OF_TEN[exponent - 9];
        }
        return seconds * NANOS_PER_SECOND + fraction + offsetNanos;
    }
}
