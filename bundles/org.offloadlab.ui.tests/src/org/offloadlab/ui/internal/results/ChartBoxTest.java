package org.offloadlab.ui.internal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Map;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offloadlab.charts.XyCharts;
import org.offloadlab.ui.tests.UiWait;

/**
 * Live charts are drawn off the UI thread and shown as a picture; the newest chart wins; the interactive chart takes
 * over when the run's results arrive.
 */
class ChartBoxTest {

    private Display display;
    private Shell shell;
    private ChartBox box;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        Composite parent = new Composite(shell, 0);
        parent.setLayout(new GridLayout(1, false));
        box = new ChartBox(parent, "test");
        shell.setSize(700, 450);
        shell.open();
        UiWait.settle(display, Duration.ofMillis(300));
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    private static JFreeChart chart(String title, double y) {
        return XyCharts.lines(title, "", "x", "y", false, false, Map.of("s", new double[][]{{0, 0}, {1, y}, {2, 0}}));
    }

    @Test
    void pixelsKeepEveryColour() {
        BufferedImage image = new BufferedImage(5, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 2, new Color(200, 30, 7).getRGB());
        image.setRGB(0, 0, Color.WHITE.getRGB());
        ImageData data = ChartBox.pixels(image);
        assertEquals(new RGB(200, 30, 7), data.palette.getRGB(data.getPixel(3, 2)));
        assertEquals(new RGB(255, 255, 255), data.palette.getRGB(data.getPixel(0, 0)));
        assertEquals(new RGB(0, 0, 0), data.palette.getRGB(data.getPixel(4, 3)));
    }

    @Test
    void theNewestLiveChartIsDrawnOffTheUiThreadAndShown() {
        JFreeChart first = chart("first", 1);
        JFreeChart second = chart("second", 5);
        box.showLiveChart(first);
        box.showLiveChart(second); // replaces the first while it waits or is drawn
        assertTrue(box.showingLive());
        assertSame(second, box.chart(), "export takes the newest chart");
        UiWait.until(display, Duration.ofSeconds(30), "a live picture arrives",
                () -> box.liveImage() != null && box.liveRendered() >= 1);
        UiWait.settle(display, Duration.ofMillis(300));
        // only the newest chart's picture may be installed; the first may have been drawn, never shown
        assertEquals(1, box.liveRendered());
        ImageData data = box.liveImage().getImageData();
        assertTrue(data.width >= 200 && data.height >= 120, data.width + "x" + data.height);
        int distinct = (int) java.util.stream.IntStream.range(0, data.width * data.height)
                .map(i -> data.getPixel(i % data.width, i / data.width)).distinct().limit(5).count();
        assertTrue(distinct >= 3, "the picture shows a chart, not a blank area: " + distinct + " colours");

        JFreeChart done = chart("results", 3);
        box.showChart(done);
        assertFalse(box.showingLive());
        assertSame(done, box.chart());
        assertNotNull(box.composite().getChart());
    }
}
