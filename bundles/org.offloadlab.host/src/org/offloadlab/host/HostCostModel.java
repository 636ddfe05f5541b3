package org.offloadlab.host;

/**
 * Host CPU time per host↔adapter interaction, in nanoseconds; the defaults and their sources are in docs/NIC.md ("Host
 * cost model"). The model is linear: total = Σ count × unit cost. By default costs are only charged: the host is
 * assumed to keep up, and the total says how much of a core the interactions take. With {@code cpuDelay} the core that
 * handles the completion queue is also simulated as a server ({@link HostDriver}): an interrupt and every completion it
 * reads wait until the core has finished the previous work, so when the host cannot keep up, notifications queue and
 * their latency grows.
 *
 * @param commandNanos
 *            building and posting one command descriptor (cache-line write into the submission ring)
 * @param doorbellNanos
 *            one MMIO doorbell write (uncached write; the CPU stalls on the write-combining flush)
 * @param interruptNanos
 *            one interrupt: entry, handler, exit, and the cache and pipeline disturbance around it
 * @param completionNanos
 *            reading and dispatching one completion entry (a cache miss on a line the device wrote)
 * @param entryNanos
 *            processing one connection record of a notification (socket allocation, hash insert)
 * @param byteCopyNanos
 *            one byte copied by the CPU between socket buffers and the application
 * @param cpuDelay
 *            whether the completion-handling core is simulated as a server whose busy time delays notifications
 */
public record HostCostModel(double commandNanos, double doorbellNanos, double interruptNanos, double completionNanos,
        double entryNanos, double byteCopyNanos, boolean cpuDelay) {

    /** Costs charged only, not simulated as delay. */
    public HostCostModel(double commandNanos, double doorbellNanos, double interruptNanos, double completionNanos,
            double entryNanos, double byteCopyNanos) {
        this(commandNanos, doorbellNanos, interruptNanos, completionNanos, entryNanos, byteCopyNanos, false);
    }

    public HostCostModel {
        if (commandNanos < 0 || doorbellNanos < 0 || interruptNanos < 0 || completionNanos < 0 || entryNanos < 0
                || byteCopyNanos < 0) {
            throw new IllegalArgumentException("host costs must be >= 0");
        }
    }

    /**
     * 50 ns per command, 300 ns per doorbell, 2,000 ns per interrupt, 100 ns per completion, 250 ns per connection
     * record, 0.1 ns per byte copied (10 GB/s memcpy) — see docs/NIC.md for the measurements behind each.
     */
    public static HostCostModel defaults() {
        return new HostCostModel(50, 300, 2_000, 100, 250, 0.1);
    }

    /** The same costs, simulated as delay on the completion-handling core ({@code true}) or only charged. */
    public HostCostModel withCpuDelay(boolean delay) {
        return new HostCostModel(commandNanos, doorbellNanos, interruptNanos, completionNanos, entryNanos,
                byteCopyNanos, delay);
    }
}
