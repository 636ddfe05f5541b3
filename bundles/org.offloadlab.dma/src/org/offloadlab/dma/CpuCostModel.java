package org.offloadlab.dma;

/**
 * Host CPU cost of moving data, to compare buffered and zero-copy paths. Copying costs per byte; zero-copy replaces
 * that by page pinning, unpinning and a completion notification (Linux
 * {@code Documentation/networking/msg_zerocopy.rst}: "it replaces per byte copy cost with page accounting and
 * completion notification overhead. As a result, MSG_ZEROCOPY is generally only effective at writes over around 10 KB";
 * de Bruijn and Dumazet, "sendmsg copy avoidance with MSG_ZEROCOPY", netdev 2.1, 2017).
 * <p>
 * The {@link #linuxDefaults() defaults} are estimates, not measurements: a copy of cold data at about 5 GB/s (0.2
 * ns/B), {@code get_user_pages} pinning at 80 ns and unpinning at 40 ns per 4 KiB page, 1.5 µs to produce and consume
 * one completion notification (an error-queue {@code recvmsg}). They put the crossover at about 9 KiB, where the kernel
 * documentation places it; an experiment that needs other hardware sets its own.
 *
 * @param copyNanosPerByte
 *            CPU ns per byte copied
 * @param pinNanosPerPage
 *            CPU ns to pin one page
 * @param unpinNanosPerPage
 *            CPU ns to unpin one page
 * @param completionNanos
 *            CPU ns per completion notification
 * @param pageSize
 *            bytes per page
 */
public record CpuCostModel(double copyNanosPerByte, double pinNanosPerPage, double unpinNanosPerPage,
        double completionNanos, int pageSize) {

    /** Validates the values. */
    public CpuCostModel {
        if (!(copyNanosPerByte >= 0) || !(pinNanosPerPage >= 0) || !(unpinNanosPerPage >= 0)
                || !(completionNanos >= 0)) {
            throw new IllegalArgumentException("costs must be finite and >= 0");
        }
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw new IllegalArgumentException("page size must be a power of two >= 512, was " + pageSize);
        }
    }

    /** The documented defaults (see the class comment). */
    public static CpuCostModel linuxDefaults() {
        return new CpuCostModel(0.2, 80, 40, 1500, 4096);
    }

    /** Pages spanned by {@code bytes} (page-aligned start). */
    public long pages(long bytes) {
        return (bytes + pageSize - 1) / pageSize;
    }

    /** Picoseconds to copy {@code bytes}. */
    public long copyPicos(long bytes) {
        return Math.round(bytes * copyNanosPerByte * 1000);
    }

    /** Picoseconds to pin {@code bytes}. */
    public long pinPicos(long bytes) {
        return Math.round(pages(bytes) * pinNanosPerPage * 1000);
    }

    /** Picoseconds to unpin {@code bytes} and process its completion. */
    public long releasePicos(long bytes) {
        return Math.round((pages(bytes) * unpinNanosPerPage + completionNanos) * 1000);
    }

    /** Smallest message size at which zero-copy costs no more than copying (by the model), or -1 above 1 GiB. */
    public long crossoverBytes() {
        for (long b = 1; b <= (1L << 30); b = b < 4096 ? b + 1 : b + 64) {
            if (pinPicos(b) + releasePicos(b) <= copyPicos(b)) {
                return b;
            }
        }
        return -1;
    }
}
