package org.offloadlab.ui.internal.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.offloadlab.model.io.ModelFileException;
import org.offloadlab.ui.internal.experiment.ExperimentSession;
import org.osgi.framework.FrameworkUtil;

/**
 * File ▸ Export… ▸ Offload Lab ▸ Experiment Results: writes a run's report, results, tables and charts into a folder
 * ({@link ResultsExport}) on a job ({@link ExportJob}), after confirming before any existing file is replaced.
 */
public final class ExportResultsWizard extends Wizard implements IExportWizard {

    private static final String SETTINGS = "ExportResultsWizard";
    private static final int LISTED = 8;

    private IWorkbenchWindow window;
    private ExportResultsPage page;
    private Predicate<List<Path>> confirmReplace = this::askToReplace;
    private ExportJob job;

    public ExportResultsWizard() {
        setWindowTitle("Export");
        setNeedsProgressMonitor(false);
        setHelpAvailable(true);
        ResourceLocator.imageDescriptorFromBundle("org.eclipse.ui", "icons/full/wizban/exportdir_wiz.png")
                .ifPresent(this::setDefaultPageImageDescriptor);
        IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(getClass()))
                .getDialogSettings();
        IDialogSettings mine = all.getSection(SETTINGS);
        setDialogSettings(mine != null ? mine : all.addNewSection(SETTINGS));
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        window = workbench.getActiveWorkbenchWindow();
        if (window == null && workbench.getWorkbenchWindowCount() > 0) {
            window = workbench.getWorkbenchWindows()[0];
        }
    }

    @Override
    public void addPages() {
        ExperimentSession session = window == null ? null : window.getService(ExperimentSession.class);
        page = new ExportResultsPage(session == null ? List.of() : ExportSource.ofSession(session));
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        page.save();
        ExportSource source = page.chosenRun();
        if (source == null) {
            Path file = page.chosenFile();
            try {
                source = ExportSource.load(file);
            } catch (ModelFileException e) {
                page.setErrorMessage(e.getMessage());
                return false;
            }
        }
        Set<Artefact> chosen = page.chosen();
        Path dir = page.destination();
        ResultsExport export = new ResultsExport(source.run(), chosen, dir);
        if (export.files().isEmpty()) {
            page.setErrorMessage("Nothing to write: " + source.label() + " has no series to chart.");
            return false;
        }
        List<Path> existing = export.existing();
        if (!existing.isEmpty() && !confirmReplace.test(existing)) {
            return false;
        }
        job = new ExportJob(source.label(), export, window);
        job.schedule();
        return true;
    }

    private boolean askToReplace(List<Path> existing) {
        String names = existing.stream().limit(LISTED).map(p -> "  " + p.getFileName())
                .collect(Collectors.joining("\n"));
        String more = existing.size() > LISTED ? "\n  … and " + (existing.size() - LISTED) + " more" : "";
        String question = (existing.size() == 1 ? "This file exists" : existing.size() + " files exist") + " in "
                + existing.get(0).getParent() + " and will be replaced:\n" + names + more + "\n\nReplace "
                + (existing.size() == 1 ? "it?" : "them?");
        return MessageDialog.open(MessageDialog.QUESTION, getShell(), "Replace Files", question, SWT.NONE, "Replace",
                "Cancel") == 0;
    }

    /** The page (tests fill it as a user does). */
    ExportResultsPage page() {
        return page;
    }

    /** The job the last finish scheduled, or null. */
    ExportJob job() {
        return job;
    }

    /** Replaces the question before existing files are replaced (tests answer it). */
    void confirmReplace(Predicate<List<Path>> answer) {
        this.confirmReplace = answer;
    }
}
