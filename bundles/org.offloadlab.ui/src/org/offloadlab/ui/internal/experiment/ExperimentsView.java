package org.offloadlab.ui.internal.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.part.ViewPart;
import org.offloadlab.experiment.ExperimentException;
import org.offloadlab.model.Results;
import org.offloadlab.model.io.ModelFileException;
import org.offloadlab.model.io.OffloadFiles;
import org.offloadlab.ui.internal.RecentFiles;

/**
 * The experiment navigator: the experiments folder and recently opened experiment files; New from a template, Open a
 * file, Open Results (a {@code results.xmi} a headless run wrote) into the result views. Double-click opens the
 * experiment editor.
 */
public final class ExperimentsView extends ViewPart {

    static final String HELP = "Experiments lists the *.offload files in the workbench's experiments folder and the "
            + "ones you opened recently.\n\nNew from Template writes a ready example (failover, establishment, "
            + "buffers, replay) and opens it in the experiment editor; Open… opens any experiment file; "
            + "Open Results… shows a results.xmi written by 'offloadlab run --out DIR' in the result views and adds it "
            + "to Compare Runs.\nDouble-click an entry to edit and run it.";

    private TableViewer viewer;
    private final RecentFiles recent = RecentFiles.experiments();

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                Path p = (Path) element;
                return p.getParent().equals(ExperimentFiles.folder())
                        ? p.getFileName().toString()
                        : p.getFileName() + "  (" + p.getParent() + ")";
            }
        });
        viewer.addDoubleClickListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
        getSite().setSelectionProvider(viewer);
        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        bar.add(action("New from Template…", ISharedImages.IMG_OBJ_ADD, this::newFromTemplate));
        bar.add(action("Open…", ISharedImages.IMG_OBJ_FOLDER, this::openFile));
        bar.add(action("Open Results…", ISharedImages.IMG_OBJ_FILE, this::openResults));
        bar.add(action("Refresh", ISharedImages.IMG_ELCL_SYNCED, this::refresh));
        ViewHelp.install(this, HELP);
        refresh();
    }

    private static Action action(String text, String image, Runnable run) {
        Action a = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        a.setToolTipText(text);
        a.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(image));
        return a;
    }

    /** Re-reads the folder and the recent list. */
    public void refresh() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setInput(ExperimentFiles.list(ExperimentFiles.folder(), recent.list()));
        }
    }

    /** The files listed now. */
    public List<Path> files() {
        return ExperimentFiles.list(ExperimentFiles.folder(), recent.list());
    }

    private void newFromTemplate() {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(getSite().getShell(), new LabelProvider());
        dialog.setTitle("New Experiment");
        dialog.setMessage("Template:");
        dialog.setElements(ExperimentFiles.templates().toArray());
        dialog.setMultipleSelection(false);
        if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof String template) {
            createFromTemplate(template);
        }
    }

    /** Writes a new experiment from {@code template} into the experiments folder and opens it; null on error. */
    public Path createFromTemplate(String template) {
        try {
            long seed = getSite().getService(ExperimentSession.class).preferences().defaultSeed();
            Path file = ExperimentFiles.createFromTemplate(template, ExperimentFiles.folder(), seed);
            refresh();
            open(file);
            return file;
        } catch (ExperimentException | IOException e) {
            MessageDialog.openError(getSite().getShell(), "New Experiment", e.getMessage());
            return null;
        }
    }

    private void openFile() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[]{"*." + OffloadFiles.EXPERIMENT_EXTENSION, "*"});
        String chosen = dialog.open();
        if (chosen != null) {
            open(Path.of(chosen));
            refresh();
        }
    }

    private void openResults() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[]{"*.xmi", "*"});
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                Results r = OffloadFiles.loadResults(Path.of(chosen));
                getSite().getService(ExperimentSession.class).showResults(Path.of(chosen).getFileName().toString(),
                        r);
            } catch (ModelFileException e) {
                MessageDialog.openError(getSite().getShell(), "Open Results", e.getMessage());
            }
        }
    }

    private void open(Object element) {
        if (element instanceof Path file) {
            try {
                ExperimentFiles.open(getSite().getPage(), file);
            } catch (PartInitException e) {
                MessageDialog.openError(getSite().getShell(), "Open Experiment", e.getMessage());
            }
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
