package org.offloadlab.cli.internal;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.offloadlab.analysis.ProgressMonitor;

/**
 * The command line's progress monitor: cancellable (Ctrl-C), and on a terminal a one-line progress bar on stderr. The
 * bar appears only once work has run for {@link #DELAY_NANOS}, so small files stay quiet, and is redrawn at most every
 * {@link #REDRAW_NANOS}, so a fast reader is not slowed by the terminal.
 */
final class ConsoleProgress implements ProgressMonitor {

    static final long DELAY_NANOS = 700_000_000L;
    static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintStream err;
    private final boolean enabled;
    private final LongSupplier nanoTime;
    private volatile boolean cancelled;
    private String task = "";
    private long total = -1;
    private long started;
    private long lastDrawn;
    private int drawnWidth;
    private String unit = "MB";
    private double scale = 1e6;

    ConsoleProgress(PrintStream err, boolean enabled, LongSupplier nanoTime) {
        this.err = err;
        this.enabled = enabled;
        this.nanoTime = nanoTime;
    }

    @Override
    public void begin(String taskName, long totalWork) {
        clear();
        this.task = taskName == null ? "" : taskName;
        this.total = totalWork;
        this.started = nanoTime.getAsLong();
        this.lastDrawn = started;
    }

    @Override
    public void worked(long done) {
        if (!enabled) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (now - started < DELAY_NANOS || (drawnWidth > 0 && now - lastDrawn < REDRAW_NANOS)) {
            return;
        }
        lastDrawn = now;
        String line = line(done, now - started);
        // Pad over a longer previous line, then return to column 0 for the next redraw.
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        err.flush();
        drawnWidth = line.length();
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    /** Shows work in {@code unit}, one unit being {@code perUnit} units of work (default: bytes shown as MB). */
    ConsoleProgress units(String unitName, double perUnit) {
        this.unit = unitName;
        this.scale = perUnit;
        return this;
    }

    void cancel() {
        cancelled = true;
    }

    /** Removes the bar, so that what comes next on stderr starts on a clean line. */
    void clear() {
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }

    private String line(long done, long elapsed) {
        double mb = done / scale;
        double rate = elapsed > 0 ? mb / (elapsed / 1e9) : 0;
        if (total <= 0) {
            return String.format(Locale.ROOT, "%s %.1f %s  %.0f %s/s", task, mb, unit, rate, unit);
        }
        double fraction = Math.min(1, Math.max(0, (double) done / total));
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        return String.format(Locale.ROOT, "%s [%s%s] %3.0f%%  %.1f/%.1f %s  %.0f %s/s", task, "#".repeat(filled),
                ".".repeat(BAR_WIDTH - filled), fraction * 100, mb, total / scale, unit, rate, unit);
    }
}
