package org.offloadlab.ui.internal.results;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.swt.ChartComposite;
import org.offloadlab.charts.ChartExport;

/**
 * A chart (zoom by dragging, reset with the composite's own menu) with PNG… and SVG… export through the project's
 * {@link ChartExport}, or a message while there is nothing to chart.
 */
final class ChartBox {

    private static final int MARKERS_UP_TO = 100;

    private final Composite stack;
    private final StackLayout layout = new StackLayout();
    private final Label message;
    private final ChartComposite composite;
    private final String fileStem;

    ChartBox(Composite parent, String fileStem) {
        this.fileStem = fileStem;
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        GridLayout grid = new GridLayout(1, false);
        grid.marginWidth = 0;
        grid.marginHeight = 0;
        box.setLayout(grid);
        Composite buttons = new Composite(box, SWT.NONE);
        buttons.setLayout(new RowLayout());
        button(buttons, "PNG…", "png");
        button(buttons, "SVG…", "svg");
        stack = new Composite(box, SWT.NONE);
        stack.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        stack.setLayout(layout);
        message = new Label(stack, SWT.WRAP);
        // real-size drawing, zoom and tooltips; its Save As would call a class JFreeChart 1.5 lacks (BUILD-FACTS 11)
        composite = new ChartComposite(stack, SWT.NONE, null, 600, 300, 200, 120, 4096, 4096, true, false, false,
                false, true, true);
        showMessage("");
    }

    private void button(Composite parent, String text, String extension) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText("Export the chart as " + extension.toUpperCase());
        b.addListener(SWT.Selection, e -> askAndExport(extension));
    }

    void showMessage(String text) {
        message.setText("\n" + text);
        composite.setChart(null);
        layout.topControl = message;
        stack.layout();
    }

    /**
     * Shows {@code chart}. Point markers are dropped on long series: drawn through SWTGraphics2D on the UI thread,
     * thousands of markers cost more than the lines (measured, docs/PERFORMANCE.md).
     */
    void showChart(JFreeChart chart) {
        if (chart.getPlot() instanceof XYPlot plot && plot.getRenderer() instanceof XYLineAndShapeRenderer r
                && plot.getDataset() != null && plot.getDataset().getSeriesCount() > 0
                && plot.getDataset().getItemCount(0) > MARKERS_UP_TO) {
            r.setDefaultShapesVisible(false);
            for (int i = 0; i < plot.getDataset().getSeriesCount(); i++) {
                r.setSeriesShapesVisible(i, false);
            }
        }
        composite.setChart(chart);
        layout.topControl = composite;
        stack.layout();
    }

    /** The chart shown, or null. */
    JFreeChart chart() {
        return layout.topControl == composite ? composite.getChart() : null;
    }

    ChartComposite composite() {
        return composite;
    }

    private void askAndExport(String extension) {
        if (chart() == null) {
            return;
        }
        FileDialog dialog = new FileDialog(stack.getShell(), SWT.SAVE);
        dialog.setFileName(fileStem + "." + extension);
        dialog.setFilterExtensions(new String[]{"*." + extension});
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                export(Path.of(chosen));
            } catch (IOException e) {
                MessageDialog.openError(stack.getShell(), "Export", "Cannot write " + chosen + ": " + e.getMessage());
            }
        }
    }

    /** Writes the chart as PNG or SVG (by the file's extension) at the size it has on screen. */
    void export(Path file) throws IOException {
        JFreeChart chart = chart();
        if (chart == null) {
            throw new IOException("there is no chart to export");
        }
        Point size = stack.getSize();
        int w = Math.max(640, size.x);
        int h = Math.max(360, size.y);
        if (file.getFileName().toString().endsWith(".svg")) {
            ChartExport.svg(chart, file, w, h);
        } else {
            ChartExport.png(chart, file, w, h);
        }
    }
}
