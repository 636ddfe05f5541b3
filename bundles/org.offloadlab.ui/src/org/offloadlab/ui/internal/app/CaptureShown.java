package org.offloadlab.ui.internal.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.ui.internal.UiIds;
import org.offloadlab.ui.internal.detail.DetailView;
import org.offloadlab.ui.internal.session.CaptureSession;
import org.offloadlab.ui.internal.session.CaptureSnapshot;
import org.offloadlab.ui.internal.session.SessionListener;

/**
 * Waits, without blocking the UI thread, until a window shows a capture completely: its analysis job has ended (loaded,
 * damaged or failed) and, when a connection is selected, the Connection Detail view has drawn its charts or said why
 * there are none. Woken by the session's notifications and the detail view's; a timer bounds the wait.
 */
final class CaptureShown {

    /**
     * @param snapshot
     *            the session's state when the wait ended
     * @param pending
     *            what was still missing when the deadline passed; {@code null} when everything was shown in time
     */
    record Outcome(CaptureSnapshot snapshot, String pending) {

        boolean timedOut() {
            return pending != null;
        }
    }

    private final IWorkbenchWindow window;
    private final Display display;
    private final CaptureSession session;
    private final Optional<Path> capture;
    private final Consumer<Outcome> done;
    private final SessionListener sessionListener = (snapshot, changes) -> checkLater();
    private final Runnable detailListener = this::checkLater;
    private final Runnable deadline = this::deadlinePassed;
    /* UI thread only. */
    private DetailView detail;
    private boolean finished;

    private CaptureShown(IWorkbenchWindow window, Optional<Path> capture, Consumer<Outcome> done) {
        this.window = window;
        this.display = window.getWorkbench().getDisplay();
        this.session = window.getService(CaptureSession.class);
        this.capture = capture.map(p -> p.toAbsolutePath().normalize());
        this.done = done;
    }

    /**
     * Calls {@code done} on the UI thread once {@code window} shows {@code capture} (or, without one, whatever it
     * shows, once no capture is loading), or when {@code timeout} has passed. Call on the UI thread.
     */
    static void await(IWorkbenchWindow window, Optional<Path> capture, Duration timeout, Consumer<Outcome> done) {
        new CaptureShown(window, capture, done).start(timeout);
    }

    private void start(Duration timeout) {
        session.addListener(sessionListener);
        display.timerExec((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()), deadline);
        checkLater();
    }

    /** Checks after the events already queued, so every view has rendered the change that woke us. */
    private void checkLater() {
        if (!finished && !display.isDisposed()) {
            display.asyncExec(this::check);
        }
    }

    private void check() {
        if (!finished && pending(session.snapshot()) == null) {
            finish(new Outcome(session.snapshot(), null));
        }
    }

    private void deadlinePassed() {
        if (!finished) {
            CaptureSnapshot snapshot = session.snapshot();
            String pending = pending(snapshot);
            finish(new Outcome(snapshot, pending != null ? pending : "the workbench to show the capture"));
        }
    }

    /** What the window does not show yet, or {@code null} when it shows everything. */
    private String pending(CaptureSnapshot snapshot) {
        if (capture.isPresent() && !capture.get().equals(snapshot.file())) {
            return capture.get() + " to be opened";
        }
        return switch (snapshot.phase()) {
            case EMPTY, FAILED -> null;
            case LOADING -> snapshot.file() + " to be analysed";
            case LOADED -> pendingCharts(snapshot.selection());
        };
    }

    private String pendingCharts(ConnectionSummary selected) {
        DetailView view = listenToDetailView();
        IWorkbenchPage page = window.getActivePage();
        if (selected == null || view == null || page == null || !page.isPartVisible(view)) {
            return null; // no charts to wait for
        }
        boolean shown = selected.equals(view.connection()) && view.isSettled();
        return shown ? null : "the charts of connection #" + selected.index() + " to be drawn";
    }

    /** The window's Connection Detail view, if it is open; listened to from now on. */
    private DetailView listenToDetailView() {
        IWorkbenchPage page = window.getActivePage();
        DetailView view = page != null && page.findView(UiIds.DETAIL_VIEW) instanceof DetailView d ? d : null;
        if (view != detail) {
            if (detail != null) {
                detail.removeSettledListener(detailListener);
            }
            detail = view;
            if (view != null) {
                view.addSettledListener(detailListener);
            }
        }
        return view;
    }

    private void finish(Outcome outcome) {
        finished = true;
        if (!display.isDisposed()) {
            display.timerExec(-1, deadline);
        }
        session.removeListener(sessionListener);
        if (detail != null) {
            detail.removeSettledListener(detailListener);
        }
        done.accept(outcome);
    }
}
