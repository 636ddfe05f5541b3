package org.offloadlab.ui.internal.experiment;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

import org.eclipse.swt.widgets.Display;

/**
 * Merges requests from any thread into at most one UI-thread run per refresh interval, so a fast producer (a run
 * publishing after every slice) never floods the event queue: requests made while one is pending are absorbed by it
 * (Trace Compass's {@code TmfUiRefreshHandler} does the same).
 */
public final class UiThrottle {

    private final Display display;
    private final IntSupplier refreshMillis;
    private final Runnable task;
    private final AtomicBoolean pending = new AtomicBoolean();

    /** {@code task} runs on {@code display}'s thread at most once per {@code refreshMillis}. */
    public UiThrottle(Display display, IntSupplier refreshMillis, Runnable task) {
        this.display = display;
        this.refreshMillis = refreshMillis;
        this.task = task;
    }

    /** Asks for a run of the task; cheap and safe from any thread. */
    public void request() {
        if (pending.compareAndSet(false, true) && !display.isDisposed()) {
            display.asyncExec(() -> display.timerExec(Math.max(0, refreshMillis.getAsInt()), this::fire));
        }
    }

    /** Runs the task now when a request is pending (on the UI thread); used when a run ends. */
    public void flush() {
        if (pending.get()) {
            fire();
        }
    }

    private void fire() {
        if (pending.compareAndSet(true, false) && !display.isDisposed()) {
            task.run();
        }
    }
}
