package org.offloadlab.dma;

import java.util.List;

/**
 * Settings of a {@link DmaManager}. Start from {@link #defaults()} and change with {@link #toBuilder()}.
 *
 * @param maxConnections
 *            connection slots (ids 0 .. maxConnections − 1); per-connection state is ~110 bytes
 * @param maxChunks
 *            most data chunks in flight at once (handed-over parts, posted and pinned buffers)
 * @param pools
 *            the host memory pools
 * @param defaultGroup
 *            settings of group 0, which takes every connection no rule matches
 * @param batchSize
 *            completions held before one interrupt delivers them (1 = no batching)
 * @param maxBatchDelayNanos
 *            longest a completion waits for its batch
 * @param rxFlushNanos
 *            longest received data waits in a partly filled buffer before it is handed over without PSH
 * @param zeroCopySendThreshold
 *            smallest send that {@link SendMode#AUTO} sends zero-copy (bytes)
 * @param costModel
 *            host CPU costs of copies, pins and completions
 * @param expeditedEnabled
 *            whether urgent data, PSH on latency-sensitive connections and expedited groups bypass batching
 * @param accountingEnabled
 *            whether counters and distributions are kept
 * @param maxWindow
 *            cap of {@link DmaManager#advertisableWindow} (bytes)
 */
public record DmaConfig(int maxConnections, int maxChunks, List<PoolSpec> pools, GroupConfig defaultGroup,
        int batchSize, long maxBatchDelayNanos, long rxFlushNanos, int zeroCopySendThreshold, CpuCostModel costModel,
        boolean expeditedEnabled, boolean accountingEnabled, long maxWindow) {

    /** Validates the values. */
    public DmaConfig {
        if (maxConnections < 1 || maxConnections > (1 << 26)) {
            throw new IllegalArgumentException("maxConnections must be 1 .. 2^26, was " + maxConnections);
        }
        if (maxChunks < 1) {
            throw new IllegalArgumentException("maxChunks must be positive, was " + maxChunks);
        }
        pools = List.copyOf(pools);
        if (defaultGroup.pool() >= pools.size()) {
            throw new IllegalArgumentException("default group uses pool " + defaultGroup.pool() + " but only "
                    + pools.size() + " pools are configured");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, was " + batchSize);
        }
        if (maxBatchDelayNanos < 0 || rxFlushNanos < 0) {
            throw new IllegalArgumentException("delays must be >= 0");
        }
        if (zeroCopySendThreshold < 0) {
            throw new IllegalArgumentException("zeroCopySendThreshold must be >= 0");
        }
        if (costModel == null) {
            throw new IllegalArgumentException("cost model missing");
        }
        if (maxWindow < 0) {
            throw new IllegalArgumentException("maxWindow must be >= 0");
        }
    }

    /**
     * 2 KiB × 16384, 16 KiB × 4096 and 64 KiB × 1024 buffers (32 + 64 + 64 MiB); default group on the 16 KiB pool with
     * 64 posted, quota 4096, shrinking the window when exhausted; batches of 16 or 50 µs (the order of NIC interrupt
     * coalescing defaults, {@code ethtool -C rx-usecs}); partial buffers handed over after 50 µs without PSH; zero-copy
     * sends from 10 KiB (msg_zerocopy.rst: "effective at writes over around 10 KB"); expedited transfer and accounting
     * on.
     */
    public static DmaConfig defaults() {
        return new DmaConfig(65_536, 1 << 22,
                List.of(new PoolSpec(2048, 16_384), new PoolSpec(16_384, 4096), new PoolSpec(65_536, 1024)),
                GroupConfig.of("default", 1, 64, 4096, ExhaustionPolicy.SHRINK_WINDOW), 16, 50_000, 50_000, 10_240,
                CpuCostModel.linuxDefaults(), true, true, 16L << 20);
    }

    /** A builder starting from these values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes single settings of a {@link DmaConfig}. */
    public static final class Builder {
        private int maxConnections;
        private int maxChunks;
        private List<PoolSpec> pools;
        private GroupConfig defaultGroup;
        private int batchSize;
        private long maxBatchDelayNanos;
        private long rxFlushNanos;
        private int zeroCopySendThreshold;
        private CpuCostModel costModel;
        private boolean expeditedEnabled;
        private boolean accountingEnabled;
        private long maxWindow;

        Builder(DmaConfig c) {
            maxConnections = c.maxConnections;
            maxChunks = c.maxChunks;
            pools = c.pools;
            defaultGroup = c.defaultGroup;
            batchSize = c.batchSize;
            maxBatchDelayNanos = c.maxBatchDelayNanos;
            rxFlushNanos = c.rxFlushNanos;
            zeroCopySendThreshold = c.zeroCopySendThreshold;
            costModel = c.costModel;
            expeditedEnabled = c.expeditedEnabled;
            accountingEnabled = c.accountingEnabled;
            maxWindow = c.maxWindow;
        }

        public Builder maxConnections(int v) {
            maxConnections = v;
            return this;
        }

        public Builder maxChunks(int v) {
            maxChunks = v;
            return this;
        }

        public Builder pools(List<PoolSpec> v) {
            pools = v;
            return this;
        }

        public Builder defaultGroup(GroupConfig v) {
            defaultGroup = v;
            return this;
        }

        public Builder batchSize(int v) {
            batchSize = v;
            return this;
        }

        public Builder maxBatchDelayNanos(long v) {
            maxBatchDelayNanos = v;
            return this;
        }

        public Builder rxFlushNanos(long v) {
            rxFlushNanos = v;
            return this;
        }

        public Builder zeroCopySendThreshold(int v) {
            zeroCopySendThreshold = v;
            return this;
        }

        public Builder costModel(CpuCostModel v) {
            costModel = v;
            return this;
        }

        public Builder expeditedEnabled(boolean v) {
            expeditedEnabled = v;
            return this;
        }

        public Builder accountingEnabled(boolean v) {
            accountingEnabled = v;
            return this;
        }

        public Builder maxWindow(long v) {
            maxWindow = v;
            return this;
        }

        /** The configuration (validated). */
        public DmaConfig build() {
            return new DmaConfig(maxConnections, maxChunks, pools, defaultGroup, batchSize, maxBatchDelayNanos,
                    rxFlushNanos, zeroCopySendThreshold, costModel, expeditedEnabled, accountingEnabled, maxWindow);
        }
    }
}
