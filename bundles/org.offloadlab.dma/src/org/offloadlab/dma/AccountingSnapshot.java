package org.offloadlab.dma;

import java.util.List;

/**
 * Everything the accounting knows at one moment: the total, each group, each pool, the batch-size distribution.
 *
 * @param time
 *            virtual time of the snapshot (ns)
 * @param total
 *            the all-groups row
 * @param groups
 *            one row per group ever created, by id
 * @param pools
 *            one row per pool
 * @param batchSizes
 *            entries per completion batch
 */
public record AccountingSnapshot(long time, GroupStats total, List<GroupStats> groups, List<PoolStats> pools,
        Histogram batchSizes) {

    /** A hash of the whole snapshot: equal for equal runs. */
    public long contentHash() {
        long h = time * 31 + total.contentHash();
        for (GroupStats g : groups) {
            h = h * 31 + g.contentHash();
        }
        for (PoolStats p : pools) {
            h = h * 31 + p.hashCode();
        }
        return h * 31 + batchSizes.contentHash();
    }
}
