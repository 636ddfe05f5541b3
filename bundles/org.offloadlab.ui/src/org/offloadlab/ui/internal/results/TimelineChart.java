package org.offloadlab.ui.internal.results;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * A Gantt-style chart on a numeric time axis: one row per adapter or connection, one colour per phase. JFreeChart's own
 * Gantt chart wants dates; intervals on an XY plot keep virtual milliseconds exact and zoom like any XY chart.
 */
final class TimelineChart {

    private static final Color[] PALETTE = {new Color(0xd6, 0x27, 0x28), new Color(0xff, 0x7f, 0x0e),
            new Color(0x1f, 0x77, 0xb4), new Color(0x2c, 0xa0, 0x2c), new Color(0x94, 0x67, 0xbd),
            new Color(0x7f, 0x7f, 0x7f)};

    private TimelineChart() {
    }

    static JFreeChart create(String title, List<TimelineBars.Bar> bars) {
        List<String> rows = new ArrayList<>();
        Map<String, XYIntervalSeries> phases = new LinkedHashMap<>();
        for (TimelineBars.Bar b : bars) {
            if (!rows.contains(b.row())) {
                rows.add(b.row());
            }
            phases.computeIfAbsent(b.phase(), XYIntervalSeries::new);
        }
        for (TimelineBars.Bar b : bars) {
            int y = rows.indexOf(b.row());
            double from = b.fromNanos() / 1e6;
            double to = Math.max(b.toNanos() / 1e6, from + 1e-3); // a zero-length phase stays visible
            phases.get(b.phase()).add(from, from, to, y, y - 0.35, y + 0.35);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        phases.values().forEach(data::addSeries);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setUseYInterval(true);
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setDrawBarOutline(true);
        for (int i = 0; i < phases.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesOutlinePaint(i, Color.DARK_GRAY);
            renderer.setSeriesOutlineStroke(i, new BasicStroke(0.5f));
        }
        NumberAxis time = new NumberAxis("virtual time (ms)");
        time.setAutoRangeIncludesZero(false);
        SymbolAxis rowAxis = new SymbolAxis(null, rows.toArray(String[]::new));
        rowAxis.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(data, time, rowAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
