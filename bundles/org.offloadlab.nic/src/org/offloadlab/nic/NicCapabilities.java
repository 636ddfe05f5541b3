package org.offloadlab.nic;

/**
 * What an adapter offloads and how large its resources are, modelled on smoltcp's {@code DeviceCapabilities} (checksum
 * offload per direction) extended with what a TCP offload engine (TOE) advertises: segmentation, full TCP, connection
 * establishment, the connection-table size and the host-queue depths. The host driver reads it once and must not ask
 * the adapter for more than it offers.
 *
 * @param rxChecksum
 *            the adapter verifies the TCP checksum of received segments (damaged segments never reach TCP)
 * @param txChecksum
 *            the adapter computes the TCP checksum of transmitted segments
 * @param segmentation
 *            the adapter cuts host data into MSS-sized segments (TSO); implied by {@code fullTcp}
 * @param fullTcp
 *            the adapter runs the whole TCP state machine of offloaded connections
 * @param connectionEstablishment
 *            the adapter answers SYNs of listening ports itself and notifies the host of established connections (IBM
 *            patent WO2006019512)
 * @param tableCapacity
 *            connections the adapter can hold (embryonic, established and TIME-WAIT together)
 * @param commandQueueDepth
 *            entries of the host's submission (command) ring
 * @param completionQueueDepth
 *            entries of the event/completion ring
 * @param maxListeners
 *            listening ports the adapter can serve at once
 */
public record NicCapabilities(boolean rxChecksum, boolean txChecksum, boolean segmentation, boolean fullTcp,
        boolean connectionEstablishment, int tableCapacity, int commandQueueDepth, int completionQueueDepth,
        int maxListeners) {

    /** The largest supported connection table (2^24 slots: the connection id fits in 24 bits of a descriptor). */
    public static final int MAX_TABLE_CAPACITY = 1 << 24;

    public NicCapabilities {
        if (tableCapacity <= 0 || tableCapacity > MAX_TABLE_CAPACITY) {
            throw new IllegalArgumentException(
                    "tableCapacity must be in 1.." + MAX_TABLE_CAPACITY + ": " + tableCapacity);
        }
        if (commandQueueDepth <= 0 || completionQueueDepth <= 0 || maxListeners <= 0) {
            throw new IllegalArgumentException("queue depths and maxListeners must be positive: " + commandQueueDepth
                    + ", " + completionQueueDepth + ", " + maxListeners);
        }
        if (connectionEstablishment && !fullTcp) {
            throw new IllegalArgumentException("connection establishment offload needs full TCP offload");
        }
    }

    /**
     * A full TOE: checksums both ways, segmentation, full TCP and establishment; 64 Ki connections, 4096-entry rings
     * (the ring size of an mlx5/ice queue at its common maximum), 64 listeners.
     */
    public static NicCapabilities fullOffload() {
        return new NicCapabilities(true, true, true, true, true, 65536, 4096, 4096, 64);
    }

    public NicCapabilities withTableCapacity(int value) {
        return new NicCapabilities(rxChecksum, txChecksum, segmentation, fullTcp, connectionEstablishment, value,
                commandQueueDepth, completionQueueDepth, maxListeners);
    }

    public NicCapabilities withQueueDepths(int commands, int completions) {
        return new NicCapabilities(rxChecksum, txChecksum, segmentation, fullTcp, connectionEstablishment,
                tableCapacity, commands, completions, maxListeners);
    }
}
