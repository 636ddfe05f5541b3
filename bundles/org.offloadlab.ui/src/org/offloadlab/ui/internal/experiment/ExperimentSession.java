package org.offloadlab.ui.internal.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.services.IDisposable;
import org.offloadlab.experiment.ExperimentException;
import org.offloadlab.experiment.ExperimentRunner;
import org.offloadlab.experiment.RunResult;
import org.offloadlab.experiment.Sweep;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.Results;
import org.offloadlab.ui.internal.UiIds;

/**
 * The workbench's experiment run: one at a time, on a {@link Job} (Progress view, cancel), driven by a
 * {@link RunControl} (pause, step, speed). Views subscribe and receive {@link RunSnapshot}s on the UI thread, merged to
 * at most one per refresh interval however fast the run publishes. Finished runs are kept (newest last) for the Compare
 * Runs view.
 */
public final class ExperimentSession implements IDisposable {

    /** A finished run or a loaded results file, as Compare Runs lists it. */
    /**
     * Results the session keeps, by label.
     *
     * @param run
     *            the whole run (notes, whether it completed, wall clock) for runs of this session; null for results
     *            opened from a file, which keeps only the results
     */
    public record NamedResults(String label, Results results, RunResult run) {
        /** Results without their run (opened from a file). */
        public NamedResults(String label, Results results) {
            this(label, results, null);
        }
    }

    private static final int HISTORY = 16;

    private final Display display;
    private final UiPreferences preferences;
    private final List<Consumer<RunSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<RunSnapshot> latest = new AtomicReference<>(RunSnapshot.IDLE);
    private final UiThrottle throttle;
    private final List<NamedResults> history = new ArrayList<>();
    private RunSnapshot shown = RunSnapshot.IDLE;
    private Job job;
    private RunControl control;
    private int runs;

    public ExperimentSession(Display display, UiPreferences preferences) {
        this.display = display;
        this.preferences = preferences;
        this.throttle = new UiThrottle(display, preferences::refreshMillis, this::deliver);
    }

    /** Calls {@code listener} on the UI thread with every (merged) snapshot from now on. */
    public void addListener(Consumer<RunSnapshot> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<RunSnapshot> listener) {
        listeners.remove(listener);
    }

    /** The snapshot the views show now (UI thread). */
    public RunSnapshot current() {
        return shown;
    }

    /** The control of the run under way, or null. */
    public synchronized RunControl control() {
        return control;
    }

    /** Finished runs and loaded results, oldest first (UI thread). */
    public List<NamedResults> history() {
        return List.copyOf(history);
    }

    public UiPreferences preferences() {
        return preferences;
    }

    /**
     * Runs a copy of {@code experiment} (edits made during the run do not affect it) on a job.
     *
     * @param file
     *            the experiment's file, against whose folder a trace workload's relative capture path resolves (as
     *            {@code offloadlab run} does); null for an experiment not saved anywhere (then the working directory)
     * @return the job, scheduled; null when a run is already under way
     */
    public synchronized Job run(Experiment experiment, java.nio.file.Path file) {
        if (job != null) {
            return null;
        }
        Experiment copy = EcoreUtil.copy(experiment);
        ExperimentRunner.resolveCapture(copy, file);
        String name = copy.getName() == null ? "experiment" : copy.getName();
        long total = Math.max(0, copy.getDurationMillis()) * 1_000_000L;
        int number = ++runs;
        Job j = Job.create("Running experiment " + name, (IProgressMonitor monitor) -> {
            AtomicReference<org.offloadlab.experiment.RunSnapshot> live = new AtomicReference<>();
            RunControl c = new RunControl(monitor, virtual -> publish(new RunSnapshot(name,
                    controlPaused() ? RunState.PAUSED : RunState.RUNNING, virtual, total, copy, live.get(), null,
                    List.of(), "Running: " + seconds(virtual) + " of " + seconds(total) + " simulated")));
            synchronized (this) {
                control = c;
            }
            publish(new RunSnapshot(name, RunState.RUNNING, 0, total, copy, null, null, List.of(),
                    "Starting " + name));
            try {
                // the observer only hands the snapshot over; the next progress report publishes it, merged
                RunResult result = ExperimentRunner.run(copy, ExperimentRunner.Options.defaults(), c, live::set);
                String how = result.cancelled() ? "cancelled" : result.finished() ? "finished" : "duration reached";
                long reached = metric(result.results(), "simulated_ns", total);
                publish(new RunSnapshot(name, RunState.DONE, reached, total, copy, live.get(), result.results(),
                        result.notes(), "Run " + how + " after " + seconds(reached) + " simulated, "
                                + result.wallClockMillis() + " ms wall clock"));
                display.asyncExec(() -> remember(new NamedResults(name + " #" + number, result.results(), result)));
                return Status.OK_STATUS;
            } catch (ExperimentException e) {
                publish(new RunSnapshot(name, RunState.FAILED, 0, total, copy, live.get(), null, List.of(),
                        e.getMessage()));
                return Status.warning("Experiment " + name + " cannot run: " + e.getMessage());
            } catch (RuntimeException e) {
                publish(new RunSnapshot(name, RunState.FAILED, 0, total, copy, live.get(), null, List.of(),
                        "Internal error: " + e));
                return Status.error("Experiment " + name + " failed", e);
            } finally {
                synchronized (this) {
                    job = null;
                    control = null;
                }
            }
        });
        j.setUser(false);
        j.setPriority(Job.LONG);
        job = j;
        j.schedule();
        return j;
    }

    /**
     * Runs a copy of {@code experiment} once per value of the setting {@code name} ({@code offloadlab sweep --param}),
     * on as many parallel runs as the preference says; each result joins the history (Compare Runs) as
     * {@code name=value}. Bad values fail before any run starts.
     *
     * @param file
     *            the experiment's file (see {@link #run(Experiment, java.nio.file.Path)}), or null
     * @return the job, scheduled; null when a run is already under way
     */
    public synchronized Job sweep(Experiment experiment, java.nio.file.Path file, String name, List<String> values) {
        if (job != null) {
            return null;
        }
        Experiment copy = EcoreUtil.copy(experiment);
        ExperimentRunner.resolveCapture(copy, file);
        String label = copy.getName() == null ? "experiment" : copy.getName();
        int jobs = preferences.jobs();
        Job j = Job.create("Sweeping " + name + " of " + label, (IProgressMonitor monitor) -> {
            publish(new RunSnapshot(label, RunState.RUNNING, 0, 0, copy, null, null, List.of(),
                    "Sweeping " + name + " over " + values.size() + " values on " + jobs + " parallel runs"));
            try {
                List<Sweep.Row> rows = Sweep.run(copy, name, values, ExperimentRunner.Options.defaults(), jobs,
                        new RunControl(monitor, done -> {
                        }));
                display.asyncExec(() -> rows.forEach(
                        r -> remember(new NamedResults(label + " " + name + "=" + String.join(",", r.values()),
                                r.result().results(), r.result()))));
                Sweep.Row last = rows.get(rows.size() - 1);
                publish(new RunSnapshot(label, RunState.DONE, 0, 0, copy, null, last.result().results(),
                        last.result().notes(), "Sweep of " + name + " done: " + rows.size()
                                + " runs in Compare Runs; the views show " + name + "="
                                + String.join(",", last.values())));
                return Status.OK_STATUS;
            } catch (ExperimentException e) {
                publish(new RunSnapshot(label, RunState.FAILED, 0, 0, copy, null, null, List.of(), e.getMessage()));
                return Status.warning("Sweep of " + label + " cannot run: " + e.getMessage());
            } finally {
                synchronized (this) {
                    job = null;
                }
            }
        });
        j.setPriority(Job.LONG);
        job = j;
        j.schedule();
        return j;
    }

    /** Shows results loaded from a file as if a run had produced them (UI thread). */
    public void showResults(String label, Results results) {
        remember(new NamedResults(label, results));
        RunSnapshot s = new RunSnapshot(label, RunState.DONE, 0, 0, null, null, results, List.of(), "Results " + label);
        latest.set(s);
        deliver();
    }

    /** Whether a run is under way. */
    public synchronized boolean isRunning() {
        return job != null;
    }

    /** Cancels the run under way, if any. */
    public synchronized void cancel() {
        if (control != null) {
            control.cancel();
        }
        if (job != null) {
            job.cancel();
        }
    }

    private synchronized boolean controlPaused() {
        return control != null && control.isPaused();
    }

    private void publish(RunSnapshot snapshot) {
        latest.set(snapshot);
        throttle.request();
    }

    private void remember(NamedResults r) {
        history.add(r);
        if (history.size() > HISTORY) {
            history.remove(0);
        }
    }

    private void deliver() {
        RunSnapshot s = latest.get();
        shown = s;
        for (Consumer<RunSnapshot> l : listeners) {
            try {
                l.accept(s);
            } catch (RuntimeException e) {
                org.eclipse.core.runtime.ILog.of(getClass()).log(
                        new Status(IStatus.ERROR, UiIds.BUNDLE, "A view failed to show the run", e));
            }
        }
    }

    private static long metric(Results r, String name, long fallback) {
        return r.getMetrics().stream().filter(m -> name.equals(m.getName())).mapToLong(m -> (long) m.getValue())
                .findFirst().orElse(fallback);
    }

    /** Virtual nanoseconds as seconds with millisecond precision, e.g. {@code 1.250 s}. */
    public static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.3f s", nanos / 1e9);
    }

    /** Stops a run still under way when the workbench shuts down (the service locator calls this). */
    @Override
    public void dispose() {
        cancel();
        listeners.clear();
    }
}
