package org.offloadlab.ui.internal.results;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.offloadlab.charts.XyCharts;

/**
 * Draws a throwaway line chart and Gantt chart into an image on a background job when the first run starts, so the
 * class loading and font set-up of JFreeChart (about half a second, measured: docs/PERFORMANCE.md) happen off the UI
 * thread instead of inside the first live chart's paint.
 */
public final class ChartWarmup {

    private ChartWarmup() {
    }

    /** Schedules the warm-up job. */
    public static void schedule() {
        Job job = Job.create("Preparing charts", monitor -> {
            BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                XyCharts.lines("warm-up", "", "x", "y", false, false, Map.of("s", new double[][]{{0, 0}, {1, 1}}))
                        .draw(g, new Rectangle2D.Double(0, 0, 320, 200));
                TimelineChart.create("warm-up", List.of(new TimelineBars.Bar("r", "p", 0, 1_000_000)))
                        .draw(g, new Rectangle2D.Double(0, 0, 320, 200));
            } finally {
                g.dispose();
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        job.schedule();
    }
}
