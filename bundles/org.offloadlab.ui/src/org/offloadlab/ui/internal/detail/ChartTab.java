package org.offloadlab.ui.internal.detail;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartProgressEvent;
import org.jfree.chart.swt.ChartComposite;

/** One tab of the detail view: a chart, or a message while there is none. */
final class ChartTab {

    private final Composite stack;
    private final StackLayout layout = new StackLayout();
    private final Label message;
    private final Runnable drawnListener;
    private ChartComposite chartComposite;
    private boolean drawn;

    /** {@code drawnListener} hears, on the UI thread, when a newly shown chart has been drawn on screen. */
    ChartTab(CTabFolder folder, ChartKind kind, Runnable drawnListener) {
        this.drawnListener = drawnListener;
        stack = new Composite(folder, SWT.NONE);
        stack.setLayout(layout);
        message = new Label(stack, SWT.CENTER | SWT.WRAP);
        CTabItem item = new CTabItem(folder, SWT.NONE);
        item.setText(kind.label());
        item.setControl(stack);
        showMessage("");
    }

    void showMessage(String text) {
        drawn = false;
        message.setText("\n\n" + text);
        if (chartComposite != null) {
            chartComposite.setChart(null);
        }
        layout.topControl = message;
        stack.layout();
    }

    void showChart(JFreeChart chart) {
        drawn = false;
        // The composite draws the chart when it paints; the chart reports when drawing finished.
        chart.addProgressListener(event -> {
            if (event.getType() == ChartProgressEvent.DRAWING_FINISHED && chart == chart() && !drawn) {
                drawn = true;
                drawnListener.run();
            }
        });
        if (chartComposite == null) {
            chartComposite = createChartComposite(stack, chart);
        } else {
            chartComposite.setChart(chart);
        }
        layout.topControl = chartComposite;
        stack.layout();
    }

    /**
     * The chart composite draws at its real size (no scaling between 200×150 and 4096×4096) with zooming and tooltips.
     * Its own Properties, Save As and Print menu items are off: Save As calls a class JFreeChart 1.5 no longer has
     * (BUILD-FACTS pitfall 11); the view's Export actions replace it.
     */
    private static ChartComposite createChartComposite(Composite parent, JFreeChart chart) {
        return new ChartComposite(parent, SWT.NONE, chart, 680, 420, 200, 150, 4096, 4096, true, false, false, false,
                true, true);
    }

    /** The shown chart, or {@code null}. */
    JFreeChart chart() {
        return layout.topControl == chartComposite && chartComposite != null ? chartComposite.getChart() : null;
    }

    /** True once the shown chart has been drawn on screen; false while there is none. */
    boolean isDrawn() {
        return drawn && chart() != null;
    }

    ChartComposite chartComposite() {
        return chartComposite;
    }
}
