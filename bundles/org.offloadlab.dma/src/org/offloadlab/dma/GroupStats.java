package org.offloadlab.dma;

import java.util.Arrays;

/**
 * Immutable figures of one group (or of all: {@link #TOTAL}) at one moment: what it holds and its counters.
 */
public final class GroupStats {

    /** The id used for the all-groups row. */
    public static final int TOTAL = -1;

    private final int group;
    private final String name;
    private final GroupState state;
    private final int members;
    private final long buffersHeld;
    private final long bytesHeld;
    private final long pinnedBytes;
    private final long[] counters;
    private final Histogram latency;

    GroupStats(int group, String name, GroupState state, int members, long buffersHeld, long bytesHeld,
            long pinnedBytes, long[] counters, Histogram latency) {
        this.group = group;
        this.name = name;
        this.state = state;
        this.members = members;
        this.buffersHeld = buffersHeld;
        this.bytesHeld = bytesHeld;
        this.pinnedBytes = pinnedBytes;
        this.counters = counters;
        this.latency = latency;
    }

    /** Group id, or {@link #TOTAL}. */
    public int group() {
        return group;
    }

    /** Group name ("total" for the total row). */
    public String name() {
        return name;
    }

    /** Life-cycle state (ACTIVE for the total row). */
    public GroupState state() {
        return state;
    }

    /** Connections assigned. */
    public int members() {
        return members;
    }

    /** Host buffers held (posted + in use). */
    public long buffersHeld() {
        return buffersHeld;
    }

    /** Bytes of host buffers held. */
    public long bytesHeld() {
        return bytesHeld;
    }

    /** Application bytes pinned. */
    public long pinnedBytes() {
        return pinnedBytes;
    }

    /** Value of counter {@code c}. */
    public long count(Counter c) {
        return counters[c.ordinal()];
    }

    /** Bytes written into finished receive buffers over their capacity; 0 before any finished. */
    public double fillRatio() {
        long cap = count(Counter.CLOSED_CAPACITY);
        return cap == 0 ? 0 : (double) count(Counter.CLOSED_FILL) / cap;
    }

    /** Batching latency distribution (ns); a copy. */
    public Histogram latency() {
        return latency.copy();
    }

    /** A hash of every figure, for determinism checks. */
    public long contentHash() {
        long h = group * 31L + members;
        h = h * 31 + buffersHeld;
        h = h * 31 + bytesHeld;
        h = h * 31 + pinnedBytes;
        h = h * 31 + Arrays.hashCode(counters);
        return h * 31 + latency.contentHash();
    }

    @Override
    public String toString() {
        return name + ": " + buffersHeld + " buffers, " + bytesHeld + " B held, " + members + " members";
    }
}
