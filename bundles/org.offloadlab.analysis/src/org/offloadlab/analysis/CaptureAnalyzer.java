package org.offloadlab.analysis;

import java.io.IOException;
import java.nio.file.Path;

import org.offloadlab.analysis.internal.TcpCaptureAnalyzer;
import org.offloadlab.pcap.Endpoint;

/**
 * Passive reconstruction of TCP connections from a capture, streaming: memory grows with the number of connections,
 * never with the number of frames. Implementations are stateless between calls and safe to share.
 */
public interface CaptureAnalyzer {

    /**
     * A new analyzer, for use without OSGi (plain Java callers, the experiment runner as a library, tests). Inside OSGi
     * prefer the service.
     */
    static CaptureAnalyzer create() {
        return new TcpCaptureAnalyzer();
    }

    /**
     * Reads the whole capture and summarises every TCP connection. Damage does not throw: it ends reading, is reported
     * in {@link AnalysisResult#problems()}, and everything before it is analysed.
     *
     * @throws IOException
     *             when the file cannot be opened or read at all (missing, unreadable)
     * @throws IllegalArgumentException
     *             when the BPF filter does not compile (message says why)
     */
    default AnalysisResult analyze(Path capture, AnalysisOptions options, ProgressMonitor monitor) throws IOException {
        return analyze(capture, options, monitor, null);
    }

    /**
     * As {@link #analyze(Path, AnalysisOptions, ProgressMonitor)}, and tells {@code listener} (unless {@code null})
     * about every TCP segment in capture order with the connection it belongs to.
     */
    AnalysisResult analyze(Path capture, AnalysisOptions options, ProgressMonitor monitor, PacketListener listener)
            throws IOException;

    /**
     * Re-reads the capture for one connection and returns its chart series for data sent by {@code sender}. Reads only
     * the frames between the connection's first and last frame.
     */
    ConnectionSeries series(Path capture, ConnectionSummary connection, Endpoint sender, ProgressMonitor monitor)
            throws IOException;
}
