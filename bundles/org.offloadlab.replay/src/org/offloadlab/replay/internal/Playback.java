package org.offloadlab.replay.internal;

import org.offloadlab.analysis.ProgressMonitor;
import org.offloadlab.replay.Pacer;

/**
 * The playback clock of one replay run: capture time since the first frame, paced by the caller's {@link Pacer}, and
 * the stop an interrupted pacer causes (reported to the analysis pass as cancellation, so what was read is kept).
 */
final class Playback {

    private final Pacer pacer;
    private long firstTime = -1;
    private boolean interrupted;

    Playback(Pacer pacer) {
        this.pacer = pacer;
    }

    /** Notes a frame's capture time, waits for it if pacing, and returns the time since the first frame. */
    long at(long captureTimeNanos) {
        if (firstTime < 0) {
            firstTime = captureTimeNanos;
        }
        long since = captureTimeNanos - firstTime;
        if (!interrupted) {
            try {
                pacer.awaitCaptureTime(since);
            } catch (InterruptedException e) {
                interrupted = true;
                Thread.currentThread().interrupt();
            }
        }
        return since;
    }

    /** {@code monitor}, also cancelled once the pacer was interrupted. */
    ProgressMonitor stopping(ProgressMonitor monitor) {
        return new ProgressMonitor() {
            @Override
            public void begin(String task, long totalWork) {
                monitor.begin(task, totalWork);
            }

            @Override
            public void worked(long done) {
                monitor.worked(done);
            }

            @Override
            public boolean isCancelled() {
                return interrupted || monitor.isCancelled();
            }
        };
    }
}
