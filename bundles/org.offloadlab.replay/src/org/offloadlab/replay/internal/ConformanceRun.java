package org.offloadlab.replay.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.offloadlab.analysis.AnalysisOptions;
import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.analysis.CaptureAnalyzer;
import org.offloadlab.analysis.PacketListener;
import org.offloadlab.analysis.ProgressMonitor;
import org.offloadlab.pcap.Endpoint;
import org.offloadlab.pcap.Frame;
import org.offloadlab.pcap.TcpSegment;
import org.offloadlab.replay.ConformanceResult;
import org.offloadlab.replay.ConnectionConformance;
import org.offloadlab.replay.ReplayOptions;
import org.offloadlab.tcp.TcpConfig;

/**
 * One conformance replay: rides on the analysis pass like the monitor, with a {@link ConformanceSession} per connection
 * whose selected side had a handshake. Sessions are independent (each engine only sees its own connection), so each is
 * advanced lazily to the time of its next segment instead of through a global timer queue.
 */
final class ConformanceRun implements PacketListener {

    private final ReplayOptions options;
    private final UnaryOperator<TcpConfig> tuning;
    private final List<ConformanceSession> sessions = new ArrayList<>();
    private long firstTime = -1;
    private boolean interrupted;

    ConformanceRun(ReplayOptions options, UnaryOperator<TcpConfig> tuning) {
        this.options = options;
        this.tuning = tuning;
    }

    ConformanceResult execute(CaptureAnalyzer analyzer, Path capture, ProgressMonitor monitor) throws IOException {
        ProgressMonitor stopping = new ProgressMonitor() {
            @Override
            public void begin(String task, long totalWork) {
                monitor.begin(task, totalWork);
            }

            @Override
            public void worked(long done) {
                monitor.worked(done);
            }

            @Override
            public boolean isCancelled() {
                return interrupted || monitor.isCancelled();
            }
        };
        AnalysisResult analysis = analyzer.analyze(capture, new AnalysisOptions(options.bpfFilter(), false), stopping,
                this);
        List<ConnectionConformance> results = new ArrayList<>();
        for (ConformanceSession s : sessions) {
            if (s != null) {
                long end = analysis.connections().get(s.index).lastTimestampNanos();
                results.add(s.finish(end));
            }
        }
        return new ConformanceResult(analysis, options.endpoint(), results);
    }

    @Override
    public void segment(int connection, boolean fromA, TcpSegment segment, Frame frame) {
        long time = frame.timestampNanos();
        if (firstTime < 0) {
            firstTime = time;
        }
        if (!interrupted) {
            try {
                options.pacer().awaitCaptureTime(time - firstTime);
            } catch (InterruptedException e) {
                interrupted = true;
                Thread.currentThread().interrupt();
            }
        }
        while (sessions.size() <= connection) {
            sessions.add(null);
        }
        ConformanceSession s = sessions.get(connection);
        if (s == null) {
            Endpoint src = segment.source();
            Endpoint dst = segment.destination();
            boolean srcIsClient = !(segment.isSyn() && segment.isAck());
            Endpoint local = options.endpoint().localSide(srcIsClient ? src : dst, srcIsClient ? dst : src);
            if (local == null) {
                return;
            }
            s = new ConformanceSession(connection, local, local.equals(src) ? dst : src, tuning);
            sessions.set(connection, s);
        }
        s.accept(segment, frame, segment.source().equals(s.local()));
    }
}
