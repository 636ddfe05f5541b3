package org.offloadlab.ui.internal.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.offloadlab.charts.XyCharts;
import org.offloadlab.model.Metric;
import org.offloadlab.model.Results;
import org.offloadlab.ui.internal.experiment.RunSnapshot;
import org.offloadlab.ui.internal.experiment.RunState;

/**
 * Host↔adapter traffic: the interactions between host and adapter (commands, completions, doorbells, interrupts, DMA
 * transactions, notifications) over virtual time by kind, and the run's totals.
 */
public final class TrafficView extends ResultsView {

    /** Series kind of host↔adapter interaction counts (docs/RESULTS.md). */
    static final String KIND = "interactions";

    /** The run metrics that count host↔adapter interactions, in the order shown. */
    static final List<String> TOTALS = List.of("host_adapter_interactions", "host_adapter_interactions_per_connection",
            "commands", "completions", "doorbells", "interrupts", "dma_transactions", "bus_bytes", "host_cpu_ns");

    private static final List<String> TITLES = List.of("metric", "value");

    /** While a run is live the chart is redrawn at most this often; tables follow every refresh. */
    private static final long LIVE_CHART_NANOS = 500_000_000L;

    private ChartBox chart;
    private long lastChart;
    private RowTable totals;
    private int charted;

    @Override
    protected void createContent(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        Composite left = new Composite(parent, org.eclipse.swt.SWT.NONE);
        left.setLayoutData(new GridData(org.eclipse.swt.SWT.FILL, org.eclipse.swt.SWT.FILL, true, true));
        left.setLayout(new GridLayout(1, false));
        chart = new ChartBox(left, "host-adapter-traffic");
        Composite right = new Composite(parent, org.eclipse.swt.SWT.NONE);
        GridData rd = new GridData(org.eclipse.swt.SWT.FILL, org.eclipse.swt.SWT.FILL, false, true);
        rd.widthHint = 330;
        right.setLayoutData(rd);
        right.setLayout(new GridLayout(1, false));
        totals = new RowTable(right, List.of(new RowTable.Column("metric", 200, o -> ((ResultRow) o).cell(0)),
                new RowTable.Column("value", 110, o -> ((ResultRow) o).cell(1))), false);
        getSite().setSelectionProvider(totals.viewer());
    }

    @Override
    protected String help() {
        return "Host↔adapter traffic charts the interactions between host and adapter over virtual time, one line "
                + "per kind (commands, completions, doorbells, interrupts, DMA transactions, notification entries), "
                + "as the run sampled them; the table gives the run's totals. Fewer interactions per connection is "
                + "what bulk notification and coalescing buy.\nDrag to zoom; PNG…/SVG… export the chart.";
    }

    @Override
    protected String show(RunSnapshot s, boolean changed) {
        Results r = s.results();
        if (changed) {
            Map<String, Double> values = new LinkedHashMap<>();
            if (r != null) {
                for (Metric m : r.getMetrics()) {
                    values.put(m.getName(), m.getValue());
                }
            } else if (s.live() != null) {
                values.putAll(s.live().metrics());
            }
            List<ResultRow> rows = new ArrayList<>();
            for (String name : TOTALS) {
                if (values.containsKey(name)) {
                    rows.add(new ResultRow(TITLES, List.of(name, format(values.get(name)))));
                }
            }
            totals.setRows(rows);
            if (s.state() == RunState.RUNNING && System.nanoTime() - lastChart < LIVE_CHART_NANOS) {
                return status(s);
            }
            lastChart = System.nanoTime();
            Map<String, double[][]> series = SeriesData.of(s, KIND::equals);
            charted = series.size();
            if (series.isEmpty()) {
                chart.showMessage(r == null && s.live() == null
                        ? s.message()
                        : "This run recorded no interaction series; the totals are on the right.");
            } else {
                chart.show(XyCharts.lines("Host↔adapter interactions", s.experiment(), "virtual time (ms)",
                        "interactions per second", false, false, series), s.state().active());
            }
        }
        return status(s);
    }

    private String status(RunSnapshot s) {
        return (s.results() == null ? s.message() + "; " : "") + charted + " interaction kind(s) charted";
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.3f", v);
    }

    /** Interaction series charted. */
    public int chartedSeries() {
        return charted;
    }

    /** Totals rows shown. */
    public int totalsRows() {
        return totals.shownRows();
    }

    @Override
    public void setFocus() {
        totals.viewer().getControl().setFocus();
    }
}
