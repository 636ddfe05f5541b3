package org.offloadlab.experiment;

/**
 * Progress and cancellation of a run, in virtual time. The runner's own small interface (as JGit has its own), so it
 * runs without Eclipse's job API; the command line and the workbench adapt it.
 */
public interface ProgressMonitor {

    /** Work starts: {@code totalWork} units (virtual nanoseconds of the run). */
    void begin(String task, long totalWork);

    /** {@code done} units of the total are complete. */
    void worked(long done);

    /** Asked between slices of simulated time: a cancelled run stops and reports what it has. */
    boolean isCancelled();

    /**
     * Asked between slices of simulated time: true once when the user wants the failure plan's failure now (the
     * workbench's "Inject failure now"). The runner then fails the planned adapter at the current virtual time; the
     * planned trigger no longer fires (an adapter fails once). Ignored by an experiment without a failure plan. Such a
     * run is no longer reproducible from its seed alone: the failure time is in the results' timeline.
     */
    default boolean takeFailureRequest() {
        return false;
    }

    /** A monitor that reports nothing and never cancels. */
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
}
