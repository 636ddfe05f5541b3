package org.offloadlab.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/**
 * Runs the UI event loop until a condition holds, failing after a deadline. Tests run on the UI thread, so waiting must
 * dispatch events (jobs report through {@code asyncExec}); a timer wakes the loop so the deadline is always checked,
 * without sleeping.
 */
public final class UiWait {

    private static final int WAKE_UP_MS = 25;

    private UiWait() {
    }

    public static void until(Display display, Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("timed out after " + timeout.toSeconds() + " s waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(WAKE_UP_MS, () -> {
                    // only wakes display.sleep()
                });
                display.sleep();
            }
        }
    }

    /** Dispatches pending events (layout, paint) until the queue is empty or {@code max} has passed. */
    public static void settle(Display display, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (display.readAndDispatch() && System.nanoTime() - deadline < 0) {
            // keep dispatching
        }
    }
}
