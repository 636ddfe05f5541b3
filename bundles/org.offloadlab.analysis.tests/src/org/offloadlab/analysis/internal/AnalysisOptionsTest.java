package org.offloadlab.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offloadlab.analysis.AnalysisOptions;
import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.analysis.CaptureProblem;
import org.offloadlab.analysis.ProgressMonitor;
import org.offloadlab.pcap.BpfFilter;

/** Checksum validation, BPF filtering, progress and cancellation. */
class AnalysisOptionsTest {

    @TempDir
    Path dir;

    private final TcpCaptureAnalyzer analyzer = new TcpCaptureAnalyzer();

    /** A handshake and one data segment whose TCP checksum byte was flipped. */
    private Path badChecksumCapture() throws IOException {
        SyntheticCapture c = new SyntheticCapture().handshake(0, 100, 900);
        byte[] frame = c.c2s().seq(101).ack(901).payload(20).build();
        frame[14 + 20 + 16] ^= 0x5A;
        c.at(5).frame(frame);
        return c.write(dir.resolve("checksum.pcap"));
    }

    @Test
    void badChecksumsAreNormalTrafficByDefault() throws IOException {
        AnalysisResult result = analyzer.analyze(badChecksumCapture(), AnalysisOptions.DEFAULT, ProgressMonitor.NONE);

        assertEquals(4, result.tcpFrames());
        assertEquals(0, result.malformedFrames());
        assertEquals(20, result.connections().get(0).aToB().inOrderPayloadBytes());
    }

    @Test
    void validatingChecksumsSetsBadSegmentsAside() throws IOException {
        AnalysisResult result = analyzer.analyze(badChecksumCapture(), new AnalysisOptions(null, true),
                ProgressMonitor.NONE);

        assertEquals(3, result.tcpFrames(), "the handshake's checksums are right");
        assertEquals(1, result.malformedFrames());
        CaptureProblem problem = result.problems().get(0);
        assertFalse(problem.fatal());
        assertEquals(4, problem.frame());
        assertTrue(result.complete());
        assertEquals(0, result.connections().get(0).aToB().payloadBytes());
    }

    private Path twoServersCapture() throws IOException {
        SyntheticCapture c = new SyntheticCapture().handshake(0, 100, 900);
        c.at(5).send(org.offloadlab.testing.TcpFrames.ipv4("10.0.0.1", 41000, "10.0.0.3", 8080).seq(7)
                .flags(SyntheticCapture.SYN));
        return c.write(dir.resolve("two.pcap"));
    }

    /** BPF needs libpcap through pcap4j; without them the filter tests cannot run here. */
    private static void assumeLibpcap() {
        try (BpfFilter probe = BpfFilter.compile("tcp")) {
            Assumptions.assumeTrue(probe != null);
        } catch (IllegalStateException | LinkageError e) {
            Assumptions.abort("libpcap or pcap4j is not usable here: " + e);
        }
    }

    @Test
    void aBpfFilterSelectsFramesBeforeAnalysis() throws IOException {
        assumeLibpcap();
        AnalysisResult result = analyzer.analyze(twoServersCapture(), new AnalysisOptions("tcp port 80", false),
                ProgressMonitor.NONE);

        assertEquals(4, result.frames());
        assertEquals(3, result.tcpFrames());
        assertEquals(1, result.otherFrames());
        assertEquals(1, result.connections().size());
        assertEquals(80, result.connections().get(0).b().port());
    }

    @Test
    void anInvalidBpfExpressionIsRejectedWithLibpcapsMessage() throws IOException {
        assumeLibpcap();
        Path file = twoServersCapture();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> analyzer.analyze(file, new AnalysisOptions("tcp port", false), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("syntax error"), e.getMessage());
    }

    /** Enough frames for several progress intervals: pure ACKs of one connection. */
    private Path longCapture(int frames) throws IOException {
        SyntheticCapture c = new SyntheticCapture().handshake(0, 100, 900);
        for (int i = 0; i < frames - 3; i++) {
            c.at(2 + i * 0.01).send(c.c2s().seq(101).ack(901).window(1000 + i % 2));
        }
        return c.write(dir.resolve("long.pcap"));
    }

    /** Records what the analyser reports; cancels once {@code cancelAfter} reports were made. */
    private static final class RecordingMonitor implements ProgressMonitor {
        final List<Long> worked = new ArrayList<>();
        long total = -2;
        private final int cancelAfter;

        RecordingMonitor(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void begin(String task, long totalWork) {
            total = totalWork;
        }

        @Override
        public void worked(long done) {
            worked.add(done);
        }

        @Override
        public boolean isCancelled() {
            return worked.size() >= cancelAfter;
        }
    }

    @Test
    void progressIsReportedInFileBytes() throws IOException {
        Path file = longCapture(10_000);
        RecordingMonitor monitor = new RecordingMonitor(Integer.MAX_VALUE);

        AnalysisResult result = analyzer.analyze(file, AnalysisOptions.DEFAULT, monitor);

        assertEquals(Files.size(file), monitor.total);
        assertEquals(Files.size(file), monitor.worked.get(monitor.worked.size() - 1));
        for (int i = 1; i < monitor.worked.size(); i++) {
            assertTrue(monitor.worked.get(i) >= monitor.worked.get(i - 1));
        }
        assertTrue(result.complete());
        assertEquals(10_000, result.frames());
    }

    @Test
    void cancellingStopsReadingAndKeepsWhatWasAnalysed() throws IOException {
        Path file = longCapture(10_000);

        AnalysisResult result = analyzer.analyze(file, AnalysisOptions.DEFAULT, new RecordingMonitor(1));

        assertTrue(result.cancelled());
        assertFalse(result.complete());
        assertFalse(result.damaged());
        assertEquals(TcpCaptureAnalyzer.PROGRESS_INTERVAL, result.frames());
        assertEquals(TcpCaptureAnalyzer.PROGRESS_INTERVAL, result.connections().get(0).packets());
    }
}
