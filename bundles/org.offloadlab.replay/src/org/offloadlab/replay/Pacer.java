package org.offloadlab.replay;

/**
 * Paces a replay against a real clock. The replay engine has no clock of its own (everything runs on capture time); a
 * caller that wants real-time or scaled playback supplies one, e.g. the CLI for {@code --speed realtime}.
 */
@FunctionalInterface
public interface Pacer {

    /** As fast as possible. */
    Pacer NONE = sinceStartNanos -> {
    };

    /**
     * Returns when the frame at {@code sinceStartNanos} of capture time may be processed.
     *
     * @throws InterruptedException
     *             when the caller was interrupted (the replay then stops, keeping what it has)
     */
    void awaitCaptureTime(long sinceStartNanos) throws InterruptedException;
}
