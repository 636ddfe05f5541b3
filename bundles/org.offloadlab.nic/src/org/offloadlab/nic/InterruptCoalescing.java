package org.offloadlab.nic;

/**
 * Interrupt moderation like ethtool's rx-frames/rx-usecs: an interrupt is raised when {@code maxFrames} completions are
 * waiting, or {@code maxDelayNanos} after the first waiting completion, whichever comes first; while the host handles
 * an interrupt (until it re-arms the completion queue, as NAPI does) no further interrupt is raised.
 *
 * @param maxFrames
 *            completions that trigger an interrupt at once (1 = one interrupt per completion when armed)
 * @param maxDelayNanos
 *            longest time a completion waits for its interrupt; 0 means at once (like ethtool rx-usecs 0), which makes
 *            {@code maxFrames} irrelevant
 */
public record InterruptCoalescing(int maxFrames, long maxDelayNanos) {

    public InterruptCoalescing {
        if (maxFrames <= 0 || maxDelayNanos < 0) {
            throw new IllegalArgumentException("bad coalescing: frames " + maxFrames + ", delay " + maxDelayNanos);
        }
    }

    /** No moderation: every completion interrupts (when interrupts are armed). */
    public static InterruptCoalescing none() {
        return new InterruptCoalescing(1, 0);
    }
}
