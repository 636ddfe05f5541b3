package org.offloadlab.ui.internal.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.offloadlab.charts.XyCharts;
import org.offloadlab.model.Metric;
import org.offloadlab.model.Results;
import org.offloadlab.model.Series;
import org.offloadlab.model.io.ModelFileException;
import org.offloadlab.model.io.OffloadFiles;
import org.offloadlab.ui.internal.experiment.ExperimentSession.NamedResults;
import org.offloadlab.ui.internal.experiment.RunSnapshot;

/**
 * Compare runs: two or more results (runs of this session, results files) side by side — every metric in a table with
 * one column per run, and one chosen series of all runs overlaid in one chart.
 */
public final class CompareRunsView extends ResultsView {

    private Table metrics;
    private Combo seriesChoice;
    private ChartBox chart;
    private final List<NamedResults> runs = new ArrayList<>();

    @Override
    protected void createContent(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new RowLayout());
        Button add = new Button(bar, SWT.PUSH);
        add.setText("Add Results File…");
        add.setToolTipText("Add a results.xmi written by 'offloadlab run --out DIR'");
        add.addListener(SWT.Selection, e -> addFile());
        Button clear = new Button(bar, SWT.PUSH);
        clear.setText("Clear");
        clear.addListener(SWT.Selection, e -> {
            runs.clear();
            refresh();
        });
        new Label(bar, SWT.NONE).setText("Overlay series:");
        seriesChoice = new Combo(bar, SWT.READ_ONLY);
        seriesChoice.addListener(SWT.Selection, e -> chartSeries());
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        metrics = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        metrics.setHeaderVisible(true);
        metrics.setLinesVisible(true);
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        chart = new ChartBox(right, "compare-runs");
        sash.setWeights(1, 1);
    }

    @Override
    protected String help() {
        return "Compare runs puts results side by side: every run of this session (newest added automatically) and "
                + "results files you add (results.xmi from 'offloadlab run --out DIR'). The table has one row per "
                + "metric and one column per run; choose a series (e.g. an interaction kind or a buffer group) to "
                + "overlay it for all runs in the chart.\nClear empties the comparison.";
    }

    @Override
    protected String show(RunSnapshot s, boolean changed) {
        if (changed && s.results() != null) {
            for (NamedResults r : session().history()) {
                if (runs.stream().noneMatch(x -> x.results() == r.results())) {
                    runs.add(r);
                }
            }
            refresh();
        }
        return runs.size() + " run(s) compared";
    }

    /** Adds results to the comparison (UI thread). */
    public void add(String label, Results results) {
        runs.add(new NamedResults(label, results));
        refresh();
    }

    private void addFile() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setFilterExtensions(new String[]{"*.xmi", "*"});
        if (dialog.open() == null) {
            return;
        }
        for (String name : dialog.getFileNames()) {
            Path file = Path.of(dialog.getFilterPath(), name);
            try {
                add(file.getParent().getFileName() + "/" + name, OffloadFiles.loadResults(file));
            } catch (ModelFileException e) {
                MessageDialog.openError(getSite().getShell(), "Add Results", e.getMessage());
            }
        }
    }

    private void refresh() {
        metrics.removeAll();
        for (TableColumn c : metrics.getColumns()) {
            c.dispose();
        }
        TableColumn name = new TableColumn(metrics, SWT.LEFT);
        name.setText("metric");
        name.setWidth(240);
        Map<String, Map<Integer, Double>> values = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            TableColumn c = new TableColumn(metrics, SWT.RIGHT);
            c.setText(runs.get(i).label());
            c.setWidth(130);
            for (Metric m : runs.get(i).results().getMetrics()) {
                values.computeIfAbsent(m.getName(), k -> new LinkedHashMap<>()).put(i, m.getValue());
            }
        }
        for (Map.Entry<String, Map<Integer, Double>> e : values.entrySet()) {
            TableItem item = new TableItem(metrics, SWT.NONE);
            item.setText(0, e.getKey());
            for (int i = 0; i < runs.size(); i++) {
                Double v = e.getValue().get(i);
                item.setText(i + 1, v == null ? "—" : TrafficView.format(v));
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (NamedResults r : runs) {
            for (Series s : r.results().getSeries()) {
                names.add(s.getName());
            }
        }
        String previous = seriesChoice.getText();
        seriesChoice.setItems(names.toArray(String[]::new));
        int keep = seriesChoice.indexOf(previous);
        seriesChoice.select(keep >= 0 ? keep : 0);
        seriesChoice.getParent().layout();
        chartSeries();
    }

    private void chartSeries() {
        String wanted = seriesChoice.getText();
        Map<String, double[][]> overlay = new LinkedHashMap<>();
        for (NamedResults r : runs) {
            for (Series s : r.results().getSeries()) {
                if (s.getName().equals(wanted)) {
                    overlay.put(r.label(), SeriesData.points(s));
                }
            }
        }
        if (overlay.isEmpty()) {
            chart.showMessage(runs.isEmpty()
                    ? "Run an experiment or add results files to compare them."
                    : "The runs have no series to overlay.");
        } else {
            chart.showChart(XyCharts.lines(wanted, runs.size() + " runs", "virtual time (ms)", wanted, false, false,
                    overlay));
        }
    }

    /** Runs compared. */
    public int runs() {
        return runs.size();
    }

    /** Metric rows in the table. */
    public int metricRows() {
        return metrics.getItemCount();
    }

    @Override
    public void setFocus() {
        metrics.setFocus();
    }
}
