package org.offloadlab.replay;

import java.io.IOException;
import java.nio.file.Path;

import org.offloadlab.analysis.CaptureAnalyzer;
import org.offloadlab.analysis.ProgressMonitor;
import org.offloadlab.replay.internal.ReplayService;

/**
 * The pcap replay source, published as an OSGi service; the workbench and the CLI use the same one. Stateless between
 * calls.
 */
public interface ReplaySource {

    /** A replay source riding on {@code analyzer}, for use without OSGi; inside OSGi prefer the service. */
    static ReplaySource create(CaptureAnalyzer analyzer) {
        return new ReplayService(analyzer);
    }

    /**
     * Monitor mode: streams the capture once; for every connection, the adapter on the selected side watches both
     * directions like a tap and tracks the offload state it would hold, without reacting. Damage in the capture ends
     * the replay and is reported in {@link MonitorResult#analysis()}; everything before it is kept.
     *
     * @throws IOException
     *             when the file cannot be opened or read at all
     * @throws IllegalArgumentException
     *             when the BPF filter does not compile or the options are inconsistent (message says why)
     */
    MonitorResult monitor(Path capture, ReplayOptions options, ProgressMonitor monitor) throws IOException;
}
