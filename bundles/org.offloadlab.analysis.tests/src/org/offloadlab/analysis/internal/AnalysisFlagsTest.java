package org.offloadlab.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.offloadlab.analysis.internal.SyntheticCapture.FIN;
import static org.offloadlab.analysis.internal.SyntheticCapture.SYN;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offloadlab.analysis.AnalysisFlags;
import org.offloadlab.analysis.AnalysisOptions;
import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.analysis.ProgressMonitor;

/**
 * The classic tcp.analysis cases, one small conversation each. Every expectation was cross-checked with tshark 4.0.17
 * on the same frames.
 */
class AnalysisFlagsTest {

    private static final long C = 1000;
    private static final long S = 5000;

    @TempDir
    Path dir;

    private AnalysisFlags flags(SyntheticCapture capture) throws IOException {
        AnalysisResult result = new TcpCaptureAnalyzer().analyze(capture.write(dir.resolve("flags.pcap")),
                AnalysisOptions.DEFAULT, ProgressMonitor.NONE);
        assertEquals(1, result.connections().size());
        return result.connections().get(0).flags();
    }

    /** Four 100-byte segments from the client after a 1 ms handshake. */
    private static SyntheticCapture fourSegments() {
        SyntheticCapture c = new SyntheticCapture().handshake(0, C, S);
        for (int i = 0; i < 4; i++) {
            c.at(10 + i * 0.1).send(c.c2s().seq(C + 1 + i * 100L).ack(S + 1).payload(100));
        }
        return c;
    }

    @Test
    void retransmissionAfterTimeout() throws IOException {
        SyntheticCapture c = fourSegments();
        c.at(11).send(c.s2c().seq(S + 1).ack(C + 101));
        c.at(300).send(c.c2s().seq(C + 101).ack(S + 1).payload(100));

        AnalysisFlags f = flags(c);
        assertEquals(1, f.retransmissions());
        assertEquals(0, f.fastRetransmissions());
        assertEquals(1, f.total());
    }

    @Test
    void threeDuplicateAcksThenFastRetransmission() throws IOException {
        SyntheticCapture c = fourSegments();
        // Segment 2 was lost after the capture point; segments 3 and 4 each bring a duplicate ACK with SACK.
        c.at(11).send(c.s2c().seq(S + 1).ack(C + 101));
        c.at(11.1).send(c.s2c().seq(S + 1).ack(C + 101).sack(C + 201, C + 301));
        c.at(11.2).send(c.s2c().seq(S + 1).ack(C + 101).sack(C + 201, C + 401));
        c.at(11.3).send(c.s2c().seq(S + 1).ack(C + 101).sack(C + 201, C + 401));
        c.at(12).send(c.c2s().seq(C + 101).ack(S + 1).payload(100));
        c.at(13).send(c.s2c().seq(S + 1).ack(C + 401));

        AnalysisFlags f = flags(c);
        assertEquals(3, f.duplicateAcks());
        assertEquals(1, f.fastRetransmissions());
        assertEquals(1, f.retransmissions(), "tshark also shows fast retransmissions as retransmissions");
    }

    @Test
    void segmentsArrivingOutOfOrder() throws IOException {
        SyntheticCapture c = new SyntheticCapture().handshake(0, C, S);
        c.at(10).send(c.c2s().seq(C + 101).ack(S + 1).payload(100));
        c.at(10.2).send(c.c2s().seq(C + 1).ack(S + 1).payload(100));

        AnalysisFlags f = flags(c);
        assertEquals(1, f.lostSegments(), "previous segment not captured");
        assertEquals(1, f.outOfOrder(), "within the 1 ms handshake RTT of the highest segment");
        assertEquals(0, f.retransmissions());
    }

    @Test
    void spuriousRetransmissionOfAcknowledgedData() throws IOException {
        SyntheticCapture c = fourSegments();
        c.at(11).send(c.s2c().seq(S + 1).ack(C + 401));
        c.at(300).send(c.c2s().seq(C + 1).ack(S + 1).payload(100));

        AnalysisFlags f = flags(c);
        assertEquals(1, f.spuriousRetransmissions());
        assertEquals(1, f.retransmissions());
    }

    @Test
    void zeroWindowProbeAndWindowUpdate() throws IOException {
        SyntheticCapture c = fourSegments();
        c.at(11).send(c.s2c().seq(S + 1).ack(C + 401).window(0));
        c.at(211).send(c.c2s().seq(C + 401).ack(S + 1).payload(1));
        c.at(211.1).send(c.s2c().seq(S + 1).ack(C + 401).window(0));
        c.at(400).send(c.s2c().seq(S + 1).ack(C + 401).window(100));

        AnalysisFlags f = flags(c);
        assertEquals(2, f.zeroWindows(), "the closing ACK and the probe's ACK");
        assertEquals(1, f.zeroWindowProbes());
        assertEquals(1, f.zeroWindowProbeAcks());
        assertEquals(1, f.windowUpdates());
    }

    @Test
    void keepAliveAndItsAck() throws IOException {
        SyntheticCapture c = fourSegments();
        c.at(11).send(c.s2c().seq(S + 1).ack(C + 401).window(500));
        c.at(2011).send(c.c2s().seq(C + 400).ack(S + 1));
        c.at(2011.1).send(c.s2c().seq(S + 1).ack(C + 401).window(500));

        AnalysisFlags f = flags(c);
        assertEquals(1, f.keepAlives());
        assertEquals(1, f.keepAliveAcks());
        assertEquals(0, f.duplicateAcks(), "a keep-alive ACK is not also a duplicate ACK");
    }

    @Test
    void windowFullWhenDataReachesTheAdvertisedEdge() throws IOException {
        SyntheticCapture c = new SyntheticCapture().handshake(0, C, S);
        // The server advertises 2 × 128 = 256 bytes (window scale 7 on both SYNs).
        c.at(5).send(c.s2c().seq(S + 1).ack(C + 1).window(2));
        c.at(10).send(c.c2s().seq(C + 1).ack(S + 1).payload(56));
        c.at(10.1).send(c.c2s().seq(C + 57).ack(S + 1).payload(200));

        assertEquals(1, flags(c).windowFull());
    }

    @Test
    void ackForDataTheCaptureNeverSaw() throws IOException {
        SyntheticCapture c = fourSegments();
        c.at(11).send(c.s2c().seq(S + 1).ack(C + 901));

        assertEquals(1, flags(c).ackedUnseenSegments());
    }

    @Test
    void cleanCloseHasNoFlags() throws IOException {
        SyntheticCapture c = fourSegments();
        c.at(11).send(c.s2c().seq(S + 1).ack(C + 401));
        c.at(12).send(c.c2s().seq(C + 401).ack(S + 1).flags(FIN));
        c.at(13).send(c.s2c().seq(S + 1).ack(C + 402).flags(FIN));
        c.at(14).send(c.c2s().seq(C + 402).ack(S + 2));

        assertEquals(0, flags(c).total());
    }

    @Test
    void synRetransmittedAfterTimeout() throws IOException {
        SyntheticCapture c = new SyntheticCapture();
        c.at(0).send(c.c2s().seq(C).flags(SYN));
        c.at(1000).send(c.c2s().seq(C).flags(SYN));

        assertEquals(1, flags(c).retransmissions());
    }
}
