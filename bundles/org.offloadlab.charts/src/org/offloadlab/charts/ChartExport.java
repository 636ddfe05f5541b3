package org.offloadlab.charts;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.graphics2d.svg.SVGGraphics2D;

/**
 * Writes charts to PNG and SVG files. The UI uses these rather than jfreechart-swt's "Save As", which calls
 * {@code ChartUtilities}, a class JFreeChart 1.5 no longer has. A file is written to a temporary file beside it and
 * renamed over it, so a failed or interrupted export never leaves a half-written chart or destroys the previous one.
 */
public final class ChartExport {

    private ChartExport() {
    }

    /** A PNG of {@code width} × {@code height} pixels. */
    public static void png(JFreeChart chart, Path file, int width, int height) throws IOException {
        checkSize(width, height);
        replace(file, tmp -> ChartUtils.saveChartAsPNG(tmp.toFile(), chart, width, height));
    }

    /** A standalone SVG document (UTF-8) of {@code width} × {@code height} user units, vector shapes and text. */
    public static void svg(JFreeChart chart, Path file, int width, int height) throws IOException {
        String text = svg(chart, width, height);
        replace(file, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
    }

    private interface Writing {
        void to(Path tmp) throws IOException;
    }

    private static void replace(Path file, Writing writing) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            writing.to(tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The SVG document as text, e.g. for the clipboard. */
    public static String svg(JFreeChart chart, int width, int height) {
        checkSize(width, height);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        // No DOCTYPE (SVG 2 drops it): parsers would otherwise try to fetch the SVG 1.1 DTD from the network.
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g2.getSVGElement() + "\n";
    }

    private static void checkSize(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("chart size must be positive: " + width + "×" + height);
        }
    }
}
