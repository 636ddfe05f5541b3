package org.offloadlab.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.offloadlab.analysis.internal.SyntheticCapture.FIN;
import static org.offloadlab.analysis.internal.SyntheticCapture.PSH;
import static org.offloadlab.analysis.internal.SyntheticCapture.RST;
import static org.offloadlab.analysis.internal.SyntheticCapture.SYN;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offloadlab.analysis.AnalysisOptions;
import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.analysis.ConnectionState;
import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.analysis.DirectionStats;
import org.offloadlab.analysis.ProgressMonitor;

/** Connection identity, state and payload accounting on captures built segment by segment. */
class SyntheticConnectionsTest {

    /** Close to 2^32, so the client's data crosses the wrap after 2047 bytes. */
    private static final long CLIENT_ISN = 0xFFFF_F800L;
    private static final long SERVER_ISN = 7_000;

    @TempDir
    Path dir;

    private final TcpCaptureAnalyzer analyzer = new TcpCaptureAnalyzer();

    private AnalysisResult analyse(SyntheticCapture capture) throws IOException {
        return analyzer.analyze(capture.write(dir.resolve("test.pcap")), AnalysisOptions.DEFAULT,
                ProgressMonitor.NONE);
    }

    private static ConnectionSummary only(AnalysisResult result) {
        assertEquals(1, result.connections().size(), "connections");
        return result.connections().get(0);
    }

    @Test
    void sequenceNumbersWrapAroundTwoToTheThirtyTwo() throws IOException {
        SyntheticCapture c = new SyntheticCapture().handshake(0, CLIENT_ISN, SERVER_ISN);
        long first = CLIENT_ISN + 1;
        for (int i = 0; i < 4; i++) {
            c.at(10 + i).send(c.c2s().seq(first + i * 1000L).ack(SERVER_ISN + 1).flags(PSH).payload(1000));
        }
        c.at(15).send(c.s2c().seq(SERVER_ISN + 1).ack(first + 2000));
        // Segment 3 lies wholly past the wrap; it is sent again after an RTO.
        c.at(215).send(c.c2s().seq(first + 2000).ack(SERVER_ISN + 1).flags(PSH).payload(1000));
        c.at(216).send(c.s2c().seq(SERVER_ISN + 1).ack(first + 4000));
        c.at(220).send(c.c2s().seq(first + 4000).ack(SERVER_ISN + 1).flags(FIN));
        c.at(221).send(c.s2c().seq(SERVER_ISN + 1).ack(first + 4001).flags(FIN));
        c.at(222).send(c.c2s().seq(first + 4001).ack(SERVER_ISN + 2));

        ConnectionSummary conn = only(analyse(c));
        DirectionStats up = conn.aToB();
        assertEquals(5000, up.payloadBytes(), "payload with the retransmitted copy");
        assertEquals(4000, up.uniquePayloadBytes());
        assertEquals(4000, up.inOrderPayloadBytes());
        assertEquals(0, up.holes());
        assertEquals(1, conn.flags().retransmissions());
        assertEquals(1, conn.flags().total(), "nothing but the retransmission: " + conn.flags());
        assertEquals(ConnectionState.CLOSED, conn.state());
        assertTrue(conn.handshakeSeen());
    }

    @Test
    void holesAreCountedAcrossTheWrap() throws IOException {
        SyntheticCapture c = new SyntheticCapture().handshake(0, CLIENT_ISN, SERVER_ISN);
        long first = CLIENT_ISN + 1;
        c.at(10).send(c.c2s().seq(first).ack(SERVER_ISN + 1).payload(1000));
        c.at(11).send(c.c2s().seq(first + 3000).ack(SERVER_ISN + 1).payload(1000));

        DirectionStats up = only(analyse(c)).aToB();
        assertEquals(1000, up.inOrderPayloadBytes(), "stops at the first hole");
        assertEquals(2000, up.uniquePayloadBytes());
        assertEquals(1, up.holes());
    }

    @Test
    void aNewSynOnAClosedFourTupleStartsASecondConnection() throws IOException {
        SyntheticCapture c = new SyntheticCapture().handshake(0, 1000, 5000);
        c.at(2).send(c.c2s().seq(1001).ack(5001).flags(FIN));
        c.at(3).send(c.s2c().seq(5001).ack(1002).flags(FIN));
        c.at(4).send(c.c2s().seq(1002).ack(5002));
        c.handshake(1000, 90_000, 70_000);
        c.at(1002).send(c.c2s().seq(90_001).ack(70_001).flags(RST));

        AnalysisResult result = analyse(c);
        assertEquals(2, result.connections().size());
        ConnectionSummary first = result.connections().get(0);
        ConnectionSummary second = result.connections().get(1);
        assertEquals(0, first.index());
        assertEquals(1, second.index());
        assertEquals(first.a(), second.a(), "same 4-tuple");
        assertEquals(ConnectionState.CLOSED, first.state());
        assertEquals(ConnectionState.RESET, second.state());
        assertEquals(6, first.packets());
        assertEquals(4, second.packets());
        assertEquals(7, second.firstFrame());
    }

    @Test
    void aRepeatedSynWithTheSameIsnStaysInTheConnection() throws IOException {
        SyntheticCapture c = new SyntheticCapture();
        c.at(0).send(c.c2s().seq(1000).flags(SYN).mss(1460));
        c.at(1000).send(c.c2s().seq(1000).flags(SYN).mss(1460));
        c.at(1001).send(c.s2c().seq(5000).ack(1001).flags(SYN).mss(1460));
        c.at(1002).send(c.c2s().seq(1001).ack(5001));

        ConnectionSummary conn = only(analyse(c));
        assertEquals(2, conn.aToB().syn());
        assertEquals(1, conn.flags().retransmissions(), "tshark calls the repeated SYN a retransmission");
        assertTrue(conn.handshakeSeen());
        assertEquals(ConnectionState.ESTABLISHED, conn.state());
    }

    @Test
    void withoutTheHandshakeTheWindowScaleIsUnknown() throws IOException {
        SyntheticCapture c = new SyntheticCapture();
        c.at(0).send(c.c2s().seq(5100).ack(9000).payload(100));
        c.at(0.5).send(c.c2s().seq(5000).ack(9000).payload(100));
        c.at(2).send(c.s2c().seq(9000).ack(5200).window(300));

        ConnectionSummary conn = only(analyse(c));
        assertEquals(conn.a(), conn.client(), "no SYN: the first sender is the client");
        assertFalse(conn.handshakeSeen());
        assertEquals(ConnectionState.ESTABLISHED, conn.state());
        for (DirectionStats d : new DirectionStats[]{conn.aToB(), conn.bToA()}) {
            assertFalse(d.windowScaleKnown());
            assertEquals(-1, d.windowScale());
            assertEquals(-1, d.mss());
        }
        assertEquals(200, conn.aToB().inOrderPayloadBytes(), "from the lowest sequence number seen");
        assertEquals(1, conn.flags().outOfOrder());
    }

    @Test
    void handshakeOptionsAreRecordedPerDirection() throws IOException {
        SyntheticCapture c = new SyntheticCapture();
        c.at(0).send(c.c2s().seq(1).flags(SYN).mss(1460).windowScale(7).sackPermitted().timestamps(10, 0));
        c.at(1).send(c.s2c().seq(2).ack(2).flags(SYN).mss(1400).timestamps(20, 10));
        c.at(2).send(c.c2s().seq(2).ack(3).timestamps(11, 20));

        ConnectionSummary conn = only(analyse(c));
        assertEquals(1460, conn.aToB().mss());
        assertEquals(7, conn.aToB().windowScale());
        assertTrue(conn.aToB().sackPermitted());
        assertTrue(conn.aToB().timestamps());
        assertEquals(1400, conn.bToA().mss());
        assertEquals(-1, conn.bToA().windowScale(), "server did not offer scaling");
        assertFalse(conn.bToA().sackPermitted());
        assertTrue(conn.aToB().windowScaleKnown(), "both SYNs seen: known (and not in use)");
    }

    @Test
    void aSynAnsweredByResetIsRefused() throws IOException {
        SyntheticCapture c = new SyntheticCapture();
        c.at(0).send(c.c2s().seq(1000).flags(SYN));
        c.at(0.1).send(c.s2c().seq(0).ack(1001).flags(RST));

        ConnectionSummary conn = only(analyse(c));
        assertEquals(ConnectionState.REFUSED, conn.state());
        assertFalse(conn.handshakeSeen());
        assertEquals(1, conn.aToB().syn());
        assertEquals(1, conn.bToA().rst());
        assertEquals(conn.a(), conn.client());
    }

    @Test
    void aResetAfterDataEndsTheConnection() throws IOException {
        SyntheticCapture c = new SyntheticCapture().handshake(0, 1000, 5000);
        c.at(2).send(c.s2c().seq(5001).ack(1001).payload(500));
        c.at(3).send(c.c2s().seq(1001).ack(5501).flags(RST));

        ConnectionSummary conn = only(analyse(c));
        assertEquals(ConnectionState.RESET, conn.state());
        assertEquals(500, conn.bToA().inOrderPayloadBytes());
        assertEquals(1, conn.aToB().rst());
    }

    @Test
    void stateFollowsTheControlSegments() throws IOException {
        SyntheticCapture synOnly = new SyntheticCapture();
        synOnly.at(0).send(synOnly.c2s().seq(1).flags(SYN));
        assertEquals(ConnectionState.SYN_SENT, only(analyse(synOnly)).state());

        SyntheticCapture synAck = new SyntheticCapture();
        synAck.at(0).send(synAck.c2s().seq(1).flags(SYN));
        synAck.at(1).send(synAck.s2c().seq(100).ack(2).flags(SYN));
        assertEquals(ConnectionState.SYN_RECEIVED, only(analyse(synAck)).state());

        SyntheticCapture halfClosed = new SyntheticCapture().handshake(0, 1, 100);
        halfClosed.at(2).send(halfClosed.c2s().seq(2).ack(101).flags(FIN));
        assertEquals(ConnectionState.HALF_CLOSED, only(analyse(halfClosed)).state());
    }

    @Test
    void headerOnlyCapturesCountPayloadFromSequenceNumbers() throws IOException {
        SyntheticCapture c = new SyntheticCapture().handshake(0, 1000, 5000);
        for (int i = 0; i < 3; i++) {
            c.at(2 + i).send(c.c2s().seq(1001 + i * 1000L).ack(5001).payload(1000));
        }
        Path file = c.write(dir.resolve("snap.pcap"), 64);

        AnalysisResult result = analyzer.analyze(file, AnalysisOptions.DEFAULT, ProgressMonitor.NONE);
        DirectionStats up = only(result).aToB();
        assertEquals(3000, up.inOrderPayloadBytes());
        assertEquals(3000, up.payloadBytes());
        assertTrue(up.payloadTruncated());
        assertEquals(66 + 54 + 3 * 1054, up.bytes(), "original frame lengths, not captured ones");
        assertEquals(0, result.malformedFrames());
    }

    @Test
    void ipFragmentsAreNotTcp() throws IOException {
        SyntheticCapture c = new SyntheticCapture().handshake(0, 1000, 5000);
        c.at(2).send(c.c2s().seq(1001).ack(5001).payload(100).fragment(0, true));
        c.at(3).send(c.c2s().seq(1001).ack(5001).payload(100).fragment(185, false));

        AnalysisResult result = analyse(c);
        assertEquals("pcap", result.format());
        assertEquals(java.util.List.of("EN10MB"), result.linkTypes());
        assertEquals(SyntheticCapture.EPOCH_NANOS, result.firstTimestampNanos());
        assertEquals(SyntheticCapture.EPOCH_NANOS + 3_000_000, result.lastTimestampNanos());
        assertEquals(5, result.frames());
        assertEquals(3, result.tcpFrames());
        assertEquals(2, result.otherFrames());
        assertEquals(3, only(result).packets());
        assertEquals(0, only(result).aToB().payloadBytes());
    }

    @Test
    void vlanTaggedFramesAreAnalysed() throws IOException {
        SyntheticCapture c = new SyntheticCapture();
        c.at(0).send(c.c2s().seq(1).flags(SYN).vlan(100));
        c.at(1).send(c.s2c().seq(100).ack(2).flags(SYN).vlan(100));
        c.at(2).send(c.c2s().seq(2).ack(101).payload(10).vlan(100));

        ConnectionSummary conn = only(analyse(c));
        assertEquals(10, conn.aToB().inOrderPayloadBytes());
        assertEquals(2 * (14 + 4 + 20 + 20) + 10, conn.aToB().bytes());
    }

    @Test
    void ipv6ConnectionsAreAnalysed() throws IOException {
        SyntheticCapture c = new SyntheticCapture();
        c.frame(org.offloadlab.testing.TcpFrames.ipv6("fd00::1", 41000, "fd00::2", 80).seq(1).flags(SYN).build());
        c.at(1).frame(org.offloadlab.testing.TcpFrames.ipv6("fd00::2", 80, "fd00::1", 41000).seq(9).ack(2)
                .flags(SYN).build());

        ConnectionSummary conn = only(analyse(c));
        assertEquals("[fd00::1]:41000", conn.client().toString());
        assertEquals(ConnectionState.SYN_RECEIVED, conn.state());
    }

    @Test
    void connectionsAreNumberedByFirstAppearance() throws IOException {
        SyntheticCapture c = new SyntheticCapture();
        for (int port = 41000; port < 41010; port++) {
            c.clientPort(port).at(port - 41000).send(c.c2s().seq(port).flags(SYN));
        }
        c.clientPort(41003).at(20).send(c.s2c().seq(1).ack(41004).flags(SYN));

        AnalysisResult result = analyse(c);
        assertEquals(10, result.connections().size());
        for (int i = 0; i < 10; i++) {
            assertEquals(i, result.connections().get(i).index());
            assertEquals(41000 + i, result.connections().get(i).client().port());
        }
        assertEquals(2, result.connections().get(3).packets());
    }

    @Test
    void rttSamplesFollowKarnsRule() throws IOException {
        SyntheticCapture c = new SyntheticCapture().handshake(0, 1000, 5000);
        c.at(10).send(c.c2s().seq(1001).ack(5001).payload(100));
        c.at(30).send(c.s2c().seq(5001).ack(1101));
        c.at(40).send(c.c2s().seq(1101).ack(5001).payload(100));
        c.at(340).send(c.c2s().seq(1101).ack(5001).payload(100));
        c.at(350).send(c.s2c().seq(5001).ack(1201));

        ConnectionSummary conn = only(analyse(c));
        // SYN → SYN-ACK 0.5 ms, SYN-ACK → ACK 0.5 ms, first data 20 ms; the retransmitted segment gives none.
        assertEquals(3, conn.rttSamples());
        assertEquals(500_000, conn.minRttNanos());
        assertEquals((500_000 + 500_000 + 20_000_000) / 3, conn.meanRttNanos());
    }
}
