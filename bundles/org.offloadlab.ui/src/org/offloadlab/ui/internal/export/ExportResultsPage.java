package org.offloadlab.ui.internal.export;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The export wizard's page: which run (of this session, or a results file), which files, and where. Problems are shown
 * in the page's message area as the user types; before the first change they are shown as a plain prompt, not as an
 * error. The choices are remembered in the dialog settings.
 */
public final class ExportResultsPage extends WizardPage {

    /** The page's help text (the product has no help system; docs/USER-GUIDE.md has the long form). */
    public static final String HELP = """
            Writes the results of one run into a folder, in the formats the command line writes \
            (offloadlab run --out DIR):

            • HTML report: one self-contained file with the integrity verdict, metrics, failover timelines, charts \
            and the first connections; opens in any browser.
            • results.json: the machine-readable results (schema in docs/RESULTS.md).
            • metrics.csv, series.csv, connections.csv: tables for spreadsheets and plotting tools.
            • results.xmi: the results model; Open Results… and Compare Runs read it back.
            • Charts: one PNG and/or SVG per chart the run has (interactions, memory, connections, buffer groups).

            Source: a run of this session (newest first) or a results.xmi file. Existing files are replaced only \
            after you confirm. The export runs in the background (Progress view, cancellable between files); \
            every file is written to a temporary file first and renamed, so no file is ever half-written.""";

    static final String NAME = "exportResults";

    private static final String SETTING_DESTINATION = "destination";
    private static final String SETTING_FILE = "resultsFile";
    private static final String SETTING_FROM_FILE = "fromFile";
    private static final String SETTING_ARTEFACTS = "artefacts";

    private final List<ExportSource> runs;
    private final Map<Artefact, Button> artefacts = new EnumMap<>(Artefact.class);
    private Button fromRun;
    private Combo run;
    private Button fromFile;
    private Text file;
    private Button browseFile;
    private Text destination;
    private boolean touched;

    /** {@code runs}: the session's runs, newest first. */
    ExportResultsPage(List<ExportSource> runs) {
        super(NAME);
        this.runs = List.copyOf(runs);
        setTitle("Export Experiment Results");
        setDescription("Write a run's report, results, tables and charts into a folder.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

        Group source = new Group(page, SWT.NONE);
        source.setText("Source");
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(source);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(source);
        fromRun = new Button(source, SWT.RADIO);
        fromRun.setText("&Run of this session:");
        run = new Combo(source, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(run);
        runs.forEach(r -> run.add(r.label()));
        fromFile = new Button(source, SWT.RADIO);
        fromFile.setText("Results &file:");
        file = new Text(source, SWT.BORDER | SWT.SINGLE);
        file.setMessage("results.xmi written by offloadlab run --out or replay --out");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
        browseFile = new Button(source, SWT.PUSH);
        browseFile.setText("B&rowse…");

        Group files = new Group(page, SWT.NONE);
        files.setText("Files");
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(files);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(files);
        for (Artefact a : Artefact.values()) {
            Button check = new Button(files, SWT.CHECK);
            check.setText(a.label());
            check.addListener(SWT.Selection, e -> changed());
            artefacts.put(a, check);
        }
        Composite all = new Composite(files, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(all);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(all);
        Button selectAll = new Button(all, SWT.PUSH);
        selectAll.setText("&Select All");
        selectAll.addListener(SWT.Selection, e -> selectArtefacts(EnumSet.allOf(Artefact.class)));
        Button deselectAll = new Button(all, SWT.PUSH);
        deselectAll.setText("&Deselect All");
        deselectAll.addListener(SWT.Selection, e -> selectArtefacts(EnumSet.noneOf(Artefact.class)));

        Label to = new Label(page, SWT.NONE);
        to.setText("&To folder:");
        destination = new Text(page, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(destination);
        Button browseDestination = new Button(page, SWT.PUSH);
        browseDestination.setText("Bro&wse…");

        restore();
        fromRun.addListener(SWT.Selection, e -> changed());
        fromFile.addListener(SWT.Selection, e -> changed());
        run.addListener(SWT.Selection, e -> changed());
        file.addListener(SWT.Modify, e -> changed());
        destination.addListener(SWT.Modify, e -> changed());
        browseFile.addListener(SWT.Selection, e -> browseFile());
        browseDestination.addListener(SWT.Selection, e -> browseDestination());

        setControl(page);
        validate();
    }

    private void restore() {
        IDialogSettings settings = getDialogSettings();
        String savedFile = settings == null ? null : settings.get(SETTING_FILE);
        String savedDestination = settings == null ? null : settings.get(SETTING_DESTINATION);
        String[] savedArtefacts = settings == null ? null : settings.getArray(SETTING_ARTEFACTS);
        boolean savedFromFile = settings != null && settings.getBoolean(SETTING_FROM_FILE);

        file.setText(savedFile == null ? "" : savedFile);
        destination.setText(savedDestination == null ? "" : savedDestination);
        if (runs.isEmpty()) {
            fromRun.setEnabled(false);
            run.setEnabled(false);
            run.add("(no run yet: run an experiment or choose a results file)");
            run.select(0);
        } else {
            run.select(0);
        }
        boolean useFile = runs.isEmpty() || savedFromFile;
        fromRun.setSelection(!useFile);
        fromFile.setSelection(useFile);
        Set<Artefact> chosen = EnumSet.allOf(Artefact.class);
        if (savedArtefacts != null) {
            chosen = EnumSet.noneOf(Artefact.class);
            for (String name : savedArtefacts) {
                for (Artefact a : Artefact.values()) {
                    if (a.name().equals(name)) {
                        chosen.add(a);
                    }
                }
            }
        }
        for (Artefact a : Artefact.values()) {
            artefacts.get(a).setSelection(chosen.contains(a));
        }
        enableSource();
    }

    /** Remembers the choices for the next export (called when the wizard finishes). */
    void save() {
        IDialogSettings settings = getDialogSettings();
        if (settings == null) {
            return;
        }
        settings.put(SETTING_DESTINATION, destination.getText().strip());
        settings.put(SETTING_FILE, file.getText().strip());
        settings.put(SETTING_FROM_FILE, fromFile.getSelection());
        settings.put(SETTING_ARTEFACTS, chosen().stream().map(Artefact::name).toArray(String[]::new));
    }

    private void selectArtefacts(Set<Artefact> chosen) {
        artefacts.forEach((a, b) -> b.setSelection(chosen.contains(a)));
        changed();
    }

    private void browseFile() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setText("Results File");
        dialog.setFilterExtensions(new String[]{"*.xmi", "*"});
        dialog.setFilterNames(new String[]{"Results (*.xmi)", "All files"});
        Path current = path(file.getText());
        if (current != null && current.getParent() != null) {
            dialog.setFilterPath(current.getParent().toString());
        }
        String chosen = dialog.open();
        if (chosen != null) {
            fromFile.setSelection(true);
            fromRun.setSelection(false);
            file.setText(chosen);
        }
    }

    private void browseDestination() {
        DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.SAVE);
        dialog.setText("Destination Folder");
        dialog.setMessage("The folder to write the files into");
        Path current = path(destination.getText());
        if (current != null) {
            dialog.setFilterPath(current.toString());
        }
        String chosen = dialog.open();
        if (chosen != null) {
            destination.setText(chosen);
        }
    }

    private void changed() {
        touched = true;
        enableSource();
        validate();
    }

    private void enableSource() {
        run.setEnabled(fromRun.getSelection());
        file.setEnabled(fromFile.getSelection());
        browseFile.setEnabled(fromFile.getSelection());
    }

    private void validate() {
        String problem = sourceProblem();
        Destination target = Destination.check(destination.getText());
        if (problem == null && chosen().isEmpty()) {
            problem = "Choose at least one file to export.";
        }
        if (problem == null) {
            problem = target.problem();
        }
        if (problem != null) {
            setErrorMessage(touched ? problem : null);
            setMessage(touched ? null : problem, IMessageProvider.NONE);
            setPageComplete(false);
            return;
        }
        setErrorMessage(null);
        if (target.created()) {
            setMessage("The folder " + target.folder() + " will be created.", IMessageProvider.INFORMATION);
        } else {
            setMessage(null);
        }
        setPageComplete(true);
    }

    private String sourceProblem() {
        if (fromRun.getSelection()) {
            return runs.isEmpty() || run.getSelectionIndex() < 0
                    ? "Choose a run of this session or a results file."
                    : null;
        }
        if (!fromFile.getSelection()) {
            return "Choose a run of this session or a results file.";
        }
        String typed = file.getText().strip();
        if (typed.isEmpty()) {
            return "Enter the results file (results.xmi) to export.";
        }
        Path p = path(typed);
        if (p == null) {
            return "'" + typed + "' is not a valid path.";
        }
        if (!Files.exists(p)) {
            return "The results file " + p + " does not exist.";
        }
        if (Files.isDirectory(p)) {
            return p + " is a folder, not a results file.";
        }
        return null;
    }

    private static Path path(String text) {
        try {
            String typed = text.strip();
            return typed.isEmpty() ? null : Path.of(typed).toAbsolutePath();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The chosen artefacts. */
    Set<Artefact> chosen() {
        Set<Artefact> chosen = EnumSet.noneOf(Artefact.class);
        artefacts.forEach((a, b) -> {
            if (b.getSelection()) {
                chosen.add(a);
            }
        });
        return chosen;
    }

    /** The chosen run of the session, or null when a results file is the source. */
    ExportSource chosenRun() {
        return fromRun.getSelection() && !runs.isEmpty() && run.getSelectionIndex() >= 0
                ? runs.get(run.getSelectionIndex())
                : null;
    }

    /** The chosen results file, or null when a run of the session is the source. */
    Path chosenFile() {
        return fromFile.getSelection() ? path(file.getText()) : null;
    }

    /** The destination folder (the page is complete only when it is usable). */
    Path destination() {
        return Destination.check(destination.getText()).folder();
    }

    @Override
    public void performHelp() {
        MessageDialog.openInformation(getShell(), getTitle(), HELP);
    }

    // the widgets, for tests that fill the page as a user does

    Button fromRunButton() {
        return fromRun;
    }

    Combo runCombo() {
        return run;
    }

    Button fromFileButton() {
        return fromFile;
    }

    Text fileText() {
        return file;
    }

    Text destinationText() {
        return destination;
    }

    Button artefactButton(Artefact a) {
        return artefacts.get(a);
    }
}
