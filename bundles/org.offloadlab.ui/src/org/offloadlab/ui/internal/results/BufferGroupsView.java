package org.offloadlab.ui.internal.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.offloadlab.charts.XyCharts;
import org.offloadlab.model.BufferGroupResult;
import org.offloadlab.model.BufferGroupRule;
import org.offloadlab.model.Results;
import org.offloadlab.ui.internal.experiment.RunSnapshot;
import org.offloadlab.ui.internal.experiment.RunState;

/**
 * Buffer groups: the run's receive-buffer groups (patent 3's attribute-selected groups) with their rules, members and
 * peak occupancy, and their occupancy over virtual time as a chart.
 */
public final class BufferGroupsView extends ResultsView {

    /** Series kind the runner gives buffer-group occupancy (docs/RESULTS.md). */
    static final String KIND = "buffer-group";

    private static final List<RowTable.Column> COLUMNS = List.of(
            new RowTable.Column("group", 110, o -> cell(o, 0)), new RowTable.Column("rules", 220, o -> cell(o, 1)),
            new RowTable.Column("members", 80, o -> cell(o, 2)),
            new RowTable.Column("buffers held (peak)", 130, o -> cell(o, 3)),
            new RowTable.Column("bytes held (peak)", 130, o -> cell(o, 4)),
            new RowTable.Column("fill ratio", 80, o -> cell(o, 5)));

    private RowTable table;
    /** While a run is live the chart is redrawn at most this often; tables follow every refresh. */
    private static final long LIVE_CHART_NANOS = 500_000_000L;

    private ChartBox chart;
    private long lastChart;
    private int charted;

    @Override
    protected void createContent(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite top = new Composite(sash, SWT.NONE);
        top.setLayout(new GridLayout(1, false));
        table = new RowTable(top, COLUMNS, false);
        Composite bottom = new Composite(sash, SWT.NONE);
        bottom.setLayout(new GridLayout(1, false));
        chart = new ChartBox(bottom, "buffer-groups");
        sash.setWeights(1, 2);
        getSite().setSelectionProvider(table.viewer());
    }

    @Override
    protected String help() {
        return "Buffer groups shows how the adapter grouped receive buffers in the run: each group, the rules that "
                + "select its member connections (by local port, remote address, …), how many connections it held, "
                + "its peak buffers and bytes, and its fill ratio; the chart plots each group's occupancy over "
                + "virtual time: dma_bytes_held is the host memory the group holds (posted to the adapter or in use), "
                + "dma_bytes_in_use the part filled with received data the host has not taken yet (drag to zoom; "
                + "PNG…/SVG… export).\nWith the per-connection policy every connection "
                + "has its own group. Before a run the table lists the experiment's rules.";
    }

    @Override
    protected String show(RunSnapshot s, boolean changed) {
        if (!changed) {
            return status(s);
        }
        Results r = s.results();
        List<Object> rows = new ArrayList<>();
        if (r != null && !r.getBufferGroups().isEmpty()) {
            rows.addAll(r.getBufferGroups());
        } else if (s.setup() != null && s.setup().getPolicies() != null) {
            rows.addAll(s.setup().getPolicies().getBufferGroupRules());
        }
        table.setRows(rows);
        if (s.state() == RunState.RUNNING && System.nanoTime() - lastChart < LIVE_CHART_NANOS) {
            return status(s);
        }
        lastChart = System.nanoTime();
        Map<String, double[][]> series = SeriesData.of(s, KIND::equals);
        charted = series.size();
        if (series.isEmpty()) {
            chart.showMessage(r == null && s.live() == null
                    ? s.message()
                    : "This run recorded no buffer-group occupancy (an experiment without adapter policies places "
                            + "received data by plain copy, without DMA buffer groups).");
        } else {
            chart.show(XyCharts.lines("Buffer-group occupancy", s.experiment(), "virtual time (ms)",
                    "bytes", false, false, series), s.state().active());
        }
        return status(s);
    }

    private String status(RunSnapshot s) {
        Results r = s.results();
        if (r == null) {
            return s.message();
        }
        return r.getBufferGroups().size() + " buffer group(s), " + charted + " occupancy series";
    }

    private static String cell(Object o, int column) {
        if (o instanceof BufferGroupResult g) {
            return switch (column) {
                case 0 -> g.getName();
                case 1 -> g.getRules() == null ? "" : g.getRules();
                case 2 -> Integer.toString(g.getMembers());
                case 3 -> Long.toString(g.getBuffersHeldPeak());
                case 4 -> Long.toString(g.getBytesHeldPeak());
                default -> String.format(Locale.ROOT, "%.3f", g.getFillRatio());
            };
        }
        if (o instanceof BufferGroupRule rule) {
            return switch (column) {
                case 0 -> rule.getGroup();
                case 1 -> rule.getAttribute() + " = " + rule.getValue();
                case 3 -> rule.getBuffers() + " (configured)";
                default -> "";
            };
        }
        return "";
    }

    /** Table rows shown. */
    public int rows() {
        return table.shownRows();
    }

    /** A shown cell's text by column title. */
    public String cell(int row, String column) {
        return table.text(row, table.column(column));
    }

    /** Occupancy series charted. */
    public int chartedSeries() {
        return charted;
    }

    public org.jfree.chart.JFreeChart chart() {
        return chart.chart();
    }

    @Override
    public void setFocus() {
        table.viewer().getControl().setFocus();
    }
}
