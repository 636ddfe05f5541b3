package org.offloadlab.charts.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;

/**
 * The look shared by every OffloadLab chart: white background, light grid, tcptrace colours. Set per chart rather than
 * through JFreeChart's global {@code ChartFactory} theme so that no chart depends on static state.
 */
public final class ChartStyle {

    /** First transmissions of data (tcptrace draws these black). */
    public static final Color DATA = new Color(0x1f, 0x3a, 0x93);
    /** Retransmissions (tcptrace: red). */
    public static final Color RETRANSMISSION = new Color(0xd6, 0x27, 0x28);
    /** The cumulative ACK line (tcptrace: green). */
    public static final Color ACK = new Color(0x2c, 0xa0, 0x2c);
    /** The receive window's right edge (tcptrace: yellow, darker here to stay readable on white). */
    public static final Color WINDOW = new Color(0xe0, 0x9b, 0x00);
    /** SACK blocks (tcptrace: purple). */
    public static final Color SACK = new Color(0x94, 0x3b, 0xc9);
    public static final Color SECONDARY = new Color(0xff, 0x7f, 0x0e);

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);

    private ChartStyle() {
    }

    /** A chart around {@code plot} with the common look and an optional subtitle (null for none). */
    public static JFreeChart chart(String title, XYPlot plot, String subtitle, boolean legend) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.5f));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setNoDataMessage("no data in this direction");
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        if (subtitle != null) {
            chart.addSubtitle(new TextTitle(subtitle, SUBTITLE));
        }
        return chart;
    }

    public static NumberAxis timeAxis() {
        NumberAxis axis = new NumberAxis("time (s)");
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    public static NumberAxis valueAxis(String label, boolean includeZero) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(includeZero);
        return axis;
    }

    /** The end cap of a segment bar: a short horizontal tick, as tcptrace draws it. */
    public static Shape tick() {
        return new Rectangle2D.Double(-2.5, -0.5, 5, 1);
    }

    /** The end cap of a retransmitted segment: wider and bolder, so a single segment stands out at any zoom. */
    public static Shape wideTick() {
        return new Rectangle2D.Double(-5, -1.5, 10, 3);
    }

    public static Shape dot(double diameter) {
        return new Ellipse2D.Double(-diameter / 2, -diameter / 2, diameter, diameter);
    }

    public static Paint translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
