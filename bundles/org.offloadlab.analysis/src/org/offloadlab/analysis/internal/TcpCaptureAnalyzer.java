package org.offloadlab.analysis.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.offloadlab.analysis.AnalysisOptions;
import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.analysis.CaptureAnalyzer;
import org.offloadlab.analysis.CaptureProblem;
import org.offloadlab.analysis.ConnectionSeries;
import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.analysis.PacketListener;
import org.offloadlab.analysis.ProgressMonitor;
import org.offloadlab.pcap.BpfFilter;
import org.offloadlab.pcap.CaptureFiles;
import org.offloadlab.pcap.CaptureFormatException;
import org.offloadlab.pcap.CaptureReader;
import org.offloadlab.pcap.DecodedPacket;
import org.offloadlab.pcap.Endpoint;
import org.offloadlab.pcap.Frame;
import org.offloadlab.pcap.LinkType;
import org.offloadlab.pcap.PacketDecoder;
import org.offloadlab.pcap.TcpSegment;
import org.osgi.service.component.annotations.Component;

/**
 * Streams a capture once and reconstructs its TCP connections with Wireshark-compatible analysis flags. Stateless
 * between calls: every call builds its own connection table, so one instance can serve many threads.
 */
@Component(service = CaptureAnalyzer.class)
public final class TcpCaptureAnalyzer implements CaptureAnalyzer {

    /** Frames between progress reports and cancellation checks. */
    static final int PROGRESS_INTERVAL = 4096;

    /** Stateless and thread-safe, so shared by every call. */
    private final PacketDecoder decoder = new PacketDecoder();

    @Override
    public AnalysisResult analyze(Path capture, AnalysisOptions options, ProgressMonitor monitor,
            PacketListener listener) throws IOException {
        Objects.requireNonNull(capture, "capture");
        AnalysisOptions opts = options == null ? AnalysisOptions.DEFAULT : options;
        ProgressMonitor progress = monitor == null ? ProgressMonitor.NONE : monitor;
        try (BpfFilter filter = opts.bpfFilter() == null || opts.bpfFilter().isBlank()
                ? null
                : BpfFilter.compile(opts.bpfFilter())) {
            return new Run(capture, opts, filter, decoder, progress, listener).execute();
        }
    }

    @Override
    public ConnectionSeries series(Path capture, ConnectionSummary connection, Endpoint sender,
            ProgressMonitor monitor) throws IOException {
        Objects.requireNonNull(connection, "connection");
        if (!sender.equals(connection.a()) && !sender.equals(connection.b())) {
            throw new IllegalArgumentException(sender + " is not an endpoint of connection " + connection.index());
        }
        ProgressMonitor progress = monitor == null ? ProgressMonitor.NONE : monitor;
        SeriesCollector collector = new SeriesCollector(connection, sender);
        ConnectionTable table = new ConnectionTable(collector);
        try (CaptureReader reader = CaptureFiles.open(capture)) {
            progress.begin("Reading connection " + connection.index(), reader.size());
            Frame frame;
            long seen = 0;
            while ((frame = nextOrNull(reader)) != null && frame.number() <= connection.lastFrame()) {
                if (++seen % PROGRESS_INTERVAL == 0) {
                    progress.worked(reader.position());
                    if (progress.isCancelled()) {
                        break;
                    }
                }
                if (frame.number() < connection.firstFrame()) {
                    continue;
                }
                DecodedPacket packet = decoder.decode(frame);
                TcpSegment s = packet.segment();
                if (packet.isTcp() && belongsTo(s, connection)) {
                    collector.attach(table.accept(s, frame));
                }
            }
            progress.worked(reader.position());
        }
        return collector.toSeries();
    }

    /** Damage ends a re-read quietly: the series keeps what came before it. */
    private static Frame nextOrNull(CaptureReader reader) throws IOException {
        try {
            return reader.next();
        } catch (CaptureFormatException e) {
            return null;
        }
    }

    private static boolean belongsTo(TcpSegment s, ConnectionSummary c) {
        return (s.source().equals(c.a()) && s.destination().equals(c.b()))
                || (s.source().equals(c.b()) && s.destination().equals(c.a()));
    }

    /** One analysis: the mutable state of a single {@link #analyze} call. */
    private static final class Run {
        private final Path file;
        private final AnalysisOptions options;
        private final BpfFilter filter;
        private final PacketDecoder decoder;
        private final ProgressMonitor monitor;
        private final PacketListener listener;
        private final ConnectionTable table = new ConnectionTable(null);
        private final ProblemLog problems = new ProblemLog();
        private final List<String> linkTypes = new ArrayList<>(2);
        private int lastLinkType = -1;
        private String format = "unknown";
        private long frames;
        private long tcpFrames;
        private long otherFrames;
        private long malformedFrames;
        private long firstTime = -1;
        private long lastTime = -1;
        private boolean complete = true;
        private boolean cancelled;

        Run(Path file, AnalysisOptions options, BpfFilter filter, PacketDecoder decoder, ProgressMonitor monitor,
                PacketListener listener) {
            this.listener = listener;
            this.file = file;
            this.options = options;
            this.filter = filter;
            this.decoder = decoder;
            this.monitor = monitor;
        }

        AnalysisResult execute() throws IOException {
            try (CaptureReader reader = CaptureFiles.open(file)) {
                format = reader.format().name().toLowerCase(Locale.ROOT);
                monitor.begin("Analysing " + file.getFileName(), reader.size());
                readAll(reader);
                monitor.worked(reader.position());
            } catch (CaptureFormatException e) {
                // Not a capture at all, or its file header is damaged: nothing to analyse.
                fatal(e);
            }
            List<ConnectionSummary> summaries = table.drainSummaries();
            return new AnalysisResult(file, format, List.copyOf(linkTypes), frames, tcpFrames, otherFrames,
                    malformedFrames, firstTime, lastTime, Collections.unmodifiableList(summaries),
                    problems.problems(), problems.dropped(), complete, cancelled);
        }

        private void readAll(CaptureReader reader) throws IOException {
            while (true) {
                Frame frame;
                try {
                    frame = reader.next();
                } catch (CaptureFormatException e) {
                    fatal(e);
                    return;
                }
                if (frame == null) {
                    return;
                }
                accept(frame);
                if (frames % PROGRESS_INTERVAL == 0) {
                    monitor.worked(reader.position());
                    if (monitor.isCancelled()) {
                        cancelled = true;
                        complete = false;
                        return;
                    }
                }
            }
        }

        private void fatal(CaptureFormatException e) {
            problems.addFatal(new CaptureProblem(e.offset(), frames + 1, e.reason(), true));
            complete = false;
        }

        private void accept(Frame frame) {
            frames++;
            if (firstTime < 0) {
                firstTime = frame.timestampNanos();
            }
            lastTime = frame.timestampNanos();
            noteLinkType(frame.linkType());
            if (filter != null && !filter.matches(frame)) {
                otherFrames++;
                return;
            }
            DecodedPacket packet = decoder.decode(frame);
            switch (packet.kind()) {
                case TCP -> acceptTcp(packet, frame);
                case MALFORMED -> malformed(frame, packet.problem());
                default -> otherFrames++;
            }
        }

        private void acceptTcp(DecodedPacket packet, Frame frame) {
            TcpSegment s = packet.segment();
            if (options.validateChecksums() && !TcpChecksum.plausible(s, frame.data())) {
                malformed(frame, "bad TCP checksum");
                return;
            }
            tcpFrames++;
            ConnectionTracker tracker = table.accept(s, frame);
            if (listener != null) {
                listener.segment(tracker.index(), tracker.isFromA(s), s, frame);
            }
        }

        private void malformed(Frame frame, String problem) {
            malformedFrames++;
            problems.add(new CaptureProblem(frame.fileOffset(), frame.number(),
                    problem == null ? "undecodable headers" : problem, false));
        }

        private void noteLinkType(int linkType) {
            if (linkType != lastLinkType) {
                lastLinkType = linkType;
                String name = LinkType.name(linkType);
                if (!linkTypes.contains(name)) {
                    linkTypes.add(name);
                }
            }
        }
    }
}
