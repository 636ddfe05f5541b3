package org.offloadlab.cli.internal;

import java.util.function.Supplier;

import org.offloadlab.analysis.CaptureAnalyzer;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Finds the {@link CaptureAnalyzer} service (a DS component of org.offloadlab.analysis) for the command line. The CLI
 * deliberately does not fall back to {@code new TcpCaptureAnalyzer()}: that class is internal to the analysis bundle,
 * and a missing service means a broken installation (no DS runtime) that should be reported, not papered over.
 */
final class AnalyzerLookup implements Supplier<CaptureAnalyzer>, AutoCloseable {

    /** DS activates components asynchronously after their bundle starts; this is ample even on a slow machine. */
    private static final long WAIT_MILLIS = 10_000;

    private final ServiceTracker<CaptureAnalyzer, CaptureAnalyzer> tracker;

    AnalyzerLookup(BundleContext context) {
        this.tracker = new ServiceTracker<>(context, CaptureAnalyzer.class, null);
        tracker.open();
    }

    @Override
    public CaptureAnalyzer get() {
        CaptureAnalyzer analyzer = tracker.getService();
        String startProblem = null;
        if (analyzer == null) {
            startProblem = startProvider();
            try {
                analyzer = tracker.waitForService(WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (analyzer == null) {
            throw new IllegalStateException("no CaptureAnalyzer service after " + WAIT_MILLIS / 1000
                    + " s: is org.apache.felix.scr installed and started, and org.offloadlab.analysis resolved?"
                    + (startProblem == null ? "" : " (starting org.offloadlab.analysis failed: " + startProblem + ")"));
        }
        return analyzer;
    }

    /**
     * DS only looks at started bundles, and a product may leave org.offloadlab.analysis merely resolved: start it
     * (transiently, so the choice is not persisted) because this command needs its service now.
     *
     * @return why starting failed, or null
     */
    private static String startProvider() {
        Bundle provider = FrameworkUtil.getBundle(CaptureAnalyzer.class);
        if (provider == null || provider.getState() == Bundle.ACTIVE || provider.getState() == Bundle.STARTING) {
            return null;
        }
        try {
            provider.start(Bundle.START_TRANSIENT);
            return null;
        } catch (BundleException | IllegalStateException e) {
            return e.getMessage();
        }
    }

    @Override
    public void close() {
        tracker.close();
    }
}
