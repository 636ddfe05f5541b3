package org.offloadlab.dma;

import java.util.Arrays;

/**
 * Event counters and distributions per group and in total: copies, DMA transactions, handovers, batches, interrupts,
 * batching latency, expedited transfers, exhaustion events, CPU cost. Memory held is not counted here but read from the
 * groups and pools, which always know it. With accounting disabled every update returns at once (the JMH module
 * measures the difference); the functional state — what is held, by whom — is unaffected.
 */
public final class Accounting {

    private static final int N = Counter.values().length;

    private final boolean enabled;
    private long[] perGroup = new long[8 * N];
    private final long[] total = new long[N];
    private Histogram[] latency = new Histogram[8];
    private final Histogram totalLatency = new Histogram();
    private final Histogram batchSizes = new Histogram();
    private long[] lastBatch = new long[8];
    private long batches;

    Accounting(boolean enabled) {
        this.enabled = enabled;
    }

    /** Whether counters are being updated. */
    public boolean enabled() {
        return enabled;
    }

    void add(int group, Counter c, long delta) {
        if (!enabled) {
            return;
        }
        perGroup[group * N + c.ordinal()] += delta;
        total[c.ordinal()] += delta;
    }

    /** One completion batch of {@code size} entries: one interrupt, one descriptor write. */
    void batch(int size) {
        if (!enabled) {
            return;
        }
        batches++;
        batchSizes.record(size);
        total[Counter.INTERRUPTS.ordinal()]++;
        total[Counter.DMA_TRANSACTIONS.ordinal()]++;
    }

    /** An entry of the current batch for {@code group} waited {@code nanos} in the delay queue. */
    void batchEntry(int group, long nanos) {
        if (!enabled) {
            return;
        }
        latency[group].record(nanos);
        totalLatency.record(nanos);
        if (lastBatch[group] != batches) {
            // the group's share of the batch: its interrupt and descriptor write
            lastBatch[group] = batches;
            perGroup[group * N + Counter.INTERRUPTS.ordinal()]++;
            perGroup[group * N + Counter.DMA_TRANSACTIONS.ordinal()]++;
        }
    }

    /** Makes room for group {@code group} (called when it is created, so updates need no bounds logic). */
    void addGroup(int group) {
        if (group >= latency.length) {
            int n = Math.max(group + 1, latency.length * 2);
            perGroup = Arrays.copyOf(perGroup, n * N);
            latency = Arrays.copyOf(latency, n);
            lastBatch = Arrays.copyOf(lastBatch, n);
        }
        if (latency[group] == null) {
            latency[group] = new Histogram();
        }
    }

    /** Total of counter {@code c}. */
    public long total(Counter c) {
        return total[c.ordinal()];
    }

    /** Counter {@code c} of {@code group}. */
    public long group(int group, Counter c) {
        return group < latency.length ? perGroup[group * N + c.ordinal()] : 0;
    }

    /** Completion batches delivered. */
    public long batches() {
        return batches;
    }

    /** Distribution of batch sizes (entries per interrupt). */
    public Histogram batchSizes() {
        return batchSizes.copy();
    }

    /** Distribution of the time entries waited for their batch, in ns, over all groups. */
    public Histogram latency() {
        return totalLatency.copy();
    }

    /** The same for one group. */
    public Histogram latency(int group) {
        return group < latency.length && latency[group] != null ? latency[group].copy() : new Histogram();
    }

    long[] groupCounters(int group) {
        long[] out = new long[N];
        if (group < latency.length) {
            System.arraycopy(perGroup, group * N, out, 0, N);
        }
        return out;
    }

    long[] totalCounters() {
        return total.clone();
    }
}
