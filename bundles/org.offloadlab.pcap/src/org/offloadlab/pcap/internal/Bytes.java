package org.offloadlab.pcap.internal;

/** Network-order (big-endian) field access on frame bytes; callers check bounds first. */
final class Bytes {

    private Bytes() {
    }

    static int u8(byte[] d, int i) {
        return d[i] & 0xFF;
    }

    static int u16(byte[] d, int i) {
        return (d[i] & 0xFF) << 8 | d[i + 1] & 0xFF;
    }

    static int s32(byte[] d, int i) {
        return d[i] << 24 | (d[i + 1] & 0xFF) << 16 | (d[i + 2] & 0xFF) << 8 | d[i + 3] & 0xFF;
    }

    static long u32(byte[] d, int i) {
        return s32(d, i) & 0xFFFF_FFFFL;
    }

    static long s64(byte[] d, int i) {
        return (long) s32(d, i) << 32 | u32(d, i + 4);
    }
}
