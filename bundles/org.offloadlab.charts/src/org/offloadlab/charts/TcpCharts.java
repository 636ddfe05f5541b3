package org.offloadlab.charts;

import java.awt.BasicStroke;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.renderer.xy.YIntervalRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.offloadlab.analysis.ConnectionSeries;
import org.offloadlab.charts.internal.CappedRangeStepRenderer;
import org.offloadlab.charts.internal.ChartStyle;
import org.offloadlab.charts.internal.Decimator;
import org.offloadlab.charts.internal.Decimator.Intervals;
import org.offloadlab.pcap.Endpoint;

/**
 * Builds the per-connection charts from a {@link ConnectionSeries}. Pure functions of their input, headless-safe (AWT
 * geometry only, no SWT and no display): the UI wraps the result in its own SWT composite, the CLI and reports export
 * it with {@link ChartExport}. Every dataset is decimated to about {@value Decimator#DEFAULT_LIMIT} items so that huge
 * connections still draw quickly; extremes survive (see {@link Decimator}).
 */
public final class TcpCharts {

    private static final double NANOS_PER_SECOND = 1e9;
    /**
     * How far above the data, as a share of the data's sequence span, the time-sequence graph's initial range reaches
     * to show the receive window where it is close to the data.
     */
    static final double WINDOW_HEADROOM = 0.25;

    private TcpCharts() {
    }

    /**
     * The Stevens/tcptrace time-sequence graph of the series' sender: each data segment is a vertical bar from its
     * first to just past its last sequence number at the time it was sent (retransmissions in red), the receiver's
     * cumulative ACK is a green step line, the right edge of the advertised window a yellow step line, SACK blocks
     * purple bars. Time in seconds from the connection's first frame; sequence numbers relative to the ISN. The
     * automatic sequence range fits the data, ACKs and SACK blocks, reaching above them only as far as
     * {@link #sequenceCeiling(ConnectionSeries)} to show the window where it is close; the window line is clipped.
     */
    public static JFreeChart timeSequence(ConnectionSeries series) {
        YIntervalSeries sent = new YIntervalSeries("data", false, true);
        YIntervalSeries resent = new YIntervalSeries("retransmission", false, true);
        splitSegments(series, sent, resent);
        YIntervalSeriesCollection segments = new YIntervalSeriesCollection();
        segments.addSeries(sent);
        segments.addSeries(resent);

        YIntervalSeriesCollection sacks = new YIntervalSeriesCollection();
        sacks.addSeries(intervals("SACK block", seconds(series.sackTimes()), toDouble(series.sackLeft()),
                toDouble(series.sackRight())));

        XYSeriesCollection lines = new XYSeriesCollection();
        double[] ackTimes = seconds(series.ackTimes());
        lines.addSeries(line("ACK", ackTimes, toDouble(series.ackValues())));
        lines.addSeries(line(series.windowScaleKnown() ? "receive window" : "receive window (unscaled)", ackTimes,
                toDouble(series.windowEdge())));

        NumberAxis sequenceAxis = ChartStyle.valueAxis("relative sequence number", false);
        // Zero is no boundary of relative sequence numbers; sticking to it would put the ACK line of a handshake-only
        // series (all values at or below zero) on the plot's top edge.
        sequenceAxis.setAutoRangeStickyZero(false);
        XYPlot plot = new XYPlot(segments, ChartStyle.timeAxis(), sequenceAxis, segmentRenderer());
        plot.setDataset(1, sacks);
        YIntervalRenderer sackRenderer = new YIntervalRenderer();
        sackRenderer.setSeriesPaint(0, ChartStyle.SACK);
        sackRenderer.setSeriesShape(0, ChartStyle.tick());
        plot.setRenderer(1, sackRenderer);
        plot.setDataset(2, lines);
        // The window's right edge is often far above the data; where it is, it must not squash the data into a thin
        // band at the bottom. It is drawn all the same, clipped, and zooming out shows it.
        XYStepRenderer stepRenderer = new CappedRangeStepRenderer(1, sequenceCeiling(series));
        stepRenderer.setSeriesPaint(0, ChartStyle.ACK);
        stepRenderer.setSeriesPaint(1, ChartStyle.WINDOW);
        stepRenderer.setDefaultStroke(new BasicStroke(1.2f));
        stepRenderer.setAutoPopulateSeriesStroke(false);
        plot.setRenderer(2, stepRenderer);
        // Lines first, SACKs over them, segments on top: the data is what the graph is about; and within the
        // segments, retransmissions over the first transmissions they repeat.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);

        return ChartStyle.chart("Time-sequence " + direction(series), plot, subtitle(series), true);
    }

    /**
     * The highest sequence number the time-sequence graph's automatic range reaches for to show the receive window: the
     * top of the data segments, ACKs and SACK blocks plus {@value #WINDOW_HEADROOM} of their span. NaN when there are
     * none of them.
     */
    static double sequenceCeiling(ConnectionSeries s) {
        double low = Math.min(min(s.segmentStart()), Math.min(min(s.ackValues()), min(s.sackLeft())));
        double high = Math.max(max(s.segmentEnd()), Math.max(max(s.ackValues()), max(s.sackRight())));
        return low <= high ? high + WINDOW_HEADROOM * (high - low) : Double.NaN;
    }

    /**
     * Payload throughput of the series' sender in bins of {@code binNanos}, as a step line, plus a centred moving
     * average over several bins. Bits per second, in the unit that suits the peak (bit/s, kbit/s, Mbit/s, Gbit/s).
     */
    public static JFreeChart throughput(ConnectionSeries series, long binNanos) {
        if (binNanos <= 0) {
            throw new IllegalArgumentException("bin must be positive: " + binNanos);
        }
        double[] bytesPerSecond = series.throughput(binNanos);
        double peak = 0;
        for (double v : bytesPerSecond) {
            peak = Math.max(peak, v * 8);
        }
        Unit unit = Unit.of(peak);
        int bins = bytesPerSecond.length;
        double binSeconds = binNanos / NANOS_PER_SECOND;
        // The step line needs one more point than bins, where the last bin ends; the average sits at bin centres.
        double[] edges = new double[bins == 0 ? 0 : bins + 1];
        double[] steps = new double[edges.length];
        double[] centres = new double[bins];
        double[] y = new double[bins];
        for (int i = 0; i < bins; i++) {
            y[i] = bytesPerSecond[i] * 8 / unit.scale;
            edges[i] = i * binSeconds;
            steps[i] = y[i];
            centres[i] = (i + 0.5) * binSeconds;
        }
        if (bins > 0) {
            edges[bins] = bins * binSeconds;
            steps[bins] = y[bins - 1];
        }
        int window = movingAverageBins(bins);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(line("throughput per " + duration(binNanos), edges, steps));
        XYSeriesCollection average = new XYSeriesCollection();
        average.addSeries(line("moving average of " + window + " bins", centres, movingAverage(y, window)));

        XYStepRenderer step = new XYStepRenderer();
        step.setSeriesPaint(0, ChartStyle.DATA);
        XYPlot plot = new XYPlot(data, ChartStyle.timeAxis(), ChartStyle.valueAxis("throughput (" + unit.label + ")",
                true), step);
        XYLineAndShapeRenderer avg = new XYLineAndShapeRenderer(true, false);
        avg.setSeriesPaint(0, ChartStyle.SECONDARY);
        avg.setSeriesStroke(0, new BasicStroke(2f));
        plot.setDataset(1, average);
        plot.setRenderer(1, avg);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return ChartStyle.chart("Throughput " + direction(series), plot, subtitle(series), true);
    }

    /** RTT samples over time (ms), one dot each: from ACKs of data sent once (Karn's rule). */
    public static JFreeChart rtt(ConnectionSeries series) {
        double[] ms = toDouble(series.rttNanos());
        for (int i = 0; i < ms.length; i++) {
            ms[i] /= 1e6;
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(line("RTT sample", seconds(series.rttTimes()), ms));
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, ChartStyle.DATA);
        dots.setSeriesShape(0, ChartStyle.dot(4));
        XYPlot plot = new XYPlot(data, ChartStyle.timeAxis(), ChartStyle.valueAxis("RTT (ms)", true), dots);
        return ChartStyle.chart("Round-trip time " + direction(series), plot,
                subtitle(series) + String.format(Locale.ROOT, " · %d samples", ms.length), false);
    }

    /**
     * The window the receiver advertised (right edge minus ACK, in bytes) at each of its ACKs, as a step line, with the
     * sender's outstanding data at the same moments (highest sequence sent minus ACK) for comparison.
     */
    public static JFreeChart window(ConnectionSeries series) {
        long[] acks = series.ackValues();
        long[] edges = series.windowEdge();
        double[] advertised = new double[acks.length];
        for (int i = 0; i < acks.length; i++) {
            advertised[i] = edges[i] - acks[i];
        }
        double[] times = seconds(series.ackTimes());
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(line(series.windowScaleKnown() ? "advertised window" : "advertised window (unscaled)", times,
                advertised));
        data.addSeries(line("outstanding data", times, outstanding(series)));
        XYStepRenderer step = new XYStepRenderer();
        step.setSeriesPaint(0, ChartStyle.WINDOW);
        step.setSeriesPaint(1, ChartStyle.DATA);
        XYPlot plot = new XYPlot(data, ChartStyle.timeAxis(), ChartStyle.valueAxis("bytes", true), step);
        return ChartStyle.chart("Window " + direction(series), plot, subtitle(series), true);
    }

    /** Moving average window for {@code bins} bins: about a twentieth of them, 3 at least, 50 at most. */
    static int movingAverageBins(int bins) {
        return Math.max(3, Math.min(50, bins / 20));
    }

    /** Centred moving average; near the ends the window shrinks to the bins that exist. */
    static double[] movingAverage(double[] y, int window) {
        double[] prefix = new double[y.length + 1];
        for (int i = 0; i < y.length; i++) {
            prefix[i + 1] = prefix[i] + y[i];
        }
        double[] out = new double[y.length];
        int before = (window - 1) / 2;
        int after = window - 1 - before;
        for (int i = 0; i < y.length; i++) {
            int from = Math.max(0, i - before);
            int to = Math.min(y.length, i + after + 1);
            out[i] = (prefix[to] - prefix[from]) / (to - from);
        }
        return out;
    }

    /** At each ACK: highest sequence number sent up to that moment minus the ACK, never below zero. */
    private static double[] outstanding(ConnectionSeries s) {
        long[] segTimes = s.segmentTimes();
        long[] segEnd = s.segmentEnd();
        long[] ackTimes = s.ackTimes();
        long[] acks = s.ackValues();
        double[] out = new double[ackTimes.length];
        long highest = Long.MIN_VALUE;
        int j = 0;
        for (int i = 0; i < ackTimes.length; i++) {
            while (j < segTimes.length && segTimes[j] <= ackTimes[i]) {
                highest = Math.max(highest, segEnd[j++]);
            }
            out[i] = highest == Long.MIN_VALUE ? 0 : Math.max(0, highest - acks[i]);
        }
        return out;
    }

    private static void splitSegments(ConnectionSeries s, YIntervalSeries sent, YIntervalSeries resent) {
        int n = s.segmentTimes().length;
        int retransmitted = 0;
        for (boolean r : s.segmentRetransmitted()) {
            retransmitted += r ? 1 : 0;
        }
        double[][] first = new double[3][n - retransmitted];
        double[][] again = new double[3][retransmitted];
        for (int i = 0, f = 0, r = 0; i < n; i++) {
            double[][] target = s.segmentRetransmitted()[i] ? again : first;
            int k = s.segmentRetransmitted()[i] ? r++ : f++;
            target[0][k] = s.segmentTimes()[i] / NANOS_PER_SECOND;
            target[1][k] = s.segmentStart()[i];
            target[2][k] = s.segmentEnd()[i];
        }
        fill(sent, Decimator.intervals(first[0], first[1], first[2], Decimator.DEFAULT_LIMIT));
        fill(resent, Decimator.intervals(again[0], again[1], again[2], Decimator.DEFAULT_LIMIT));
    }

    private static YIntervalRenderer segmentRenderer() {
        YIntervalRenderer r = new YIntervalRenderer();
        r.setSeriesPaint(0, ChartStyle.DATA);
        r.setSeriesPaint(1, ChartStyle.RETRANSMISSION);
        r.setSeriesShape(0, ChartStyle.tick());
        r.setSeriesShape(1, ChartStyle.wideTick());
        r.setSeriesStroke(0, new BasicStroke(1f));
        r.setSeriesStroke(1, new BasicStroke(2.5f));
        return r;
    }

    private static YIntervalSeries intervals(String key, double[] x, double[] low, double[] high) {
        YIntervalSeries series = new YIntervalSeries(key, false, true);
        fill(series, Decimator.intervals(x, low, high, Decimator.DEFAULT_LIMIT));
        return series;
    }

    private static void fill(YIntervalSeries series, Intervals intervals) {
        for (int i = 0; i < intervals.size(); i++) {
            series.add(intervals.x()[i], intervals.high()[i], intervals.low()[i], intervals.high()[i]);
        }
    }

    /** An XY series of at most about {@link Decimator#DEFAULT_LIMIT} points, extremes kept. */
    private static XYSeries line(String key, double[] x, double[] y) {
        // Unsorted, duplicates allowed: the data is already in time order, and sorting would cost O(n log n) again.
        XYSeries series = new XYSeries(key, false, true);
        for (int i : Decimator.lineIndices(x, y, Decimator.DEFAULT_LIMIT)) {
            series.add(x[i], y[i], false);
        }
        return series;
    }

    private static double min(long[] values) {
        long min = Long.MAX_VALUE;
        for (long v : values) {
            min = Math.min(min, v);
        }
        return values.length == 0 ? Double.POSITIVE_INFINITY : min;
    }

    private static double max(long[] values) {
        long max = Long.MIN_VALUE;
        for (long v : values) {
            max = Math.max(max, v);
        }
        return values.length == 0 ? Double.NEGATIVE_INFINITY : max;
    }

    private static double[] seconds(long[] nanos) {
        double[] out = new double[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            out[i] = nanos[i] / NANOS_PER_SECOND;
        }
        return out;
    }

    private static double[] toDouble(long[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    /** "10.0.0.1:40100 → 10.0.0.2:80": the series' sender first. */
    private static String direction(ConnectionSeries s) {
        Endpoint sender = s.sender();
        Endpoint receiver = sender.equals(s.connection().a()) ? s.connection().b() : s.connection().a();
        return sender + " → " + receiver;
    }

    private static String subtitle(ConnectionSeries s) {
        String text = "connection #" + s.connection().index();
        return s.windowScaleKnown() ? text : text + " · handshake not captured: window scale unknown";
    }

    /** "1 ms", "250 µs", "2 s": a bin width for a legend. */
    static String duration(long nanos) {
        if (nanos % 1_000_000_000L == 0) {
            return nanos / 1_000_000_000L + " s";
        }
        if (nanos % 1_000_000L == 0) {
            return nanos / 1_000_000L + " ms";
        }
        if (nanos % 1_000L == 0) {
            return nanos / 1_000L + " µs";
        }
        return nanos + " ns";
    }

    /** A bit-rate unit chosen so the peak reads between 1 and 1000. */
    private enum Unit {
        BIT("bit/s", 1), KBIT("kbit/s", 1e3), MBIT("Mbit/s", 1e6), GBIT("Gbit/s", 1e9);

        final String label;
        final double scale;

        Unit(String label, double scale) {
            this.label = label;
            this.scale = scale;
        }

        static Unit of(double peakBitsPerSecond) {
            Unit unit = BIT;
            for (Unit u : values()) {
                if (peakBitsPerSecond >= u.scale) {
                    unit = u;
                }
            }
            return unit;
        }
    }
}
