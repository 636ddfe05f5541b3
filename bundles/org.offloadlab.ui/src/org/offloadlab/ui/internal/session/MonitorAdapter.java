package org.offloadlab.ui.internal.session;

import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.offloadlab.analysis.ProgressMonitor;

/**
 * The analysis engine's progress monitor on top of Eclipse's. The engine reports absolute amounts (bytes of the file);
 * they are mapped to a fixed number of ticks so that multi-gigabyte files fit an {@code int} and the progress bar is
 * only touched when it visibly moves.
 */
public final class MonitorAdapter implements ProgressMonitor {

    private static final int TICKS = 1000;

    private final SubMonitor monitor;
    private long total = -1;
    private int reported;

    public MonitorAdapter(IProgressMonitor monitor) {
        this.monitor = SubMonitor.convert(monitor, TICKS);
    }

    @Override
    public void begin(String task, long totalWork) {
        total = totalWork;
        reported = 0;
        monitor.setTaskName(task);
        monitor.setWorkRemaining(TICKS);
    }

    @Override
    public void worked(long done) {
        if (total <= 0) {
            return;
        }
        int ticks = (int) Math.min(TICKS, Math.max(0, done) * TICKS / total);
        if (ticks > reported) {
            monitor.worked(ticks - reported);
            reported = ticks;
            monitor.subTask(String.format(Locale.ROOT, "%.1f of %.1f MB", done / 1e6, total / 1e6));
        }
    }

    @Override
    public boolean isCancelled() {
        return monitor.isCanceled();
    }
}
