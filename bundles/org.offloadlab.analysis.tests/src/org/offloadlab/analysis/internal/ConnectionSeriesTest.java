package org.offloadlab.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offloadlab.analysis.internal.SyntheticCapture.FIN;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offloadlab.analysis.AnalysisOptions;
import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.analysis.ConnectionSeries;
import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.analysis.DirectionStats;
import org.offloadlab.analysis.ProgressMonitor;
import org.offloadlab.pcap.CaptureFiles;
import org.offloadlab.pcap.CaptureReader;
import org.offloadlab.pcap.DecodedPacket;
import org.offloadlab.pcap.Endpoint;
import org.offloadlab.pcap.Frame;
import org.offloadlab.pcap.PacketDecoder;
import org.offloadlab.testing.TestCaptures;

/** Chart series re-read from the capture for one data direction. */
class ConnectionSeriesTest {

    private final TcpCaptureAnalyzer analyzer = new TcpCaptureAnalyzer();

    /** The bulk upload: the committed capture, else the shared reference one. */
    private static Path bulkCapture() {
        Path committed = TestCaptures.dir().resolve("bulk_1mb.pcap");
        if (Files.isRegularFile(committed)) {
            return committed;
        }
        Optional<Path> shared = TestCaptures.sharedDir().map(d -> d.resolve("bulk_5mb.pcap"));
        Assumptions.assumeTrue(shared.isPresent() && Files.isRegularFile(shared.get()), "no bulk capture");
        return shared.get();
    }

    @Test
    void bulkUploadSeriesMatchesTheSummary() throws IOException {
        Path file = bulkCapture();
        AnalysisResult result = analyzer.analyze(file, AnalysisOptions.DEFAULT, ProgressMonitor.NONE);
        ConnectionSummary c = result.connections().get(0);
        boolean clientIsA = c.client().equals(c.a());
        DirectionStats upload = clientIsA ? c.aToB() : c.bToA();

        ConnectionSeries s = analyzer.series(file, c, c.client(), ProgressMonitor.NONE);

        long dataSegments = 0;
        long withSynOrFin = 0;
        for (int i = 0; i < s.segmentTimes().length; i++) {
            // The SYN sits just before byte 0, the FIN just after the last byte; what is left is payload.
            boolean syn = s.segmentStart()[i] < 0;
            boolean fin = s.segmentEnd()[i] > upload.inOrderPayloadBytes();
            long payload = s.segmentEnd()[i] - s.segmentStart()[i] - (syn ? 1 : 0) - (fin ? 1 : 0);
            dataSegments += payload > 0 ? 1 : 0;
            withSynOrFin += syn || fin ? 1 : 0;
        }
        assertEquals(upload.syn() + upload.fin(), withSynOrFin);
        assertEquals(dataSegmentsFrom(file, c.client()), dataSegments, "every data segment of the upload");
        assertEquals(upload.inOrderPayloadBytes() + 1, max(s.segmentEnd()), "up to and including the FIN");
        assertEquals(-1, s.segmentStart()[0], "the SYN occupies ISN, just before byte 0");

        for (int i = 1; i < s.ackValues().length; i++) {
            assertTrue(s.ackValues()[i] >= s.ackValues()[i - 1], "no reordering in this capture: ACKs monotone");
            assertTrue(s.ackTimes()[i] >= s.ackTimes()[i - 1]);
        }
        assertTrue(s.windowScaleKnown());
        DirectionStats download = clientIsA ? c.bToA() : c.aToB();
        long widest = 0;
        for (int i = 0; i < s.windowEdge().length; i++) {
            widest = Math.max(widest, s.windowEdge()[i] - s.ackValues()[i]);
        }
        if (upload.windowScale() > 0 && download.windowScale() > 0) {
            assertTrue(widest > 65_535, "window scaled by " + download.windowScale() + ": " + widest);
        } else {
            assertTrue(widest <= 65_535, "no scaling in use: " + widest);
        }
        assertTrue(s.rttNanos().length > 0);
        assertEquals(s.rttTimes().length, s.rttNanos().length);
        assertTrue(s.throughput(1_000_000).length > 0);
    }

    /** Data-bearing segments sent by {@code sender}, counted straight from the decoder. */
    private static long dataSegmentsFrom(Path capture, Endpoint sender) throws IOException {
        PacketDecoder decoder = new PacketDecoder();
        long count = 0;
        try (CaptureReader reader = CaptureFiles.open(capture)) {
            for (Frame f = reader.next(); f != null; f = reader.next()) {
                DecodedPacket p = decoder.decode(f);
                if (p.isTcp() && p.segment().source().equals(sender) && p.segment().payloadLength() > 0) {
                    count++;
                }
            }
        }
        return count;
    }

    private static long max(long[] values) {
        long m = Long.MIN_VALUE;
        for (long v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    @Test
    void seriesUnwrapsSequenceNumbersAndScalesTheWindow(@TempDir Path dir) throws IOException {
        long clientIsn = 0xFFFF_FF00L;
        long serverIsn = 42;
        SyntheticCapture c = new SyntheticCapture().handshake(0, clientIsn, serverIsn);
        for (int i = 0; i < 5; i++) {
            c.at(10 + i).send(c.c2s().seq(clientIsn + 1 + i * 100L).ack(serverIsn + 1).payload(100));
            c.at(10.5 + i).send(c.s2c().seq(serverIsn + 1).ack(clientIsn + 101 + i * 100L).window(40)
                    .sack(clientIsn + 1, clientIsn + 51));
        }
        c.at(20).send(c.c2s().seq(clientIsn + 501).ack(serverIsn + 1).flags(FIN));
        Path file = c.write(dir.resolve("wrap.pcap"));
        ConnectionSummary summary = analyzer.analyze(file, AnalysisOptions.DEFAULT, ProgressMonitor.NONE)
                .connections().get(0);

        ConnectionSeries s = analyzer.series(file, summary, summary.client(), ProgressMonitor.NONE);

        assertEquals(7, s.segmentTimes().length, "SYN, five data segments, FIN");
        assertEquals(-1, s.segmentStart()[0]);
        for (int i = 1; i <= 5; i++) {
            assertEquals((i - 1) * 100L, s.segmentStart()[i], "relative and unwrapped across 2^32");
            assertFalse(s.segmentRetransmitted()[i]);
        }
        assertEquals(501, s.segmentEnd()[6]);
        // ACKs from the server: the SYN-ACK, then one per segment.
        assertEquals(6, s.ackTimes().length);
        assertEquals(0, s.ackValues()[0]);
        assertEquals(65160, s.windowEdge()[0], "a SYN's window is never scaled");
        assertEquals(500, s.ackValues()[5]);
        assertEquals(500 + 40 * 128, s.windowEdge()[5], "window 40 scaled by the server's shift 7");
        assertEquals(5, s.sackLeft().length);
        assertEquals(0, s.sackLeft()[0]);
        assertEquals(50, s.sackRight()[0]);
        assertEquals(0, s.segmentTimes()[0], "times count from the connection's first frame");
        assertEquals(10_000_000, s.segmentTimes()[1]);
        assertEquals(6, s.rttNanos().length, "SYN and five data segments, each ACKed once");
        assertEquals(500_000, s.rttNanos()[5]);
    }
}
