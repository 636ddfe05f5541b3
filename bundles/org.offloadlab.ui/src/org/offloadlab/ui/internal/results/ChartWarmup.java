package org.offloadlab.ui.internal.results;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.offloadlab.charts.XyCharts;

/**
 * Draws a throwaway line chart and Gantt chart into an image on a background job when the workbench starts, so the
 * class loading and font set-up of JFreeChart (about half a second, measured: docs/PERFORMANCE.md) happen off the UI
 * thread instead of inside the first live chart's paint. The SWT bridge's {@code SWTUtils} is initialised here too: its
 * static initialiser creates a Swing panel, which brings up AWT's X11 toolkit and Swing's look and feel — 100–200 ms
 * that a UI-thread sampler caught in the first chart paint of a cold workbench.
 */
public final class ChartWarmup {

    /** The warm-up job's family (for {@code IJobManager.join}). */
    public static final Object FAMILY = ChartWarmup.class;

    private ChartWarmup() {
    }

    /** Schedules the warm-up job (the workbench advisor does, once, at start-up). */
    public static void schedule() {
        Job job = new Job("Preparing charts") {
            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }

            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return warmUp();
            }
        };
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        job.schedule();
    }

    private static IStatus warmUp() {
        try {
            Class.forName("org.jfree.swt.SWTUtils", true, ChartWarmup.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // then the first chart paint pays for it, as before
        }
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
    }
}
