package org.offloadlab.ui.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offloadlab.experiment.ExperimentRunner;
import org.offloadlab.experiment.ProgressMonitor;
import org.offloadlab.experiment.RunResult;
import org.offloadlab.experiment.Templates;
import org.offloadlab.model.io.OffloadFiles;
import org.offloadlab.ui.internal.ShellScreenshot;
import org.offloadlab.ui.internal.UiIds;
import org.offloadlab.ui.internal.experiment.ExperimentSession;
import org.offloadlab.ui.tests.Screenshots;
import org.offloadlab.ui.tests.UiWait;

/**
 * The export wizard as File ▸ Export… opens it: found in the workbench's export wizard registry, shown in a wizard
 * dialog, filled through its widgets as a user does, finished; the files must appear. Also its validation and the
 * question before files are replaced.
 */
class ExportWizardTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private static RunResult run;
    private static String label;

    @TempDir
    Path dir;

    private IWorkbench workbench;
    private IWorkbenchWindow window;
    private Display display;
    private final List<TestDialog> dialogs = new ArrayList<>();

    /** A run of the failover template, put into the workbench's session as an opened results file is. */
    @BeforeAll
    static void runTheFailoverTemplate() throws Exception {
        run = ExperimentRunner.run(Templates.create("failover"), ExperimentRunner.Options.defaults(),
                ProgressMonitor.NONE);
        label = "failover (export test)";
        IWorkbenchWindow w = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        w.getService(ExperimentSession.class).showResults(label, run.results());
    }

    @BeforeEach
    void findWorkbench() {
        workbench = PlatformUI.getWorkbench();
        window = workbench.getWorkbenchWindows()[0];
        display = window.getShell().getDisplay();
    }

    @AfterEach
    void closeDialogs() {
        for (TestDialog d : dialogs) {
            if (d.getShell() != null && !d.getShell().isDisposed()) {
                d.close();
            }
        }
    }

    @Test
    void theRegisteredWizardExportsTheChosenRunOfTheSession() throws Exception {
        IWizardDescriptor descriptor = workbench.getExportWizardRegistry().findWizard(UiIds.EXPORT_RESULTS_WIZARD);
        assertNotNull(descriptor, "the wizard is in the export wizard registry");
        assertEquals("Experiment Results", descriptor.getLabel());
        assertEquals("Offload Lab", descriptor.getCategory().getLabel());

        ExportResultsWizard wizard = open();
        ExportResultsPage page = wizard.page();
        TestDialog dialog = dialogs.get(0);
        radio(page.fromRunButton(), page.fromFileButton());
        assertEquals(label, page.runCombo().getItem(0), "the newest run of the session comes first");
        page.runCombo().select(0);
        page.runCombo().notifyListeners(SWT.Selection, new Event());
        check(page, EnumSet.of(Artefact.REPORT, Artefact.RESULTS_JSON, Artefact.CHARTS_SVG));
        Path out = dir.resolve("export");
        page.destinationText().setText(out.toString());
        assertNull(page.getErrorMessage());
        assertEquals("The folder " + out + " will be created.", page.getMessage());
        assertTrue(dialog.finishButton().isEnabled());

        // an inactive window is drawn in GTK's pale backdrop style: wait (a while, not failing) until it is active
        dialog.getShell().forceActive();
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        UiWait.until(display, TIMEOUT, "the dialog is active",
                () -> display.getActiveShell() == dialog.getShell() || System.nanoTime() - until > 0);
        UiWait.settle(display, Duration.ofSeconds(2));
        Path shot = ShellScreenshot.save(dialog.getShell(), Screenshots.dir().resolve("export-wizard.png"));
        assertTrue(Files.size(shot) > 0);

        dialog.finish();
        assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "finishing closes the dialog");
        ExportJob job = finished(wizard);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        Set<String> expected = new TreeSet<>(List.of("report.html", "results.json", "interactions.svg", "memory.svg",
                "connections.svg", "buffer-groups.svg"));
        assertEquals(expected, names(out));
        assertEquals("Exported 6 files to " + out, job.getResult().getMessage());
        assertTrue(Files.readString(out.resolve("results.json")).contains("\"experiment\": \"failover\""));

        // the next export starts where this one left off
        ExportResultsWizard again = open();
        assertEquals(out.toString(), again.page().destinationText().getText());
        assertEquals(EnumSet.of(Artefact.REPORT, Artefact.RESULTS_JSON, Artefact.CHARTS_SVG), again.page().chosen());
    }

    /** File ▸ Export… opens the platform's wizard selection, which lists the wizard under its category. */
    @Test
    void fileExportListsTheWizardUnderOffloadLab() {
        Menu file = Arrays.stream(window.getShell().getMenuBar().getItems())
                .filter(i -> i.getText().replace("&", "").equals("File")).findFirst().orElseThrow().getMenu();
        file.notifyListeners(SWT.Show, new Event());
        MenuItem export = Arrays.stream(file.getItems()).filter(i -> i.getText().replace("&", "").startsWith("Export."))
                .findFirst().orElseThrow(() -> new AssertionError("no File ▸ Export…"));
        List<String> categories = new ArrayList<>();
        List<String> wizards = new ArrayList<>();
        int[] polls = {0};
        // the selection dialog is modal: inspect and close it from its own event loop
        Runnable inspect = new Runnable() {
            @Override
            public void run() {
                Shell shell = Arrays.stream(display.getShells())
                        .filter(s -> s != window.getShell() && s.isVisible()).findFirst().orElse(null);
                Tree tree = shell == null ? null : find(shell, Tree.class);
                if (tree == null || tree.getItemCount() == 0) {
                    if (++polls[0] < 400) {
                        display.timerExec(25, this);
                    } else if (shell != null) {
                        shell.close(); // never leave a modal dialog open: the test would hang instead of failing
                    }
                    return;
                }
                for (TreeItem category : tree.getItems()) {
                    categories.add(category.getText());
                    if (category.getText().equals("Offload Lab")) {
                        // the viewer creates a category's children when it is expanded
                        category.getParent().notifyListeners(SWT.Expand, treeEvent(category));
                        category.setExpanded(true);
                        Arrays.stream(category.getItems()).forEach(w -> wizards.add(w.getText()));
                    }
                }
                shell.close();
            }
        };
        display.timerExec(25, inspect);
        export.notifyListeners(SWT.Selection, new Event());
        assertTrue(categories.contains("Offload Lab"), categories::toString);
        assertTrue(wizards.contains("Experiment Results"), wizards::toString);
    }

    private static Event treeEvent(TreeItem item) {
        Event e = new Event();
        e.item = item;
        return e;
    }

    private static <T extends Control> T find(Composite parent, Class<T> type) {
        for (Control c : parent.getChildren()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof Composite composite) {
                T found = find(composite, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void existingFilesAreReplacedOnlyAfterConfirmation() throws Exception {
        Path xmi = dir.resolve("in").resolve("results.xmi");
        OffloadFiles.save(run.results(), xmi);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("metrics.csv"), "old");

        ExportResultsWizard wizard = open();
        ExportResultsPage page = wizard.page();
        radio(page.fromFileButton(), page.fromRunButton());
        page.fileText().setText(xmi.toString());
        check(page, EnumSet.of(Artefact.METRICS_CSV, Artefact.SERIES_CSV));
        page.destinationText().setText(out.toString());
        assertNull(page.getErrorMessage());
        List<List<Path>> asked = new ArrayList<>();
        wizard.confirmReplace(existing -> {
            asked.add(existing);
            return false;
        });

        dialogs.get(0).finish();
        assertEquals(List.of(List.of(out.resolve("metrics.csv"))), asked, "asked about exactly the existing file");
        assertFalse(dialogs.get(0).getShell().isDisposed(), "declining keeps the wizard open");
        assertNull(wizard.job());
        assertEquals("old", Files.readString(out.resolve("metrics.csv")));

        wizard.confirmReplace(existing -> true);
        dialogs.get(0).finish();
        ExportJob job = finished(wizard);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        assertEquals(Set.of("metrics.csv", "series.csv"), names(out));
        assertEquals("metric,value", Files.readAllLines(out.resolve("metrics.csv")).get(0));
    }

    @Test
    void aDamagedResultsFileIsReportedOnThePage() throws Exception {
        Path broken = Files.writeString(dir.resolve("results.xmi"), "<not xmi");
        ExportResultsWizard wizard = open();
        ExportResultsPage page = wizard.page();
        radio(page.fromFileButton(), page.fromRunButton());
        page.fileText().setText(broken.toString());
        check(page, EnumSet.of(Artefact.RESULTS_JSON));
        page.destinationText().setText(dir.resolve("out").toString());

        dialogs.get(0).finish();
        assertFalse(dialogs.get(0).getShell().isDisposed(), "the wizard stays open");
        assertNotNull(page.getErrorMessage());
        assertTrue(page.getErrorMessage().startsWith(broken.toString()), page.getErrorMessage());
        assertNull(wizard.job());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void badDestinationsSourcesAndChoicesAreNamedOnThePage() throws Exception {
        ExportResultsWizard wizard = open();
        ExportResultsPage page = wizard.page();
        TestDialog dialog = dialogs.get(0);
        radio(page.fromRunButton(), page.fromFileButton());
        check(page, EnumSet.of(Artefact.REPORT));
        Path file = Files.writeString(dir.resolve("a-file"), "x");

        assertProblem(page, dialog, "", "Enter the destination folder.");
        assertProblem(page, dialog, "relative/out", "Enter the destination folder as an absolute path, not "
                + "'relative/out'.");
        assertProblem(page, dialog, file.toString(), file + " is a file, not a folder.");
        assertProblem(page, dialog, file.resolve("sub").toString(),
                file.resolve("sub") + " cannot be created: " + file + " is a file.");

        page.destinationText().setText(dir.toString());
        assertNull(page.getErrorMessage());
        assertTrue(dialog.finishButton().isEnabled());

        check(page, EnumSet.noneOf(Artefact.class));
        assertEquals("Choose at least one file to export.", page.getErrorMessage());
        assertFalse(dialog.finishButton().isEnabled());
        check(page, EnumSet.of(Artefact.REPORT));

        radio(page.fromFileButton(), page.fromRunButton());
        page.fileText().setText("");
        assertEquals("Enter the results file (results.xmi) to export.", page.getErrorMessage());
        page.fileText().setText(dir.resolve("missing.xmi").toString());
        assertEquals("The results file " + dir.resolve("missing.xmi") + " does not exist.", page.getErrorMessage());
        page.fileText().setText(dir.toString());
        assertEquals(dir + " is a folder, not a results file.", page.getErrorMessage());
        assertFalse(dialog.finishButton().isEnabled());
    }

    private void assertProblem(ExportResultsPage page, TestDialog dialog, String destination, String expected) {
        page.destinationText().setText(destination);
        assertEquals(expected, page.getErrorMessage(), destination);
        assertFalse(dialog.finishButton().isEnabled(), destination);
    }

    /** Opens the registered wizard in a dialog, not blocking, as File ▸ Export… does after the selection page. */
    private ExportResultsWizard open() throws Exception {
        IWizardDescriptor descriptor = workbench.getExportWizardRegistry().findWizard(UiIds.EXPORT_RESULTS_WIZARD);
        ExportResultsWizard wizard = assertInstanceOf(ExportResultsWizard.class, descriptor.createWizard());
        wizard.init(workbench, StructuredSelection.EMPTY);
        TestDialog dialog = new TestDialog(window.getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialogs.add(dialog);
        UiWait.settle(display, Duration.ofSeconds(1));
        return wizard;
    }

    private ExportJob finished(ExportResultsWizard wizard) {
        ExportJob job = wizard.job();
        assertNotNull(job, "finishing schedules the export");
        UiWait.until(display, TIMEOUT, "the export job ends", () -> job.getResult() != null);
        return job;
    }

    /** Clicks {@code on} and, as GTK does for a radio group, deselects {@code off}. */
    private static void radio(Button on, Button off) {
        off.setSelection(false);
        off.notifyListeners(SWT.Selection, new Event());
        on.setSelection(true);
        on.notifyListeners(SWT.Selection, new Event());
    }

    /** Ticks exactly {@code chosen}, clicking only the boxes that change. */
    private static void check(ExportResultsPage page, Set<Artefact> chosen) {
        for (Artefact a : Artefact.values()) {
            Button box = page.artefactButton(a);
            if (box.getSelection() != chosen.contains(a)) {
                box.setSelection(chosen.contains(a));
                box.notifyListeners(SWT.Selection, new Event());
            }
        }
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Gives the test the Finish button and the Finish press a user makes. */
    private static final class TestDialog extends WizardDialog {

        TestDialog(Shell parent, IWizard wizard) {
            super(parent, wizard);
        }

        Button finishButton() {
            return getButton(IDialogConstants.FINISH_ID);
        }

        void finish() {
            finishPressed();
        }
    }
}
