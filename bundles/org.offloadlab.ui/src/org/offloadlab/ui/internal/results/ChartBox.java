package org.offloadlab.ui.internal.results;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
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
 * {@link ChartExport}, or a message while there is nothing to chart. While a run is going, charts are shown
 * {@linkplain #showLiveChart live}: drawn into an image on a background job and only copied to the screen on the UI
 * thread, because drawing a chart through SWTGraphics2D takes 30–100 ms of the UI thread on a loaded 2-core machine (a
 * UI-thread sampler found nothing else in the stalls left after warm-up: docs/PERFORMANCE.md).
 */
final class ChartBox {

    private static final int MARKERS_UP_TO = 100;

    private final Composite stack;
    private final StackLayout layout = new StackLayout();
    private final Label message;
    private final ChartComposite composite;
    private final Canvas live;
    private final String fileStem;
    private final LiveRender render = new LiveRender();
    /** The live chart's last picture (UI thread); null until the first one arrives. */
    private Image liveImage;
    /** The chart of the picture shown or being drawn (for export); UI thread. */
    private JFreeChart liveChart;
    private int liveRendered;

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
        live = new Canvas(stack, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED);
        live.addListener(SWT.Paint, e -> {
            Point size = live.getSize();
            e.gc.setBackground(live.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            if (liveImage == null) {
                e.gc.fillRectangle(0, 0, size.x, size.y);
                return;
            }
            org.eclipse.swt.graphics.Rectangle b = liveImage.getBounds();
            e.gc.drawImage(liveImage, 0, 0);
            e.gc.fillRectangle(b.width, 0, Math.max(0, size.x - b.width), size.y);
            e.gc.fillRectangle(0, b.height, b.width, Math.max(0, size.y - b.height));
        });
        live.addListener(SWT.Dispose, e -> {
            render.cancel();
            if (liveImage != null) {
                liveImage.dispose();
            }
        });
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
        liveChart = null;
        render.pending.set(null);
        composite.setChart(null);
        layout.topControl = message;
        stack.layout();
    }

    /**
     * Shows {@code chart}. Point markers are dropped on long series: drawn through SWTGraphics2D on the UI thread,
     * thousands of markers cost more than the lines (measured, docs/PERFORMANCE.md).
     */
    void showChart(JFreeChart chart) {
        prepare(chart);
        liveChart = null;
        render.pending.set(null);
        composite.setChart(chart);
        layout.topControl = composite;
        stack.layout();
    }

    /** {@link #showLiveChart} while a run is {@code active}, else {@link #showChart}. */
    void show(JFreeChart chart, boolean active) {
        if (active) {
            showLiveChart(chart);
        } else {
            showChart(chart);
        }
    }

    /**
     * Shows {@code chart} while a run is going: drawn on a background job at the box's current size, then shown as a
     * picture (no zoom or tooltips until the run ends and the views show its results with {@link #showChart}). A newer
     * chart replaces one still waiting to be drawn. UI thread.
     */
    void showLiveChart(JFreeChart chart) {
        prepare(chart);
        liveChart = chart;
        composite.setChart(null);
        if (layout.topControl != live) {
            layout.topControl = live;
            stack.layout();
        }
        Point size = live.getSize();
        render.pending.set(new LiveRequest(chart, Math.max(200, size.x), Math.max(120, size.y)));
        render.schedule();
    }

    private static void prepare(JFreeChart chart) {
        if (chart.getPlot() instanceof XYPlot plot && plot.getRenderer() instanceof XYLineAndShapeRenderer r) {
            // one path per series: segment by segment, SWTGraphics2D builds and strokes a native path per data item
            r.setDrawSeriesLineAsPath(true);
            if (plot.getDataset() != null && plot.getDataset().getSeriesCount() > 0
                    && plot.getDataset().getItemCount(0) > MARKERS_UP_TO) {
                r.setDefaultShapesVisible(false);
                for (int i = 0; i < plot.getDataset().getSeriesCount(); i++) {
                    r.setSeriesShapesVisible(i, false);
                }
            }
        }
    }

    /** Live pictures shown so far (for tests). */
    int liveRendered() {
        return liveRendered;
    }

    /** The live chart's picture now, or null (for tests). */
    Image liveImage() {
        return liveImage;
    }

    /** Whether the live picture (not the interactive chart) is on top. */
    boolean showingLive() {
        return layout.topControl == live;
    }

    private void installLive(LiveRequest request, ImageData data) {
        if (live.isDisposed() || request.chart() != liveChart) {
            return; // replaced meanwhile, or the view closed
        }
        Image old = liveImage;
        liveImage = new Image(live.getDisplay(), data);
        if (old != null) {
            old.dispose();
        }
        liveRendered++;
        live.redraw();
    }

    private record LiveRequest(JFreeChart chart, int width, int height) {
    }

    /** Draws the newest pending live chart with Java2D (thread-safe, unlike SWT) and hands the pixels to the UI. */
    private final class LiveRender extends Job {
        final AtomicReference<LiveRequest> pending = new AtomicReference<>();

        LiveRender() {
            super("Drawing live chart");
            setSystem(true);
            setPriority(Job.INTERACTIVE);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            LiveRequest request = pending.getAndSet(null);
            if (request == null || monitor.isCanceled()) {
                return Status.OK_STATUS;
            }
            BufferedImage image;
            // export may draw the same chart on the UI thread
            synchronized (request.chart()) {
                image = request.chart().createBufferedImage(request.width(), request.height(),
                        BufferedImage.TYPE_INT_RGB, null);
            }
            ImageData data = pixels(image);
            if (!live.isDisposed()) {
                live.getDisplay().asyncExec(() -> installLive(request, data));
            }
            return Status.OK_STATUS;
        }
    }

    /** An RGB Java2D image as SWT image data: a copy of the pixel ints, no per-pixel colour lookup. */
    static ImageData pixels(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        ImageData data = new ImageData(w, h, 32, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        for (int y = 0; y < h; y++) {
            data.setPixels(0, y, w, rgb, y * w);
        }
        return data;
    }

    /** The chart shown (interactive or live), or null. */
    JFreeChart chart() {
        return layout.topControl == composite ? composite.getChart() : layout.topControl == live ? liveChart : null;
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
        synchronized (chart) { // a live chart may be being drawn on the background job
            if (file.getFileName().toString().endsWith(".svg")) {
                ChartExport.svg(chart, file, w, h);
            } else {
                ChartExport.png(chart, file, w, h);
            }
        }
    }
}
