package org.offloadlab.failover;

/** What the host keeps so a failed adapter's connections can continue (docs/FAILOVER.md, DESIGN.md §3). */
public enum Strategy {
    /**
     * IBM patent EP1609063: the host shadows only the hard state (riding on completions the data path needs anyway);
     * the substitute relearns the soft state from later traffic.
     */
    HARD_STATE_ONLY,
    /**
     * The hard state as above plus a periodic checkpoint of the soft state (cwnd, ssthresh, SRTT/RTTVAR/RTO), one DMA
     * record per connection per period, counted as extra host interactions.
     */
    FULL_CHECKPOINT,
    /** No recovery: the host resets every connection of the failed adapter; applications must reconnect. */
    NONE
}
