package org.offloadlab.analysis;

/**
 * Progress and cancellation for long work, in the style of JGit's monitor: engine code stays free of Eclipse's
 * {@code IProgressMonitor}; the UI and the CLI adapt it.
 */
public interface ProgressMonitor {

    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void begin(String task, long totalWork) {
        }

        @Override
        public void worked(long done) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Starts a task of {@code totalWork} units (e.g. file bytes); -1 when unknown. */
    void begin(String task, long totalWork);

    /** Reports the total units done so far (absolute, not a delta). */
    void worked(long done);

    boolean isCancelled();
}
