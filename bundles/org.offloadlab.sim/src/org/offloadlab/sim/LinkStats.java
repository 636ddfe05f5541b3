package org.offloadlab.sim;

/**
 * Counters of one link direction at one moment. Conservation: {@code sent + duplicated = delivered + drops + queued +
 * in flight}.
 */
public record LinkStats(String name, long sent, long sentBytes, long delivered, long deliveredBytes, long queueDrops,
        long redDrops, long lossDrops, long corrupted, long duplicated, long reordered, int maxQueuedPackets,
        long maxQueuedBytes) {

    public long drops() {
        return queueDrops + redDrops + lossDrops;
    }
}
