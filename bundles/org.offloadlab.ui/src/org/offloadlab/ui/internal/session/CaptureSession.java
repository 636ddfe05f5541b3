package org.offloadlab.ui.internal.session;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.services.IDisposable;
import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.ui.internal.RecentFiles;
import org.offloadlab.ui.internal.UiIds;
import org.offloadlab.ui.internal.session.CaptureSnapshot.Phase;
import org.offloadlab.ui.internal.session.SessionListener.Change;

/**
 * The capture the workbench works on: which file, its analysis and the selected connection. A workbench service
 * ({@code getSite().getService(CaptureSession.class)}), created by {@link CaptureSessionFactory}. Any thread may change
 * it; listeners hear about changes on the UI thread, merged, so a burst of changes costs one refresh.
 */
public final class CaptureSession implements IDisposable {

    private final Display display;
    private final AnalyzerSource analyzers;
    private final RecentFiles recent;
    private final ListenerList<SessionListener> listeners = new ListenerList<>();

    private final Object lock = new Object();
    /* Guarded by lock. */
    private CaptureSnapshot snapshot = CaptureSnapshot.EMPTY;
    private final Set<Change> pending = EnumSet.noneOf(Change.class);
    private boolean flushScheduled;
    private long generation;
    private Job loadJob;
    private boolean disposed;

    public CaptureSession(Display display, AnalyzerSource analyzers, RecentFiles recent) {
        this.display = display;
        this.analyzers = analyzers;
        this.recent = recent;
    }

    public CaptureSnapshot snapshot() {
        synchronized (lock) {
            return snapshot;
        }
    }

    /** The capture analyzer service, for work on the open capture such as chart series. */
    public AnalyzerSource analyzers() {
        return analyzers;
    }

    public RecentFiles recentCaptures() {
        return recent;
    }

    /**
     * Starts analysing {@code file} in a job (shown in the Progress view, cancellable), replacing the current capture.
     * The outcome, including damage and failure, arrives as a {@link Change#CAPTURE} change; nothing is thrown.
     *
     * @return the job, already scheduled; it belongs to the job family {@code this}
     */
    public Job open(Path file) {
        Path capture = file.toAbsolutePath().normalize();
        Job job;
        synchronized (lock) {
            if (disposed) {
                throw new IllegalStateException("the capture session is closed");
            }
            if (loadJob != null) {
                loadJob.cancel();
            }
            long current = ++generation;
            job = new AnalyzeCaptureJob(this, capture, current);
            job.addJobChangeListener(new JobChangeAdapter() {
                @Override
                public void done(IJobChangeEvent event) {
                    jobDone(current);
                }
            });
            loadJob = job;
            snapshot = new CaptureSnapshot(capture, Phase.LOADING, null,
                    new Status(IStatus.INFO, UiIds.BUNDLE, "Analysing " + capture + " …"), null);
            notifyLater(Change.CAPTURE, Change.SELECTION);
        }
        recent.add(capture);
        job.schedule();
        return job;
    }

    /** Cancels loading, if a capture is loading; what was read so far is still shown. */
    public void cancelLoading() {
        synchronized (lock) {
            if (loadJob != null) {
                loadJob.cancel();
            }
        }
    }

    /** Selects a connection of the current result, or none with {@code null}. */
    public void select(ConnectionSummary connection) {
        synchronized (lock) {
            if (Objects.equals(snapshot.selection(), connection)) {
                return;
            }
            snapshot = snapshot.withSelection(connection);
            notifyLater(Change.SELECTION);
        }
    }

    /** Registers a listener; call on the UI thread and remove it when the listening widget is disposed. */
    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    void loaded(long loadGeneration, AnalysisResult result, IStatus status) {
        synchronized (lock) {
            if (loadGeneration != generation) {
                return;
            }
            // The first connection starts selected, so its charts appear without a click.
            ConnectionSummary first = result.connections().isEmpty() ? null : result.connections().get(0);
            snapshot = new CaptureSnapshot(snapshot.file(), Phase.LOADED, result, status, first);
            notifyLater(Change.CAPTURE, Change.SELECTION);
        }
    }

    void failed(long loadGeneration, IStatus status, boolean forgetFile) {
        Path file;
        synchronized (lock) {
            if (loadGeneration != generation) {
                return;
            }
            file = snapshot.file();
            snapshot = new CaptureSnapshot(file, Phase.FAILED, null, status, null);
            notifyLater(Change.CAPTURE, Change.SELECTION);
        }
        if (forgetFile) {
            recent.remove(file);
        }
    }

    /** A load job ended; if it never reported (cancelled before it ran), the capture counts as cancelled. */
    private void jobDone(long loadGeneration) {
        synchronized (lock) {
            if (loadGeneration != generation) {
                return;
            }
            loadJob = null;
            if (snapshot.phase() == Phase.LOADING) {
                snapshot = new CaptureSnapshot(snapshot.file(), Phase.FAILED, null,
                        new Status(IStatus.CANCEL, UiIds.BUNDLE, "Loading " + snapshot.file() + " was cancelled."),
                        null);
                notifyLater(Change.CAPTURE);
            }
        }
    }

    /** Records changes and schedules one UI-thread delivery for all changes until it runs. Caller holds the lock. */
    private void notifyLater(Change... changes) {
        Collections.addAll(pending, changes);
        if (flushScheduled || disposed || display.isDisposed()) {
            return;
        }
        flushScheduled = true;
        try {
            display.asyncExec(this::flush);
        } catch (SWTException e) {
            flushScheduled = false; // the display went away while shutting down: nobody is left to tell
        }
    }

    private void flush() {
        CaptureSnapshot current;
        Set<Change> changes;
        synchronized (lock) {
            flushScheduled = false;
            if (disposed || pending.isEmpty()) {
                return;
            }
            current = snapshot;
            changes = Collections.unmodifiableSet(EnumSet.copyOf(pending));
            pending.clear();
        }
        for (SessionListener listener : listeners) {
            SafeRunner.run(() -> listener.sessionChanged(current, changes));
        }
    }

    @Override
    public void dispose() {
        synchronized (lock) {
            disposed = true;
            if (loadJob != null) {
                loadJob.cancel();
            }
        }
        listeners.clear();
        analyzers.close();
    }
}
