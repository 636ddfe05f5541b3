package org.offloadlab.ui.internal.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.offloadlab.experiment.Settings;
import org.offloadlab.model.Adapter;
import org.offloadlab.model.AdapterPolicies;
import org.offloadlab.model.BufferGroupPolicy;
import org.offloadlab.model.BufferGroupRule;
import org.offloadlab.model.BulkWorkload;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.FailureMode;
import org.offloadlab.model.FailurePlan;
import org.offloadlab.model.FailureTrigger;
import org.offloadlab.model.Link;
import org.offloadlab.model.NotificationKind;
import org.offloadlab.model.OffloadFactory;
import org.offloadlab.model.OffloadPackage;
import org.offloadlab.model.RecoveryStrategy;
import org.offloadlab.model.RequestResponseWorkload;
import org.offloadlab.model.ShortConnectionsWorkload;
import org.offloadlab.model.TraceWorkload;
import org.offloadlab.model.Workload;
import org.offloadlab.model.io.ModelFileException;
import org.offloadlab.model.io.OffloadFiles;
import org.offloadlab.ui.internal.experiment.ExperimentSession;
import org.offloadlab.ui.internal.RecentFiles;
import org.offloadlab.ui.internal.experiment.RunControl;
import org.offloadlab.ui.internal.experiment.RunSnapshot;
import org.offloadlab.ui.internal.experiment.RunState;

/**
 * The experiment editor: a form over an {@code *.offload} file — general settings, topology, workload, adapter
 * policies, failure plan and recovery — bound to the EMF model with JFace data binding, with field and whole-experiment
 * validation, undo/redo and atomic save through the model's {@link OffloadFiles}. Its run bar runs the experiment in
 * the workbench's {@link ExperimentSession} (run, pause, step, speed, cancel).
 */
public final class ExperimentEditor extends EditorPart {

    /** Speeds offered, in simulated seconds per wall-clock second; 0 = as fast as possible. */
    static final double[] SPEEDS = {RunControl.UNLIMITED, 1.0, 0.1, 0.01};
    private static final String[] SPEED_LABELS = {"max speed", "1× real time", "0.1× real time", "0.01× real time"};

    private static final OffloadPackage P = OffloadPackage.eINSTANCE;

    private Experiment experiment;
    private Path file;
    private UndoHistory history;
    private ExperimentSession session;
    private final Consumer<RunSnapshot> runListener = this::showRun;

    private Composite root;
    private ScrolledComposite scroller;
    private Composite form;
    private DataBindingContext bindings;
    /** The optional parts the form was built for: undo may bring back or take away one, and the form must follow. */
    private Object formPlan;
    private Object formPolicies;
    private Label messages;
    private Button run;
    private Button pause;
    private Button step;
    private Button cancel;
    private Button sweep;
    private Button inject;
    private Combo speed;
    private ProgressBar progress;
    private Label runStatus;
    private final Action undo = new Action("Undo") {
        @Override
        public void run() {
            history.undo();
        }
    };
    private final Action redo = new Action("Redo") {
        @Override
        public void run() {
            history.redo();
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ExperimentEditorInput in)) {
            throw new PartInitException("The experiment editor opens *.offload files only, not " + input.getName());
        }
        try {
            experiment = OffloadFiles.loadExperiment(in.file());
        } catch (ModelFileException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        file = in.file();
        setSite(site);
        setInput(input);
        setPartName(in.getName());
        setTitleToolTip(file.toString());
        session = site.getService(ExperimentSession.class);
        history = new UndoHistory(experiment, this::modelChanged);
        site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        RecentFiles.experiments().add(file);
    }

    /** The experiment being edited (UI thread). */
    public Experiment experiment() {
        return experiment;
    }

    public Path file() {
        return file;
    }

    public UndoHistory history() {
        return history;
    }

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        createRunBar(root);
        messages = new Label(root, SWT.WRAP);
        messages.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        messages.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        scroller = new ScrolledComposite(root, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        createForm();
        session.addListener(runListener);
        showRun(session.current());
        modelChanged();
    }

    private void createRunBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bar.setLayout(new RowLayout(SWT.HORIZONTAL));
        run = button(bar, "Run", "Run this experiment (its state now; later edits do not affect the run)", this::run);
        pause = button(bar, "Pause", "Pause or resume the run between two slices of simulated time", () -> {
            RunControl c = session.control();
            if (c != null) {
                c.setPaused(!c.isPaused());
                pause.setText(c.isPaused() ? "Resume" : "Pause");
                bar.layout();
            }
        });
        step = button(bar, "Step", "Run one slice (1/200 of the duration) of simulated time, then pause", () -> {
            RunControl c = session.control();
            if (c != null) {
                c.step();
                pause.setText("Resume");
                bar.layout();
            }
        });
        sweep = button(bar, "Sweep…", "Run once per value of a setting (as 'offloadlab sweep --param'); "
                + "the runs appear in Compare Runs", this::askAndSweep);
        cancel = button(bar, "Stop", "Stop the run; the views show what it has so far", session::cancel);
        speed = new Combo(bar, SWT.READ_ONLY);
        speed.setItems(SPEED_LABELS);
        speed.select(0);
        speed.setToolTipText("How fast simulated time runs compared with the wall clock");
        speed.addListener(SWT.Selection, e -> {
            RunControl c = session.control();
            if (c != null) {
                c.setSpeed(SPEEDS[speed.getSelectionIndex()]);
            }
        });
        inject = button(bar, "Inject failure now", "Fail the failure plan's adapter now, in the failure plan's mode "
                + "(instead of at the planned point)", () -> {
                    RunControl c = session.control();
                    if (c != null) {
                        c.injectFailure();
                    }
                });
        inject.setEnabled(false);
        button(bar, "Undo", "Undo the last change (Ctrl+Z)", undo::run);
        button(bar, "Redo", "Redo (Ctrl+Y)", redo::run);
        progress = new ProgressBar(bar, SWT.HORIZONTAL | SWT.SMOOTH);
        progress.setMaximum(1000);
        runStatus = new Label(bar, SWT.NONE);
        runStatus.setText("                                                                            ");
    }

    private static Button button(Composite parent, String text, String tooltip, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tooltip);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    /** (Re)creates the form's fields and bindings; needed when a section's object is added or removed. */
    private void createForm() {
        if (bindings != null) {
            bindings.dispose();
        }
        if (form != null) {
            form.dispose();
        }
        bindings = new DataBindingContext(DisplayRealm.getRealm(scroller.getDisplay()));
        formPlan = experiment.getFailurePlan();
        formPolicies = experiment.getPolicies();
        FormBinder f = new FormBinder(bindings);
        form = new Composite(scroller, SWT.NONE);
        form.setLayout(new GridLayout(2, true));

        Group general = section(form, "Experiment");
        f.text(general, "Name", "Names the results", experiment, P.getExperiment_Name(), 0, 0);
        f.text(general, "Description", "What the experiment shows", experiment, P.getExperiment_Description(), 0, 0);
        f.text(general, "Seed", "Same experiment and seed ⇒ identical results", experiment, P.getExperiment_Seed(),
                Long.MIN_VALUE, Long.MAX_VALUE);
        f.text(general, "Duration (ms)", "Simulated time the run lasts at most", experiment,
                P.getExperiment_DurationMillis(), 1, 3_600_000);
        f.choice(general, "Recovery", "What happens after the adapter fails", experiment, P.getExperiment_Recovery(),
                RecoveryStrategy.VALUES);

        createTopology(f, section(form, "Topology"));
        createWorkload(f, section(form, "Workload"));
        createPolicies(f, section(form, "Adapter policies"));
        createFailurePlan(f, section(form, "Failure plan"));

        bindings.getBindings().forEach(b -> b.getValidationStatus().addValueChangeListener(e -> modelChanged()));
        scroller.setContent(form);
        scroller.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        root.layout(true, true);
    }

    private static Group section(Composite parent, String title) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(title);
        g.setLayout(new GridLayout(2, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        return g;
    }

    private void createTopology(FormBinder f, Group g) {
        if (experiment.getTopology() == null) {
            FormBinder.info(g, "Topology", "none: the experiment cannot run");
            return;
        }
        for (Adapter a : experiment.getTopology().getAdapters()) {
            FormBinder.info(g, "Adapter " + a.getName(), a.isSubstitute()
                    ? "substitute (takes over on failure)"
                    : "primary" + (a.getCapabilities() == null
                            ? ""
                            : ", table " + a.getCapabilities().getTableCapacity() + " connections"));
            if (!a.isSubstitute() && a.getCapabilities() != null) {
                f.text(g, "  table capacity", "Connections the adapter can hold", a.getCapabilities(),
                        P.getAdapterCapabilities_TableCapacity(), 16, 100_000_000);
            }
        }
        for (Link l : experiment.getTopology().getLinks()) {
            FormBinder.info(g, "Link " + l.getName(),
                    (l.getAdapter() == null ? "?" : l.getAdapter().getName()) + " ↔ "
                            + (l.getPeer() == null ? "?" : l.getPeer().getName()));
            f.text(g, "  delay (µs)", "One-way propagation delay", l, P.getLink_DelayMicros(), 0, 10_000_000);
            f.text(g, "  bandwidth (bit/s)", "Link rate", l, P.getLink_BandwidthBitsPerSecond(), 1_000,
                    1e12);
            f.text(g, "  loss rate", "Probability a packet is dropped (0…1)", l, P.getLink_LossRate(), 0, 1);
            f.text(g, "  queue (packets)", "Drop-tail queue length; 0 = unbounded", l, P.getLink_QueuePackets(), 0,
                    10_000_000);
        }
    }

    private void createWorkload(FormBinder f, Group g) {
        Workload w = experiment.getWorkload();
        if (w == null) {
            FormBinder.info(g, "Workload", "none: the experiment cannot run");
            return;
        }
        FormBinder.info(g, "Kind", w.eClass().getName().replace("Workload", ""));
        f.text(g, "Port", "The host's listening port", w, P.getWorkload_Port(), 1, 65_535);
        f.text(g, "Connections", "Connections the peer opens", w, P.getWorkload_Connections(), 1, 10_000_000);
        if (w instanceof BulkWorkload) {
            f.text(g, "Bytes to host", "Per connection", w, P.getBulkWorkload_BytesToHost(), 0, 1e12);
            f.text(g, "Bytes from host", "Per connection", w, P.getBulkWorkload_BytesFromHost(), 0, 1e12);
        } else if (w instanceof RequestResponseWorkload) {
            f.text(g, "Requests per connection", "", w, P.getRequestResponseWorkload_RequestsPerConnection(), 1,
                    1e9);
            f.text(g, "Request bytes", "", w, P.getRequestResponseWorkload_RequestBytes(), 1, 1e9);
            f.text(g, "Response bytes", "", w, P.getRequestResponseWorkload_ResponseBytes(), 0, 1e9);
            f.text(g, "Think time (µs)", "Mean, exponential", w, P.getRequestResponseWorkload_ThinkTimeMicros(), 0,
                    1e9);
        } else if (w instanceof ShortConnectionsWorkload) {
            f.text(g, "Arrivals per second", "", w, P.getShortConnectionsWorkload_RatePerSecond(), 0.001, 1e9);
            f.text(g, "Request bytes", "", w, P.getShortConnectionsWorkload_RequestBytes(), 0, 1e9);
            f.text(g, "Response bytes", "", w, P.getShortConnectionsWorkload_ResponseBytes(), 0, 1e9);
        } else if (w instanceof TraceWorkload) {
            f.text(g, "Capture", "Capture file the workload replays", w, P.getTraceWorkload_CapturePath(), 0, 0);
        }
    }

    private void createPolicies(FormBinder f, Group g) {
        AdapterPolicies p = experiment.getPolicies();
        if (p == null) {
            Button add = new Button(g, SWT.PUSH);
            add.setText("Add adapter policies");
            add.addListener(SWT.Selection, e -> {
                experiment.setPolicies(OffloadFactory.eINSTANCE.createAdapterPolicies());
            });
            return;
        }
        f.choice(g, "Notification", "How the adapter tells the host about established connections", p,
                P.getAdapterPolicies_Notification(), NotificationKind.VALUES);
        f.text(g, "Batch count", "Entries per bulk notification", p, P.getAdapterPolicies_BatchCount(), 1, 1e6);
        f.text(g, "Batch time (µs)", "Longest wait of a bulk notification", p,
                P.getAdapterPolicies_BatchTimeMicros(), 0, 1e9);
        f.text(g, "Adaptive max (µs)", "", p, P.getAdapterPolicies_AdaptiveMaxMicros(), 0, 1e9);
        f.text(g, "Interrupt coalescing (count)", "", p, P.getAdapterPolicies_InterruptCoalescingCount(), 0, 1e6);
        f.text(g, "Interrupt coalescing (µs)", "", p, P.getAdapterPolicies_InterruptCoalescingMicros(), 0, 1e9);
        f.choice(g, "Buffer groups", "How receive buffers are grouped", p, P.getAdapterPolicies_BufferGroups(),
                BufferGroupPolicy.VALUES);
        for (BufferGroupRule r : p.getBufferGroupRules()) {
            FormBinder.info(g, "  rule", r.getAttribute() + " = " + r.getValue() + " → group '" + r.getGroup() + "'");
        }
        f.check(g, "Delayed DMA", "Batch DMA transfers", p, P.getAdapterPolicies_DelayedDma());
        f.text(g, "DMA batch (µs)", "", p, P.getAdapterPolicies_DmaBatchMicros(), 0, 1e9);
        f.check(g, "Expedite urgent data", "Urgent data bypasses delayed DMA", p,
                P.getAdapterPolicies_ExpediteUrgent());
        f.text(g, "Zero-copy threshold (bytes)", "", p, P.getAdapterPolicies_ZeroCopyThresholdBytes(), 0, 1e9);
    }

    private void createFailurePlan(FormBinder f, Group g) {
        FailurePlan plan = experiment.getFailurePlan();
        if (plan == null) {
            FormBinder.info(g, "Failure", "none planned");
            Button add = new Button(g, SWT.PUSH);
            add.setText("Plan a failure");
            add.setData(FormBinder.FIELD, "addFailurePlan");
            add.addListener(SWT.Selection, e -> addFailurePlan());
            return;
        }
        FormBinder.info(g, "Adapter", plan.getAdapter() == null ? "(none)" : plan.getAdapter().getName());
        f.choice(g, "Mode", "How the adapter fails", plan, P.getFailurePlan_Mode(), FailureMode.VALUES);
        f.choice(g, "Trigger", "What sets the failure off", plan, P.getFailurePlan_Trigger(), FailureTrigger.VALUES);
        f.text(g, "At (ms)", "Time trigger: when; random trigger: the upper bound", plan,
                P.getFailurePlan_AtMillis(), 0, 3_600_000);
        f.text(g, "At packet", "Packet trigger: the n-th packet into the adapter", plan, P.getFailurePlan_AtPacket(),
                0, 1e12);
        Button remove = new Button(g, SWT.PUSH);
        remove.setText("Remove failure plan");
        remove.addListener(SWT.Selection, e -> {
            experiment.setFailurePlan(null);
        });
    }

    private void addFailurePlan() {
        FailurePlan plan = OffloadFactory.eINSTANCE.createFailurePlan();
        if (experiment.getTopology() != null && !experiment.getTopology().getLinks().isEmpty()) {
            plan.setAdapter(experiment.getTopology().getLinks().get(0).getAdapter());
        }
        plan.setAtMillis(Math.max(1, experiment.getDurationMillis() / 2));
        experiment.setFailurePlan(plan);
    }

    private void modelChanged() {
        if (messages == null || messages.isDisposed()) {
            return;
        }
        if (formPlan != experiment.getFailurePlan() || formPolicies != experiment.getPolicies()) {
            createForm();
        }
        firePropertyChange(PROP_DIRTY);
        undo.setEnabled(history.canUndo());
        redo.setEnabled(history.canRedo());
        List<String> lines = ExperimentChecks.check(experiment).stream().map(Object::toString)
                .collect(Collectors.toList());
        bindings.getBindings().forEach(b -> {
            Object s = b.getValidationStatus().getValue();
            if (s instanceof org.eclipse.core.runtime.IStatus st && !st.isOK()) {
                lines.add(0, "Error: " + st.getMessage());
            }
        });
        messages.setText(String.join("\n", lines));
        messages.setToolTipText(messages.getText());
        ((GridData) messages.getLayoutData()).exclude = lines.isEmpty();
        messages.setVisible(!lines.isEmpty());
        updateRunButtons();
        root.layout(true, true);
    }

    /** The validation messages now shown, one per line (empty when the experiment is fine). */
    public String validationText() {
        return messages.getText();
    }

    private boolean runnable() {
        return validationText().lines().noneMatch(l -> l.startsWith("Error"));
    }

    /** Starts a run of the experiment as it is now (UI thread); false when it cannot start. */
    public boolean run() {
        if (!runnable() || session.run(experiment, file()) == null) {
            return false;
        }
        RunControl c = session.control();
        if (c != null) {
            c.setSpeed(SPEEDS[speed.getSelectionIndex()]);
        }
        pause.setText("Pause");
        updateRunButtons();
        return true;
    }

    private void askAndSweep() {
        InputDialog dialog = new InputDialog(getSite().getShell(), "Sweep",
                "Setting and values, e.g. notification=piecemeal,bulk-count or connections=10,100,1000\n(settings: "
                        + String.join(", ", Settings.NAMES) + ")",
                "recovery=hard-state,none", ExperimentEditor::checkSweep);
        if (dialog.open() == Window.OK) {
            sweep(dialog.getValue());
        }
    }

    /** Why {@code text} is not {@code NAME=V1,V2,…}, or null when it is. */
    public static String checkSweep(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            return "Write NAME=V1,V2,…";
        }
        String name = text.substring(0, eq).trim();
        return Settings.NAMES.contains(name)
                ? null
                : "Unknown setting '" + name + "': use one of " + String.join(", ", Settings.NAMES);
    }

    /** Starts a sweep {@code NAME=V1,V2,…} of the experiment as it is now; false when it cannot start. */
    public boolean sweep(String spec) {
        if (!runnable() || checkSweep(spec) != null) {
            return false;
        }
        int eq = spec.indexOf('=');
        List<String> values = java.util.Arrays.stream(spec.substring(eq + 1).split(",")).map(String::trim)
                .filter(v -> !v.isEmpty()).toList();
        boolean started = session.sweep(experiment, file(), spec.substring(0, eq).trim(), values) != null;
        updateRunButtons();
        return started;
    }

    private void showRun(RunSnapshot s) {
        if (runStatus == null || runStatus.isDisposed()) {
            return;
        }
        progress.setSelection(s.state() == RunState.DONE ? 1000 : (int) (s.fraction() * 1000));
        runStatus.setText(s.message());
        runStatus.setToolTipText(s.message());
        runStatus.getParent().layout();
        RunControl c = session.control();
        if (c != null && !c.isPaused()) {
            pause.setText("Pause");
        }
        updateRunButtons();
    }

    private void updateRunButtons() {
        boolean active = session.isRunning();
        run.setEnabled(!active && runnable());
        sweep.setEnabled(!active && runnable());
        pause.setEnabled(active);
        step.setEnabled(active);
        cancel.setEnabled(active);
        inject.setEnabled(active && experiment.getFailurePlan() != null);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        saveTo(file);
    }

    private boolean saveTo(Path target) {
        try {
            OffloadFiles.save(experiment, target);
            history.markSaved();
            return true;
        } catch (ModelFileException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot save " + target.getFileName(), e.getMessage());
            return false;
        }
    }

    @Override
    public void doSaveAs() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[]{"*." + OffloadFiles.EXPERIMENT_EXTENSION});
        dialog.setFileName(file.getFileName().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null && saveTo(Path.of(chosen))) {
            file = Path.of(chosen).toAbsolutePath().normalize();
            setInputWithNotify(new ExperimentEditorInput(file));
            setPartName(file.getFileName().toString());
            RecentFiles.experiments().add(file);
        }
    }

    @Override
    public boolean isDirty() {
        return history != null && history.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void setFocus() {
        run.setFocus();
    }

    /** The form's widget bound to the feature named {@code field}, e.g. {@code durationMillis}, or null. */
    public Control field(String field) {
        return find(form, field);
    }

    private static Control find(Control c, String field) {
        if (field.equals(c.getData(FormBinder.FIELD))) {
            return c;
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                Control found = find(child, field);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Override
    public void dispose() {
        session.removeListener(runListener);
        experiment.eAdapters().remove(history);
        if (bindings != null) {
            bindings.dispose();
        }
        super.dispose();
    }
}
