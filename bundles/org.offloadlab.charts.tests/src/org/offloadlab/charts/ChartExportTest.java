package org.offloadlab.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chart export replaces its file whole or not at all. */
class ChartExportTest {

    /** A plot whose drawing fails half-way, as an out-of-memory or a bad series would. */
    private static JFreeChart failing() {
        return new JFreeChart(new XYPlot() {
            private static final long serialVersionUID = 1L;

            @Override
            public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState,
                    PlotRenderingInfo info) {
                throw new IllegalStateException("drawing failed");
            }
        });
    }

    @Test
    void aFailedExportKeepsThePreviousFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        for (String name : List.of("chart.png", "chart.svg")) {
            Path file = dir.resolve(name);
            Files.write(file, new byte[]{1, 2, 3});
            assertThrows(IllegalStateException.class, () -> {
                if (name.endsWith(".png")) {
                    ChartExport.png(failing(), file, 200, 100);
                } else {
                    ChartExport.svg(failing(), file, 200, 100);
                }
            });
            assertArrayEquals(new byte[]{1, 2, 3}, Files.readAllBytes(file), name + " kept");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left");
        }
    }

    @Test
    void aSuccessfulExportReplacesTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("chart.png");
        Files.write(file, new byte[]{1, 2, 3});
        ChartExport.png(XyCharts.lines("t", "", "x", "y", false, false,
                java.util.Map.of("s", new double[][]{{0, 0}, {1, 1}})), file, 200, 100);
        byte[] png = Files.readAllBytes(file);
        assertTrue(png.length > 100 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G');
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }
}
