package org.offloadlab.ui.internal.experiment;

import java.util.function.LongConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.offloadlab.experiment.ProgressMonitor;

/**
 * The runner's progress monitor as the workbench drives it: forwards progress to the job's monitor and the session, and
 * between two slices of simulated time makes the run's thread wait while paused, let exactly one slice through per
 * step, and hold simulated time back to a chosen multiple of wall-clock time. Waiting happens on the job's thread,
 * never on the UI thread; cancel, resume and step wake it.
 */
public final class RunControl implements ProgressMonitor {

    /** {@link #speed()} value for "as fast as the simulation goes". */
    public static final double UNLIMITED = 0;

    private static final int TICKS = 1000;

    private final IProgressMonitor progress;
    private final LongConsumer published;
    private final Object lock = new Object();
    private boolean paused;
    private int steps;
    private boolean cancelled;
    private double speed = UNLIMITED;
    private long total = 1;
    private int ticksDone;
    private long paceOriginWall;
    private long paceOriginVirtual;

    /**
     * @param progress
     *            the job's monitor (cancel button, progress bar)
     * @param published
     *            receives the simulated nanoseconds reached after each slice
     */
    public RunControl(IProgressMonitor progress, LongConsumer published) {
        this.progress = progress;
        this.published = published;
    }

    @Override
    public void begin(String task, long totalWork) {
        total = Math.max(1, totalWork);
        progress.beginTask(task, TICKS);
        synchronized (lock) {
            paceOriginWall = System.nanoTime();
            paceOriginVirtual = 0;
        }
    }

    @Override
    public void worked(long done) {
        int ticks = (int) Math.min(TICKS, done * TICKS / total);
        if (ticks > ticksDone) {
            progress.worked(ticks - ticksDone);
            ticksDone = ticks;
        }
        published.accept(done);
        holdBack(done);
    }

    @Override
    public boolean isCancelled() {
        synchronized (lock) {
            return cancelled || progress.isCanceled();
        }
    }

    private boolean failureRequested;

    /** Asks the run to inject its failure plan's failure at the end of the current slice. */
    public void injectFailure() {
        synchronized (lock) {
            failureRequested = true;
            lock.notifyAll();
        }
    }

    @Override
    public boolean takeFailureRequest() {
        synchronized (lock) {
            boolean r = failureRequested;
            failureRequested = false;
            return r;
        }
    }

    /** Stops before the next slice; the run reports what it has. */
    public void cancel() {
        synchronized (lock) {
            cancelled = true;
            lock.notifyAll();
        }
    }

    /** Pauses ({@code true}) before the next slice or resumes. */
    public void setPaused(boolean pause) {
        synchronized (lock) {
            paused = pause;
            steps = 0;
            restartPacing();
            lock.notifyAll();
        }
    }

    /** Whether the run is paused. */
    public boolean isPaused() {
        synchronized (lock) {
            return paused;
        }
    }

    /** While paused: lets one more slice of simulated time run, then pauses again. */
    public void step() {
        synchronized (lock) {
            paused = true;
            steps++;
            lock.notifyAll();
        }
    }

    /** Simulated seconds per wall-clock second, or {@link #UNLIMITED}. */
    public double speed() {
        synchronized (lock) {
            return speed;
        }
    }

    /** Sets simulated seconds per wall-clock second ({@link #UNLIMITED} or a positive factor). */
    public void setSpeed(double factor) {
        synchronized (lock) {
            speed = Math.max(0, factor);
            restartPacing();
            lock.notifyAll();
        }
    }

    private long lastVirtual;

    private void restartPacing() {
        paceOriginWall = System.nanoTime();
        paceOriginVirtual = lastVirtual;
    }

    private void holdBack(long virtualNow) {
        synchronized (lock) {
            lastVirtual = virtualNow;
            try {
                while (!cancelled && !progress.isCanceled()) {
                    if (paused) {
                        if (steps > 0) {
                            steps--;
                            restartPacing();
                            return;
                        }
                        lock.wait(250); // wakes for cancel from the job's monitor too
                        continue;
                    }
                    if (speed <= 0) {
                        return;
                    }
                    long due = paceOriginWall + (long) ((virtualNow - paceOriginVirtual) / speed);
                    long early = due - System.nanoTime();
                    if (early <= 0) {
                        return;
                    }
                    long waitMillis = Math.max(1, Math.min(250, early / 1_000_000));
                    lock.wait(waitMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelled = true;
            }
        }
    }
}
