package org.offloadlab.ui.internal.results;

import java.util.List;

import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.offloadlab.model.FailoverTimeline;
import org.offloadlab.ui.internal.experiment.ExperimentSession;
import org.offloadlab.ui.internal.experiment.RunSnapshot;

/** Recovery timeline: the failover phases per adapter as a zoomable Gantt chart, and the failovers as a table. */
public final class RecoveryTimelineView extends ResultsView {

    private static final List<RowTable.Column> COLUMNS = List.of(
            new RowTable.Column("adapter", 80, o -> ((FailoverTimeline) o).getAdapter()),
            new RowTable.Column("mode", 80, o -> String.valueOf(((FailoverTimeline) o).getMode())),
            new RowTable.Column("recovery", 90, o -> String.valueOf(((FailoverTimeline) o).getRecovery())),
            new RowTable.Column("failed at", 90, o -> at(((FailoverTimeline) o).getFailedAtNanos())),
            new RowTable.Column("detected", 90, o -> at(((FailoverTimeline) o).getDetectedAtNanos())),
            new RowTable.Column("hard state", 90, o -> at(((FailoverTimeline) o).getHardStateRecoveredAtNanos())),
            new RowTable.Column("resumed", 90, o -> at(((FailoverTimeline) o).getResumedAtNanos())),
            new RowTable.Column("soft state", 90, o -> at(((FailoverTimeline) o).getSoftStateConvergedAtNanos())),
            new RowTable.Column("blackout p50", 90, o -> ms(((FailoverTimeline) o).getBlackoutP50Nanos())),
            new RowTable.Column("p99", 80, o -> ms(((FailoverTimeline) o).getBlackoutP99Nanos())),
            new RowTable.Column("max", 80, o -> ms(((FailoverTimeline) o).getBlackoutMaxNanos())),
            new RowTable.Column("restored", 70, o -> Integer.toString(((FailoverTimeline) o).getConnectionsRestored())),
            new RowTable.Column("outcome", 300, o -> ((FailoverTimeline) o).getOutcome()));

    private ChartBox chart;
    private RowTable table;
    private List<TimelineBars.Bar> bars = List.of();

    @Override
    protected void createContent(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        chart = new ChartBox(parent, "recovery-timeline");
        table = new RowTable(parent, COLUMNS, false);
        org.eclipse.swt.layout.GridData tableData = (org.eclipse.swt.layout.GridData) table.viewer().getTable()
                .getLayoutData();
        tableData.grabExcessVerticalSpace = false;
        tableData.heightHint = 70;
        getSite().setSelectionProvider(table.viewer());
    }

    @Override
    protected String help() {
        return "Recovery timeline shows each failover of the run on virtual time: per adapter its phases (failure → "
                + "detected, hard state restored from the host's shadow, switch-over to the substitute, soft state "
                + "relearned), and below it the blackout of each connection (the longest 40), from the failure until "
                + "the connection moved data again.\nDrag over the chart to zoom into a time range; right-click ▸ Auto Range to "
                + "zoom out. PNG… and SVG… export the chart. The table lists each failover; select a row to see it in "
                + "Properties.";
    }

    @Override
    protected String show(RunSnapshot s, boolean changed) {
        if (changed) {
            List<FailoverTimeline> failovers = s.results() != null
                    ? s.results().getFailovers()
                    : s.live() != null ? s.live().failovers() : List.of();
            bars = TimelineBars.of(failovers, s.virtualNanos());
            table.setRows(List.copyOf(failovers));
            if (bars.isEmpty()) {
                chart.showMessage(s.state().active()
                        ? "No failure yet."
                        : s.results() == null
                                ? s.message()
                                : "This run had no failover: plan one in the experiment's failure plan.");
            } else {
                chart.show(TimelineChart.create("Recovery timeline", bars), s.state().active());
            }
        }
        return (s.results() == null ? s.message() + "; " : "") + bars.size() + " bar(s)";
    }

    private static String at(long nanos) {
        return nanos <= 0 ? "—" : ExperimentSession.seconds(nanos);
    }

    private static String ms(long nanos) {
        return nanos <= 0 ? "—" : String.format(java.util.Locale.ROOT, "%.3f ms", nanos / 1e6);
    }

    /** The bars charted now. */
    public int bars() {
        return bars.size();
    }

    /** The chart's rows × phases as text, e.g. for tests: {@code row|phase|fromNs|toNs}. */
    public List<String> barText() {
        return bars.stream().map(b -> b.row() + "|" + b.phase() + "|" + b.fromNanos() + "|" + b.toNanos()).toList();
    }

    /** The chart shown, or null. */
    public org.jfree.chart.JFreeChart chart() {
        return chart.chart();
    }

    /** Exports the chart (PNG or SVG by extension). */
    public void export(java.nio.file.Path file) throws java.io.IOException {
        chart.export(file);
    }

    /** The table's shown rows. */
    public int tableRows() {
        return table.shownRows();
    }

    @Override
    public void setFocus() {
        table.viewer().getControl().setFocus();
    }
}
