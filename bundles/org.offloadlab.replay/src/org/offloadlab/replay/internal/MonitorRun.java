package org.offloadlab.replay.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.offloadlab.analysis.AnalysisOptions;
import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.analysis.CaptureAnalyzer;
import org.offloadlab.analysis.PacketListener;
import org.offloadlab.analysis.ProgressMonitor;
import org.offloadlab.pcap.CaptureFiles;
import org.offloadlab.pcap.CaptureFormatException;
import org.offloadlab.pcap.CaptureReader;
import org.offloadlab.pcap.Endpoint;
import org.offloadlab.pcap.Frame;
import org.offloadlab.pcap.IpAddress;
import org.offloadlab.pcap.TcpSegment;
import org.offloadlab.replay.EndpointSelector;
import org.offloadlab.replay.FailoverSnapshot;
import org.offloadlab.replay.FailurePoint;
import org.offloadlab.replay.HeldStateSample;
import org.offloadlab.replay.MonitorResult;
import org.offloadlab.replay.MonitoredConnection;
import org.offloadlab.replay.OffloadSnapshot;
import org.offloadlab.replay.ReplayOptions;
import org.offloadlab.tcp.HardStateCodec;

/**
 * One monitor-mode replay: rides along the passive analysis pass (so connection boundaries are exactly the analysis's),
 * keeps a {@link ConnectionMonitor} per connection, running totals of what the adapter holds, a thinned series of those
 * totals, and the snapshot at the failure point.
 */
final class MonitorRun implements PacketListener {

    /** Serialized size of a hard state without data: the same for every connection. */
    private static final long FIXED_HARD_STATE_BYTES = HardStateCodec
            .encode(new ConnectionMonitor(0, new Endpoint(IpAddress.ipv4(0), 0), new Endpoint(IpAddress.ipv4(0), 0))
                    .snapshot().hardState()).length;

    /**
     * How long the adapter keeps a connection in TIME-WAIT: 2·MSL, with Linux's fixed 60 s (TCP_TIMEWAIT_LEN) rather
     * than RFC 9293's suggested 4 minutes, because the captures come from Linux peers.
     */
    static final long TIME_WAIT_NANOS = 60_000_000_000L;

    private final ArrayDeque<ConnectionMonitor> timeWait = new ArrayDeque<>();
    private final ArrayDeque<Long> timeWaitEnds = new ArrayDeque<>();
    private final EndpointSelector selector;
    private final FailurePoint failAt;
    private final ReplayOptions options;
    private final List<ConnectionMonitor> monitors = new ArrayList<>();
    private final List<HeldStateSample> series = new ArrayList<>();
    private long sampleInterval;
    private long nextSample = Long.MIN_VALUE;
    private long durationNanos;
    private int held;
    private long unacked;
    private FailoverSnapshot failover;
    private final Playback playback;

    MonitorRun(ReplayOptions options) {
        this.options = options;
        this.playback = new Playback(options.pacer());
        this.selector = options.endpoint();
        this.failAt = options.failAt();
        this.sampleInterval = options.sampleIntervalNanos();
    }

    MonitorResult execute(CaptureAnalyzer analyzer, Path capture, ProgressMonitor monitor) throws IOException {
        if (failAt != null && failAt.kind() == FailurePoint.Kind.PERCENT) {
            durationNanos = captureDuration(capture);
        }
        ProgressMonitor stopping = playback.stopping(monitor);
        AnalysisResult analysis = analyzer.analyze(capture, new AnalysisOptions(options.bpfFilter(), false), stopping,
                this);
        expireTimeWait(analysis.lastTimestampNanos());
        List<MonitoredConnection> results = new ArrayList<>();
        for (ConnectionMonitor m : monitors) {
            if (m != null) {
                results.add(m.toResult());
            }
        }
        if (analysis.lastTimestampNanos() >= 0) {
            series.add(new HeldStateSample(analysis.lastTimestampNanos(), held,
                    held * FIXED_HARD_STATE_BYTES + unacked, unacked));
        }
        return new MonitorResult(analysis, selector, results, series, failover);
    }

    @Override
    public void segment(int connection, boolean fromA, TcpSegment segment, Frame frame) {
        long time = frame.timestampNanos();
        long sinceStart = playback.at(time);
        expireTimeWait(time);
        sampleUpTo(time);
        if (failAt != null && failover == null && failAt.reachedBy(frame.number(), sinceStart, durationNanos)) {
            failover = snapshotAll(frame.number(), time);
        }
        while (monitors.size() <= connection) {
            monitors.add(null);
        }
        ConnectionMonitor m = monitors.get(connection);
        Endpoint sender = segment.source();
        if (m == null) {
            Endpoint local = selector.localSide(segment);
            if (local == null) {
                return; // the selector names neither side: not offloaded
            }
            m = new ConnectionMonitor(connection, local, local.equals(sender) ? segment.destination() : sender);
            monitors.set(connection, m);
        }
        boolean wasHeld = m.isHeld();
        boolean wasTimeWait = m.inTimeWait();
        long before = m.unacked();
        m.accept(segment, sender.equals(m.local()), time);
        boolean isHeld = m.isHeld();
        held += (isHeld ? 1 : 0) - (wasHeld ? 1 : 0);
        unacked += m.unacked() - before;
        if (m.inTimeWait() && !wasTimeWait) {
            timeWait.add(m);
            timeWaitEnds.add(time + TIME_WAIT_NANOS);
        }
    }

    /** Capture time only grows (up to small reordering between interfaces), so the queue is in expiry order. */
    private void expireTimeWait(long time) {
        while (!timeWaitEnds.isEmpty() && timeWaitEnds.peekFirst() <= time) {
            timeWaitEnds.pollFirst();
            ConnectionMonitor m = timeWait.pollFirst();
            if (m.inTimeWait()) {
                long before = m.unacked();
                m.endTimeWait();
                held--;
                unacked -= before;
            }
        }
    }

    private void sampleUpTo(long time) {
        if (nextSample == Long.MIN_VALUE) {
            nextSample = time;
        }
        while (time >= nextSample) {
            series.add(new HeldStateSample(nextSample, held, held * FIXED_HARD_STATE_BYTES + unacked, unacked));
            nextSample += sampleInterval;
            if (series.size() >= ReplayOptions.MAX_SAMPLES) {
                thin();
            }
        }
    }

    /** Keeps every other sample and doubles the interval: bounded memory for captures of any duration. */
    private void thin() {
        List<HeldStateSample> kept = new ArrayList<>(series.size() / 2 + 1);
        for (int i = 0; i < series.size(); i += 2) {
            kept.add(series.get(i));
        }
        series.clear();
        series.addAll(kept);
        sampleInterval *= 2;
        nextSample = series.get(series.size() - 1).timeNanos() + sampleInterval;
    }

    private FailoverSnapshot snapshotAll(long frameNumber, long time) {
        List<OffloadSnapshot> live = new ArrayList<>();
        for (ConnectionMonitor m : monitors) {
            if (m != null && m.isHeld()) {
                live.add(m.snapshot());
            }
        }
        return new FailoverSnapshot(failAt, frameNumber, time, live);
    }

    /** First to last frame time, for percentage failure points; a damaged tail just ends the scan. */
    private static long captureDuration(Path capture) throws IOException {
        long first = -1;
        long last = -1;
        try (CaptureReader reader = CaptureFiles.open(capture)) {
            Frame f;
            while ((f = reader.next()) != null) {
                if (first < 0) {
                    first = f.timestampNanos();
                }
                last = f.timestampNanos();
            }
        } catch (CaptureFormatException e) {
            // the analysis pass reports the damage
        }
        return first < 0 ? 0 : last - first;
    }
}
