package org.offloadlab.dma;

/**
 * Settings of one buffer group.
 *
 * @param name
 *            label shown in snapshots and CSV
 * @param pool
 *            the pool its buffers come from (its buffer size)
 * @param reserve
 *            empty buffers the group keeps posted to the adapter, so data can be placed without waiting for the host;
 *            they count as held
 * @param quota
 *            most buffers the group may hold at once (posted and in use)
 * @param exhaustion
 *            behaviour when the quota or the pool is exhausted
 * @param expedited
 *            whether every handover and completion of the group bypasses DMA batching
 */
public record GroupConfig(String name, int pool, int reserve, int quota, ExhaustionPolicy exhaustion,
        boolean expedited) {

    /** Validates the numbers. */
    public GroupConfig {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a group needs a name");
        }
        if (pool < 0) {
            throw new IllegalArgumentException("group '" + name + "': pool must be >= 0, was " + pool);
        }
        if (reserve < 0 || quota < 1 || reserve > quota) {
            throw new IllegalArgumentException(
                    "group '" + name + "': need 0 <= reserve <= quota and quota >= 1, was " + reserve + "/" + quota);
        }
        if (exhaustion == null) {
            throw new IllegalArgumentException("group '" + name + "': exhaustion policy missing");
        }
    }

    /** A non-expedited group. */
    public static GroupConfig of(String name, int pool, int reserve, int quota, ExhaustionPolicy exhaustion) {
        return new GroupConfig(name, pool, reserve, quota, exhaustion, false);
    }

    /** The same group with other reserve and quota. */
    public GroupConfig resized(int newReserve, int newQuota) {
        return new GroupConfig(name, pool, newReserve, newQuota, exhaustion, expedited);
    }

    /** The same group, expedited or not. */
    public GroupConfig withExpedited(boolean value) {
        return new GroupConfig(name, pool, reserve, quota, exhaustion, value);
    }
}
