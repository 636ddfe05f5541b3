package org.offloadlab.replay;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.offloadlab.analysis.CaptureAnalyzer;
import org.offloadlab.analysis.ProgressMonitor;
import org.offloadlab.replay.internal.ReplayService;
import org.offloadlab.sim.LinkConfig;
import org.offloadlab.tcp.TcpConfig;

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

    /**
     * Conformance mode: for every connection with a captured handshake, the adapter's TCP engine (Linux profile, with
     * the options and MSS the real side offered) plays the selected side; the other side's segments are injected at
     * their capture times, with acknowledgment, SACK and timestamp-echo fields translated into the engine's sequence
     * and timestamp spaces; the application data the real side sent is written to the engine when the real stack first
     * sent it, and read as soon as it arrives. The engine's segments are then compared with the real stack's.
     *
     * @param engineTuning
     *            adjusts the engine configuration derived for each connection (identity for none; tests use it to plant
     *            a fault)
     */
    /**
     * Trace-driven mode: extracts each connection's application behaviour (open, octets written by each side and when,
     * close) from the capture and re-simulates it with both ends reactive: the selected servers' applications on the
     * host over the emulated offload adapter, the clients on an emulated peer, over a link estimated from the capture
     * (or {@code link} when given). Connections without a captured opening SYN are skipped and counted.
     *
     * @param seed
     *            the simulation seed (link loss)
     */
    TraceResult trace(Path capture, ReplayOptions options, LinkConfig link, long seed, ProgressMonitor monitor)
            throws IOException;

    ConformanceResult conformance(Path capture, ReplayOptions options, UnaryOperator<TcpConfig> engineTuning,
            ProgressMonitor monitor) throws IOException;
}
