package org.offloadlab.dma;

/** Life cycle of a buffer group. */
public enum GroupState {
    /** Accepts connections and allocates buffers. */
    ACTIVE,
    /** Retired while still holding buffers: no members, no new buffers; held ones are returned as they drain. */
    RETIRING,
    /** Holds nothing; kept only so its id and counters stay readable. */
    RETIRED
}
