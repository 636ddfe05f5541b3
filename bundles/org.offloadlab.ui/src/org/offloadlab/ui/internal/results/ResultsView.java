package org.offloadlab.ui.internal.results;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.offloadlab.ui.internal.experiment.ExperimentSession;
import org.offloadlab.ui.internal.experiment.RunSnapshot;
import org.offloadlab.ui.internal.experiment.ViewHelp;

/**
 * A view fed by the workbench's experiment run: a status line and the view's own content, refreshed from the merged
 * {@link RunSnapshot}s the session delivers on the UI thread. Views render snapshots only; they never reach into a
 * running simulation.
 */
abstract class ResultsView extends ViewPart {

    private final Consumer<RunSnapshot> listener = this::update;
    /** Redraws a view when it comes to the front: hidden views skip snapshots (a stack shows one view at a time). */
    private final IPartListener2 visibility = new IPartListener2() {
        @Override
        public void partVisible(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == ResultsView.this && session != null) {
                update(session.current());
            }
        }
    };
    private ExperimentSession session;
    private Label status;
    private RunSnapshot shown;

    @Override
    public final void createPartControl(Composite parent) {
        session = getSite().getService(ExperimentSession.class);
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 2;
        root.setLayout(layout);
        status = new Label(root, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite content = new Composite(root, SWT.NONE);
        content.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createContent(content);
        ViewHelp.install(this, help());
        session.addListener(listener);
        getSite().getPage().addPartListener(visibility);
        update(session.current());
    }

    /** Creates the view's widgets in {@code parent} (set its layout). */
    protected abstract void createContent(Composite parent);

    /** Short help text for the view's "?" button. */
    protected abstract String help();

    /**
     * Shows {@code snapshot}; returns the status line. Called for every merged snapshot (live progress as well as final
     * results); {@code changed} says whether its results, setup or live data differ from the last one shown, so
     * implementations redraw only then. Views show the results once there are some, else the live data.
     */
    protected abstract String show(RunSnapshot snapshot, boolean changed);

    private void update(RunSnapshot s) {
        if (status == null || status.isDisposed()) {
            return;
        }
        if (s == shown || !getSite().getPage().isPartVisible(this)) {
            return; // partVisible brings it up to date
        }
        boolean changed = shown == null || shown.results() != s.results() || shown.setup() != s.setup()
                || shown.live() != s.live();
        shown = s;
        String text = show(s, changed);
        status.setText(s.experiment().isEmpty() ? text : s.experiment() + ": " + text);
        status.getParent().layout();
    }

    /** The snapshot shown now. */
    public RunSnapshot shown() {
        return shown;
    }

    /** The status line's text. */
    public String statusText() {
        return status.getText();
    }

    protected ExperimentSession session() {
        return session;
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(listener);
            getSite().getPage().removePartListener(visibility);
        }
        super.dispose();
    }
}
