package org.offloadlab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.offloadlab.charts.internal.ChartStyle;

/** A generic line chart of named (x, y) series, for experiment results such as cost against rate. */
public final class XyCharts {

    private static final Color[] PALETTE = {new Color(0x1f, 0x77, 0xb4), new Color(0xff, 0x7f, 0x0e),
            new Color(0x2c, 0xa0, 0x2c), new Color(0xd6, 0x27, 0x28), new Color(0x94, 0x67, 0xbd),
            new Color(0x8c, 0x56, 0x4b), new Color(0xe3, 0x77, 0xc2), new Color(0x7f, 0x7f, 0x7f)};

    private XyCharts() {
    }

    /**
     * Lines with point markers, one per series (in the map's iteration order); each series is an array of {x, y} pairs.
     * Logarithmic axes need positive values.
     */
    public static JFreeChart lines(String title, String subtitle, String xLabel, String yLabel, boolean logX,
            boolean logY, Map<String, double[][]> series) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Map.Entry<String, double[][]> e : series.entrySet()) {
            XYSeries s = new XYSeries(e.getKey(), false, true);
            for (double[] p : e.getValue()) {
                if (p.length != 2) {
                    throw new IllegalArgumentException("series " + e.getKey() + ": points must be {x, y} pairs");
                }
                if ((!logX || p[0] > 0) && (!logY || p[1] > 0)) {
                    s.add(p[0], p[1]);
                }
            }
            data.addSeries(s);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(1.6f));
            renderer.setSeriesShape(i, ChartStyle.dot(6));
        }
        XYPlot plot = new XYPlot(data, axis(xLabel, logX), axis(yLabel, logY), renderer);
        return ChartStyle.chart(title, plot, subtitle, true);
    }

    private static ValueAxis axis(String label, boolean log) {
        if (log) {
            LogAxis a = new LogAxis(label);
            a.setSmallestValue(1e-9);
            a.setBase(10);
            a.setNumberFormatOverride(new DecimalFormat("#,##0.###")); // 1,000 rather than 10^3.0
            return a;
        }
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(true);
        return a;
    }
}
