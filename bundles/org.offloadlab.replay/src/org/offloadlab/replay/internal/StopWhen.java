package org.offloadlab.replay.internal;

import java.util.function.BooleanSupplier;

import org.offloadlab.analysis.ProgressMonitor;

/** A progress monitor that also reports cancellation when the replay itself must stop (e.g. the pacer interrupted). */
final class StopWhen {

    private StopWhen() {
    }

    static ProgressMonitor or(ProgressMonitor monitor, BooleanSupplier stop) {
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
                return stop.getAsBoolean() || monitor.isCancelled();
            }
        };
    }
}
