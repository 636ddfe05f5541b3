package org.offloadlab.failover;

/** How an adapter fails (the failure modes of {@code OffloadAdapter}). */
public enum FailureKind {
    /** Stops at once and loses all state; heartbeats stop being answered. */
    CRASH,
    /** State kept but unreachable: commands are never fetched, packets silently dropped. */
    HANG,
    /**
     * The adapter works but its wire is dead (cable, PHY, switch port). Detected through the adapter's link-status
     * register, which the health monitor reads every period (one MMIO read), as drivers poll PHY link state.
     */
    LINK_DOWN
}
