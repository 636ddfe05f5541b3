package org.offloadlab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XyChartsTest {

    @Test
    void logAxesDropNonPositivePointsAndExport(@TempDir Path dir) throws Exception {
        Map<String, double[][]> s = new LinkedHashMap<>();
        s.put("a", new double[][]{{1, 10}, {10, 100}, {0, 5}});
        s.put("b", new double[][]{{1, 1}, {100, 0}});
        JFreeChart c = XyCharts.lines("t", "sub", "x", "y", true, true, s);
        XYDataset d = c.getXYPlot().getDataset();
        assertEquals(2, d.getSeriesCount());
        assertEquals(2, d.getItemCount(0));
        assertEquals(1, d.getItemCount(1));
        Path png = dir.resolve("c.png");
        ChartExport.png(c, png, 400, 300);
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void pointsMustBePairs() {
        // try/catch rather than assertThrows: this fragment does not import org.junit.jupiter.api.function
        try {
            XyCharts.lines("t", null, "x", "y", false, false, Map.of("a", new double[][]{{1}}));
            fail("a one-element point was accepted");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("pairs"));
        }
    }
}
