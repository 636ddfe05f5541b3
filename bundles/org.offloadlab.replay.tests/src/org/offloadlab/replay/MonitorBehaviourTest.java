package org.offloadlab.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offloadlab.analysis.CaptureAnalyzer;
import org.offloadlab.pcap.LinkType;
import org.offloadlab.pcap.PcapWriter;
import org.offloadlab.tcp.HardState;
import org.offloadlab.tcp.HardStateCodec;
import org.offloadlab.tcp.State;
import org.offloadlab.testing.MiniJson;
import org.offloadlab.testing.TcpFrames;

/**
 * Monitor mode on hand-built captures whose every number is known: sequence numbers across the 2^32 wrap, an RTT of
 * exactly 10 ms, a retransmission, a failure point mid-flight, TIME-WAIT expiry.
 */
class MonitorBehaviourTest {

    private static final int SYN = 0x02;
    private static final int FIN = 0x01;
    private static final int ACK = 0x10;
    private static final int PSH = 0x08;
    private static final long MS = 1_000_000L;
    private static final long CLIENT_ISN = 0xFFFF_F000L;
    private static final long SERVER_ISN = 0xFFFF_FF00L;

    private static TcpFrames.Builder fromClient(long seq, long ack, int flags) {
        return segment(TcpFrames.ipv4("10.0.0.1", 40000, "10.0.0.2", 80), seq, ack, flags);
    }

    private static TcpFrames.Builder fromServer(long seq, long ack, int flags) {
        return segment(TcpFrames.ipv4("10.0.0.2", 80, "10.0.0.1", 40000), seq, ack, flags);
    }

    /** The builder sets ACK whenever an acknowledgment number is given, so a bare SYN gets none. */
    private static TcpFrames.Builder segment(TcpFrames.Builder b, long seq, long ack, int flags) {
        b.seq(seq & 0xFFFF_FFFFL).flags(flags);
        return (flags & ACK) != 0 ? b.ack(ack & 0xFFFF_FFFFL) : b;
    }

    /**
     * Handshake at t=0; the server sends 3 × 1000 bytes across the sequence wrap at 1 ms, the client acknowledges all
     * at 11 ms (RTT 10 ms); the second segment is retransmitted at 5 ms; the server closes at 20 ms, the client at 21
     * ms; a second connection opens 61 s later, after the first one's TIME-WAIT.
     */
    private static Path capture(Path dir) throws IOException {
        Path file = dir.resolve("wrap.pcap");
        long c = CLIENT_ISN + 1;
        long s = SERVER_ISN + 1;
        try (PcapWriter w = PcapWriter.create(file, LinkType.ETHERNET)) {
            w.write(0, fromClient(CLIENT_ISN, 0, SYN).mss(1460).sackPermitted().windowScale(7).build());
            w.write(100_000, fromServer(SERVER_ISN, c, SYN | ACK).mss(1400).sackPermitted().windowScale(8).build());
            w.write(200_000, fromClient(c, s, ACK).window(1000).build());
            for (int i = 0; i < 3; i++) {
                w.write(MS + i * 1000, fromServer(s + i * 1000L, c, ACK | PSH).payload(1000).build());
            }
            w.write(5 * MS, fromServer(s + 1000, c, ACK | PSH).payload(1000).build());
            w.write(11 * MS, fromClient(c, s + 3000, ACK).window(1000).build());
            w.write(20 * MS, fromServer(s + 3000, c, FIN | ACK).build());
            w.write(21 * MS, fromClient(c, s + 3001, FIN | ACK).window(1000).build());
            w.write(22 * MS, fromServer(s + 3001, c + 1, ACK).build());
            w.write(61_000 * MS, TcpFrames.ipv4("10.0.0.1", 40001, "10.0.0.2", 80).seq(7).flags(SYN).build());
        }
        return file;
    }

    private static MonitorResult monitor(Path capture, ReplayOptions options) throws IOException {
        return ReplaySource.create(CaptureAnalyzer.create()).monitor(capture, options, null);
    }

    @Test
    void tracksTheServerAcrossTheSequenceWrap(@TempDir Path dir) throws IOException {
        MonitorResult r = monitor(capture(dir), ReplayOptions.monitor());
        MonitoredConnection m = r.connections().get(0);
        assertEquals(List.of(State.SYN_RECEIVED, State.ESTABLISHED, State.FIN_WAIT_1, State.FIN_WAIT_2,
                State.TIME_WAIT, State.CLOSED), m.statesReached());
        assertEquals(3000, m.localDataSent());
        assertEquals(3000, m.localDataAcked());
        assertEquals(0, m.remoteDataSent());
        assertEquals(4000, m.localPayloadBytes());
        assertEquals(3000, m.peakUnackedBytes());
        SoftEstimate soft = m.last().soft();
        assertEquals(1, soft.retransmissions());
        // the first segment was timed at 1 ms and is acknowledged at 11 ms; the retransmission did not spoil it
        // because it resent a later segment (Karn's rule excludes only samples covering retransmitted data)
        assertEquals(10 * MS, soft.srttNanos());
        assertEquals(5 * MS, soft.rttvarNanos());
        HardState h = m.last().hardState();
        assertEquals((int) (SERVER_ISN + 3002), h.sndUna());
        assertEquals((int) (SERVER_ISN + 3002), h.sndNxt());
        assertEquals((int) (CLIENT_ISN + 2), h.rcvNxt());
        assertEquals(1400, h.rcvMss());
        assertEquals(1460, h.sndMss());
        assertEquals(7, h.sndWscale());
        assertEquals(8, h.rcvWscale());
        assertEquals(1000L << 7, h.sndWnd());
        assertTrue(h.sackPermitted());
        // TIME-WAIT ended 60 s after it began, before the second connection's SYN (which, unanswered, is not held)
        assertEquals(0, r.series().get(r.series().size() - 1).connections());
    }

    @Test
    void aFailureMidFlightMustRecoverTheUnacknowledgedData(@TempDir Path dir) throws IOException {
        // frame 7 is the retransmission at 5 ms: all 3000 bytes are sent and none acknowledged
        MonitorResult r = monitor(capture(dir), ReplayOptions.monitor().withFailAt(FailurePoint.parse("#7")));
        FailoverSnapshot f = r.failover();
        assertEquals(7, f.frameNumber());
        assertEquals(1, f.connections().size());
        OffloadSnapshot s = f.connections().get(0);
        assertEquals(State.ESTABLISHED, s.hardState().state());
        assertEquals(3000, s.unackedSendBytes());
        assertEquals(3000, f.unackedSendBytes());
        assertEquals(1, f.connectionsWithFlight());
        assertEquals(HardStateCodec.encode(s.hardState()).length + 3000, s.hardStateBytes());
    }

    @Test
    void theClientSideCanBeChosenAndAFailurePointAfterTheEndGivesNoSnapshot(@TempDir Path dir) throws IOException {
        MonitorResult r = monitor(capture(dir), ReplayOptions.monitor()
                .withEndpoint(EndpointSelector.parse("10.0.0.1:40000")).withFailAt(FailurePoint.parse("#99")));
        assertNull(r.failover());
        assertEquals(1, r.connections().size(), "only the connection from port 40000");
        MonitoredConnection m = r.connections().get(0);
        assertEquals("10.0.0.1:40000", m.local().toString());
        assertEquals(3000, m.remoteDataSent());
        assertEquals(3000, m.remoteDataAcked());
        assertEquals(State.SYN_SENT, m.statesReached().get(0));
    }

    @Test
    void theSeriesStaysBoundedWhateverTheSamplingInterval(@TempDir Path dir) throws IOException {
        ReplayOptions every = new ReplayOptions(ReplayMode.MONITOR, null, null, null, 1, null);
        MonitorResult r = monitor(capture(dir), every);
        assertTrue(r.series().size() <= ReplayOptions.MAX_SAMPLES + 1, "samples: " + r.series().size());
        assertEquals(1, r.peakConnections() > 0 ? 1 : 0);
    }

    @Test
    void jsonIsWellFormed(@TempDir Path dir) throws IOException {
        var out = new java.io.StringWriter();
        org.offloadlab.replay.report.ReplayReports.writeJson(monitor(capture(dir), ReplayOptions.monitor()), "t",
                out);
        var json = MiniJson.object(MiniJson.parse(out.toString()));
        assertEquals(2, MiniJson.array(json.get("connections")).size());
    }
}
