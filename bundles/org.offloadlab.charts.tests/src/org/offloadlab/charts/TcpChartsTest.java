package org.offloadlab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offloadlab.analysis.ConnectionSeries;
import org.offloadlab.charts.internal.Decimator;
import org.w3c.dom.Document;

class TcpChartsTest {

    private static final List<Function<ConnectionSeries, JFreeChart>> ALL_CHARTS = List.of(TcpCharts::timeSequence,
            s -> TcpCharts.throughput(s, 1_000_000), TcpCharts::rtt, TcpCharts::window);

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        // Charts must render on build servers without a display; set before AWT initialises.
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void timeSequenceSeparatesRetransmissionsAndHasAckWindowAndSackLayers() {
        ConnectionSeries series = SampleSeries.bulk(1000, 1);
        XYPlot plot = TcpCharts.timeSequence(series).getXYPlot();

        XYDataset segments = plot.getDataset(0);
        assertEquals(2, segments.getSeriesCount());
        assertEquals(1000, segments.getItemCount(0));
        assertEquals(20, segments.getItemCount(1), "retransmissions drawn on their own");
        assertEquals(20, plot.getDataset(1).getItemCount(0), "SACK blocks");
        XYDataset lines = plot.getDataset(2);
        assertEquals("ACK", lines.getSeriesKey(0));
        assertEquals(500, lines.getItemCount(0));
        assertEquals(500, lines.getItemCount(1));
        assertTrue(plot.getRenderer(0).getSeriesPaint(1) != plot.getRenderer(0).getSeriesPaint(0));
        assertEquals("time (s)", plot.getDomainAxis().getLabel());
        assertEquals("relative sequence number", plot.getRangeAxis().getLabel());
    }

    @Test
    void hugeSeriesAreDecimatedKeepingTheTopOfTheSequenceSpace() {
        ConnectionSeries series = SampleSeries.bulk(300_000, 2);
        long begin = System.nanoTime();
        XYPlot plot = TcpCharts.timeSequence(series).getXYPlot();
        long millis = (System.nanoTime() - begin) / 1_000_000;

        for (int d = 0; d < plot.getDatasetCount(); d++) {
            for (int s = 0; s < plot.getDataset(d).getSeriesCount(); s++) {
                assertTrue(plot.getDataset(d).getItemCount(s) <= Decimator.DEFAULT_LIMIT);
            }
        }
        long lastEnd = series.segmentEnd()[series.segmentEnd().length - 1];
        IntervalXYDataset segments = (IntervalXYDataset) plot.getDataset(0);
        double top = 0;
        for (int i = 0; i < segments.getItemCount(0); i++) {
            top = Math.max(top, segments.getEndYValue(0, i));
        }
        assertEquals(lastEnd, top, "the highest segment survives decimation");
        assertTrue(millis < 10_000, "building took " + millis + " ms");
    }

    @Test
    void throughputIsInBitsPerSecondWithAMovingAverage() {
        ConnectionSeries series = SampleSeries.bulk(10_000, 3);
        XYPlot plot = TcpCharts.throughput(series, 10_000_000).getXYPlot();

        // 1448 B every 100 µs ≈ 115.8 Mbit/s, plus 2 % retransmissions.
        assertEquals("throughput (Mbit/s)", plot.getRangeAxis().getLabel());
        XYDataset bins = plot.getDataset(0);
        double middle = bins.getYValue(0, bins.getItemCount(0) / 2);
        assertEquals(118, middle, 6);
        assertEquals(bins.getItemCount(0), plot.getDataset(1).getItemCount(0) + 1,
                "a step line ends with the last bin");
        assertTrue(String.valueOf(plot.getDataset(1).getSeriesKey(0)).startsWith("moving average"));
    }

    @Test
    void movingAverageIsCentredAndShrinksAtTheEnds() {
        double[] avg = TcpCharts.movingAverage(new double[]{0, 0, 3, 0, 0}, 3);
        assertEquals(List.of(0.0, 1.0, 1.0, 1.0, 0.0), List.of(avg[0], avg[1], avg[2], avg[3], avg[4]));
        assertEquals(3, TcpCharts.movingAverageBins(10));
        assertEquals(50, TcpCharts.movingAverageBins(100_000));
        assertEquals("10 ms", TcpCharts.duration(10_000_000));
        assertEquals("250 µs", TcpCharts.duration(250_000));
    }

    @Test
    void rttAndWindowChartsPlotTheSamples() {
        ConnectionSeries series = SampleSeries.bulk(1000, 4);
        XYDataset rtt = TcpCharts.rtt(series).getXYPlot().getDataset();
        assertEquals(series.rttNanos().length, rtt.getItemCount(0));
        assertEquals(series.rttNanos()[0] / 1e6, rtt.getYValue(0, 0), 1e-9);

        XYDataset window = TcpCharts.window(series).getXYPlot().getDataset();
        assertEquals(series.windowEdge()[3] - series.ackValues()[3], window.getYValue(0, 3), 1e-9);
        assertTrue(window.getYValue(1, 10) >= 0, "outstanding data");
    }

    @Test
    void everyChartExportsAsPngOfTheAskedSizeWithContent() throws IOException {
        ConnectionSeries series = SampleSeries.bulk(2000, 5);
        int i = 0;
        for (Function<ConnectionSeries, JFreeChart> chart : ALL_CHARTS) {
            Path png = dir.resolve("chart" + i++ + ".png");
            ChartExport.png(chart.apply(series), png, 640, 400);
            assertPng(png, 640, 400);
        }
    }

    @Test
    void emptySeriesStillRender() throws IOException {
        for (Function<ConnectionSeries, JFreeChart> chart : ALL_CHARTS) {
            Path png = dir.resolve("empty.png");
            ChartExport.png(chart.apply(SampleSeries.empty()), png, 300, 200);
            assertPng(png, 300, 200);
        }
    }

    @Test
    void svgIsWellFormedXmlWithPaths() throws Exception {
        Path svg = dir.resolve("timeseq.svg");
        ChartExport.svg(TcpCharts.timeSequence(SampleSeries.bulk(500, 6)), svg, 800, 500);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc;
        try (InputStream in = Files.newInputStream(svg)) {
            doc = factory.newDocumentBuilder().parse(in);
        }
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals("800", doc.getDocumentElement().getAttribute("width"));
        assertTrue(doc.getElementsByTagNameNS("*", "path").getLength() > 100);
        assertTrue(Files.readString(svg).contains("Time-sequence"));
    }

    @Test
    void badSizesAreRejected() {
        JFreeChart chart = TcpCharts.rtt(SampleSeries.empty());
        try {
            ChartExport.png(chart, dir.resolve("x.png"), 0, 10);
            throw new AssertionError("accepted a zero width");
        } catch (IllegalArgumentException | IOException expected) {
            assertFalse(Files.exists(dir.resolve("x.png")));
        }
    }

    private static void assertPng(Path file, int width, int height) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N'
                && bytes[3] == 'G', "PNG signature");
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        int first = image.getRGB(0, 0);
        int different = 0;
        for (int y = 0; y < height; y += 3) {
            for (int x = 0; x < width; x += 3) {
                different += image.getRGB(x, y) != first ? 1 : 0;
            }
        }
        assertTrue(different > 100, "image is nearly uniform: " + different + " differing samples");
    }
}
