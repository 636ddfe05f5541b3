package org.offloadlab.dma;

/**
 * What a group does when it has no buffer left for incoming data. In every case the bytes that could not be placed are
 * reported to the caller as not placed, so the adapter never acknowledges them: data becomes acknowledgeable only once
 * it sits in host memory.
 */
public enum ExhaustionPolicy {
    /** Take buffers from the default group (counted as borrows); when that is empty too, behave as SHRINK_WINDOW. */
    BORROW_DEFAULT,
    /**
     * Place what fits and refuse the rest; the connection's {@link DmaManager#advertisableWindow advertisable window}
     * shrinks with the free buffers, so a well-behaved peer stops before the group runs dry.
     */
    SHRINK_WINDOW,
    /** Drop the whole segment when it does not fit (counted); the peer retransmits it. */
    DROP
}
