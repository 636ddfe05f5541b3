package org.offloadlab.replay.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.offloadlab.analysis.CaptureAnalyzer;
import org.offloadlab.analysis.ProgressMonitor;
import org.offloadlab.replay.ConformanceResult;
import org.offloadlab.replay.MonitorResult;
import org.offloadlab.replay.ReplayOptions;
import org.offloadlab.replay.ReplaySource;
import org.offloadlab.replay.TraceResult;
import org.offloadlab.sim.LinkConfig;
import org.offloadlab.tcp.TcpConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The replay source service. Stateless: every call builds its own run, so one instance serves many threads. */
@Component(service = ReplaySource.class)
public final class ReplayService implements ReplaySource {

    private final CaptureAnalyzer analyzer;

    /** Also the plain-Java entry point: pass the analyzer the replay rides on. */
    @Activate
    public ReplayService(@Reference CaptureAnalyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    @Override
    public MonitorResult monitor(Path capture, ReplayOptions options, ProgressMonitor monitor) throws IOException {
        Objects.requireNonNull(capture, "capture");
        ReplayOptions opts = options == null ? ReplayOptions.monitor() : options;
        return new MonitorRun(opts).execute(analyzer, capture, monitor == null ? ProgressMonitor.NONE : monitor);
    }

    @Override
    public TraceResult trace(Path capture, ReplayOptions options, LinkConfig link, long seed, ProgressMonitor monitor)
            throws IOException {
        Objects.requireNonNull(capture, "capture");
        ReplayOptions opts = options == null ? ReplayOptions.monitor() : options;
        return new TraceRun(new TraceRun.ReplayOptionsView(opts.bpfFilter(), link, seed, opts.failAt())).execute(
                analyzer, capture,
                monitor == null ? ProgressMonitor.NONE : monitor);
    }

    @Override
    public ConformanceResult conformance(Path capture, ReplayOptions options, UnaryOperator<TcpConfig> engineTuning,
            ProgressMonitor monitor) throws IOException {
        Objects.requireNonNull(capture, "capture");
        ReplayOptions opts = options == null ? ReplayOptions.monitor() : options;
        return new ConformanceRun(opts, engineTuning == null ? UnaryOperator.identity() : engineTuning)
                .execute(analyzer, capture, monitor == null ? ProgressMonitor.NONE : monitor);
    }
}
