package org.offloadlab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.offloadlab.analysis.ConnectionSeries;

/**
 * The time-sequence graph's initial sequence range fits the data segments, the ACK line and the SACK blocks; the
 * receive window only widens it where it is close to them.
 */
class TimeSequenceRangeTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void aWindowFiftyTimesTheDataRangeAboveItDoesNotSquashTheData() {
        ConnectionSeries bulk = SampleSeries.bulk(1000, 7);
        double span = dataMax(bulk) - dataMin(bulk);
        ConnectionSeries series = SampleSeries.withWindowEdge(bulk,
                Arrays.stream(bulk.ackValues()).map(ack -> ack + 50 * (long) span).toArray());

        XYPlot plot = TcpCharts.timeSequence(series).getXYPlot();
        ValueAxis axis = plot.getRangeAxis();

        double windowMax = LongStream.of(series.windowEdge()).max().orElseThrow();
        assertTrue(axis.getUpperBound() > dataMax(series), "the data's top is in view: " + axis.getRange());
        assertTrue(axis.getUpperBound() < windowMax / 10, "far below the window's top " + windowMax + ": "
                + axis.getRange());
        assertTrue(axis.getUpperBound() < dataMax(series) + TcpCharts.WINDOW_HEADROOM * span,
                "no more than the headroom: " + axis.getRange());
        assertTrue(axis.getLowerBound() <= dataMin(series), "the data's bottom is in view: " + axis.getRange());
        assertTrue(axis.isAutoRange(), "Reset Zoom returns to this range");
        assertEquals(series.ackValues().length, plot.getDataset(2).getItemCount(1), "the window is still drawn");
    }

    @Test
    void aWindowCloseToTheDataIsInView() {
        // The sample's window edge is at most 64 KiB above the ACK, a few percent of the 1.4 MB transferred.
        ConnectionSeries series = SampleSeries.bulk(1000, 8);

        ValueAxis axis = TcpCharts.timeSequence(series).getXYPlot().getRangeAxis();

        double windowMax = LongStream.of(series.windowEdge()).max().orElseThrow();
        assertTrue(windowMax > dataMax(series));
        assertTrue(axis.getUpperBound() >= windowMax, axis.getRange() + " shows the window's top " + windowMax);
    }

    @Test
    void whereTheWindowLeavesTheHeadroomItIsClipped() {
        ConnectionSeries bulk = SampleSeries.bulk(1000, 9);
        long[] acks = bulk.ackValues();
        long far = 100 * (long) dataMax(bulk);
        // Close to the data for the first half of the transfer, then a huge window.
        long[] edges = new long[acks.length];
        for (int i = 0; i < acks.length; i++) {
            edges[i] = i < acks.length / 2 ? acks[i] + 65_536 : acks[i] + far;
        }

        ValueAxis axis = TcpCharts.timeSequence(SampleSeries.withWindowEdge(bulk, edges)).getXYPlot().getRangeAxis();

        assertTrue(axis.getUpperBound() >= edges[acks.length / 2 - 1], "the close part is in view: " + axis.getRange());
        assertTrue(axis.getUpperBound() < far, axis.getRange().toString());
    }

    @Test
    void decimatedSeriesFitTheirData() {
        ConnectionSeries bulk = SampleSeries.bulk(300_000, 10);
        double span = dataMax(bulk) - dataMin(bulk);
        ConnectionSeries series = SampleSeries.withWindowEdge(bulk,
                Arrays.stream(bulk.ackValues()).map(ack -> ack + 50 * (long) span).toArray());

        ValueAxis axis = TcpCharts.timeSequence(series).getXYPlot().getRangeAxis();

        assertTrue(axis.getUpperBound() > dataMax(series), axis.getRange().toString());
        assertTrue(axis.getUpperBound() < dataMax(series) + TcpCharts.WINDOW_HEADROOM * span,
                axis.getRange().toString());
    }

    @Test
    void aSingleSegmentGetsARangeAroundIt() {
        ValueAxis axis = TcpCharts.timeSequence(SampleSeries.singleSegment()).getXYPlot().getRangeAxis();

        assertTrue(axis.getLowerBound() <= 0 && axis.getUpperBound() > 1448, axis.getRange().toString());
        assertTrue(axis.getUpperBound() < 2 * 1448, axis.getRange().toString());
    }

    @Test
    void aHandshakeOnlySeriesShowsItsAckLineInsideThePlot() {
        ValueAxis axis = TcpCharts.timeSequence(SampleSeries.handshakeOnly()).getXYPlot().getRangeAxis();

        assertTrue(axis.getLowerBound() < -1 && axis.getUpperBound() > 0, axis.getRange().toString());
        assertTrue(axis.getUpperBound() < 1, "the window 64 KiB above does not squash it: " + axis.getRange());
    }

    @Test
    void anEmptySeriesHasAFiniteRange() {
        ValueAxis axis = TcpCharts.timeSequence(SampleSeries.empty()).getXYPlot().getRangeAxis();

        assertTrue(Double.isFinite(axis.getLowerBound()) && Double.isFinite(axis.getUpperBound())
                && axis.getRange().getLength() > 0, axis.getRange().toString());
        assertTrue(Double.isNaN(TcpCharts.sequenceCeiling(SampleSeries.empty())));
    }

    private static double dataMin(ConnectionSeries s) {
        return Stream.of(s.segmentStart(), s.ackValues(), s.sackLeft()).flatMapToLong(LongStream::of).min()
                .orElseThrow();
    }

    private static double dataMax(ConnectionSeries s) {
        return Stream.of(s.segmentEnd(), s.ackValues(), s.sackRight()).flatMapToLong(LongStream::of).max()
                .orElseThrow();
    }
}
