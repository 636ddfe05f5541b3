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
    /** Sessions by connection index; {@code null} once finished (or never started). */
    private final List<ConformanceSession> sessions = new ArrayList<>();
    /** Results of sessions finished early, by connection index. */
    private final List<ConnectionConformance> finished = new ArrayList<>();
    /** Sessions still open, swept every {@link #SWEEP_INTERVAL} segments. */
    private final List<ConformanceSession> open = new ArrayList<>();
    private long segments;
    private final Playback playback;

    /**
     * Finished connections are compared and released every this many segments, so memory follows the connections open
     * at once, not all connections of the capture.
     */
    static final int SWEEP_INTERVAL = 4096;

    ConformanceRun(ReplayOptions options, UnaryOperator<TcpConfig> tuning) {
        this.options = options;
        this.playback = new Playback(options.pacer());
        this.tuning = tuning;
    }

    ConformanceResult execute(CaptureAnalyzer analyzer, Path capture, ProgressMonitor monitor) throws IOException {
        ProgressMonitor stopping = playback.stopping(monitor);
        AnalysisResult analysis = analyzer.analyze(capture, new AnalysisOptions(options.bpfFilter(), false), stopping,
                this);
        for (ConformanceSession s : open) {
            setResult(s.index, s.finish());
        }
        List<ConnectionConformance> results = new ArrayList<>();
        for (ConnectionConformance c : finished) {
            if (c != null) {
                results.add(c);
            }
        }
        return new ConformanceResult(analysis, options.endpoint(), results);
    }

    @Override
    public void segment(int connection, boolean fromA, TcpSegment segment, Frame frame) {
        long time = frame.timestampNanos();
        playback.at(time);
        if (++segments % SWEEP_INTERVAL == 0) {
            sweep(time);
        }
        while (sessions.size() <= connection) {
            sessions.add(null);
        }
        ConformanceSession s = sessions.get(connection);
        if (s == null) {
            if (connection < finished.size() && finished.get(connection) != null) {
                return; // a straggler after the connection was compared and released
            }
            Endpoint local = options.endpoint().localSide(segment);
            if (local == null) {
                return;
            }
            Endpoint src = segment.source();
            s = new ConformanceSession(connection, local, local.equals(src) ? segment.destination() : src, tuning);
            sessions.set(connection, s);
            open.add(s);
        }
        s.accept(segment, frame, segment.source().equals(s.local()));
    }

    private void sweep(long now) {
        int kept = 0;
        for (ConformanceSession s : open) {
            if (s.finishedBy(now)) {
                setResult(s.index, s.finish());
                sessions.set(s.index, null);
            } else {
                open.set(kept++, s);
            }
        }
        open.subList(kept, open.size()).clear();
    }

    private void setResult(int index, ConnectionConformance c) {
        while (finished.size() <= index) {
            finished.add(null);
        }
        finished.set(index, c);
    }
}
