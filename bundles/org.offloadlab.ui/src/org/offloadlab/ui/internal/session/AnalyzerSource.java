package org.offloadlab.ui.internal.session;

import java.time.Duration;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.offloadlab.analysis.CaptureAnalyzer;
import org.offloadlab.ui.internal.UiIds;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The {@link CaptureAnalyzer} from the OSGi service registry (a Declarative Services component of the analysis bundle).
 * Jobs wait briefly for it, since DS may still be activating it just after start-up.
 */
public final class AnalyzerSource {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final ServiceTracker<CaptureAnalyzer, CaptureAnalyzer> tracker;

    public AnalyzerSource(BundleContext context) {
        tracker = new ServiceTracker<>(context, CaptureAnalyzer.class, null);
        tracker.open();
    }

    /** The analyzer; call from a job, never from the UI thread. */
    public CaptureAnalyzer await() throws CoreException {
        try {
            CaptureAnalyzer analyzer = tracker.waitForService(WAIT.toMillis());
            if (analyzer != null) {
                return analyzer;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new CoreException(new Status(IStatus.ERROR, UiIds.BUNDLE,
                "No capture analyzer is available: the bundle org.offloadlab.analysis is missing or was not started"
                        + " (it is a Declarative Services component, so org.apache.felix.scr must run too)."));
    }

    void close() {
        tracker.close();
    }
}
