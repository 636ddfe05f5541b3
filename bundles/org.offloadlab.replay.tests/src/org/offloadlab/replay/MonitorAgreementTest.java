package org.offloadlab.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.analysis.CaptureAnalyzer;
import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.analysis.DirectionStats;
import org.offloadlab.replay.internal.ReplayService;
import org.offloadlab.tcp.State;
import org.offloadlab.testing.TestCaptures;

/**
 * Monitor mode on every real capture (the committed ones and the shared reference set when present): what the
 * monitoring adapter tracked per connection must agree with the independent passive analysis — packets and payload per
 * direction, distinct data, options, and the states reached.
 */
class MonitorAgreementTest {

    static Stream<Path> captures() {
        List<Path> all = new ArrayList<>(TestCaptures.capturesWithTruth(TestCaptures.dir()));
        TestCaptures.sharedDir().ifPresent(d -> all.addAll(TestCaptures.capturesWithTruth(d)));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("captures")
    void monitorAgreesWithAnalysis(Path capture) throws IOException {
        CaptureAnalyzer analyzer = CaptureAnalyzer.create();
        AnalysisResult analysis = analyzer.analyze(capture, null, null);
        MonitorResult monitored = new ReplayService(analyzer).monitor(capture, ReplayOptions.monitor(), null);

        assertEquals(analysis.connections().size(), monitored.connections().size(), "connections");
        for (MonitoredConnection m : monitored.connections()) {
            ConnectionSummary c = analysis.connections().get(m.index());
            String where = capture.getFileName() + " stream " + m.index() + ": ";
            assertEquals(EndpointSelector.SERVERS.localSide(c), m.local(), where + "local side");
            boolean localIsA = m.local().equals(c.a());
            DirectionStats out = localIsA ? c.aToB() : c.bToA();
            DirectionStats in = localIsA ? c.bToA() : c.aToB();
            assertEquals(out.packets(), m.localPackets(), where + "local packets");
            assertEquals(in.packets(), m.remotePackets(), where + "remote packets");
            assertEquals(out.payloadBytes(), m.localPayloadBytes(), where + "local payload");
            assertEquals(in.payloadBytes(), m.remotePayloadBytes(), where + "remote payload");
            if (out.holes() == 0 && out.syn() > 0) {
                assertEquals(out.uniquePayloadBytes(), m.localDataSent(), where + "local distinct data");
            }
            if (in.holes() == 0 && in.syn() > 0) {
                assertEquals(in.uniquePayloadBytes(), m.remoteDataSent(), where + "remote distinct data");
            }
            assertTrue(m.localDataAcked() <= m.localDataSent(), where + "acked beyond sent");
            assertTrue(m.remoteDataAcked() <= m.remoteDataSent() || in.syn() == 0, where + "delivered beyond sent");
            if (c.handshakeSeen()) {
                var h = m.last().hardState();
                assertEquals(out.mss() < 0 ? 536 : out.mss(), h.rcvMss(), where + "local MSS");
                assertEquals(in.mss() < 0 ? 536 : in.mss(), h.sndMss(), where + "remote MSS");
                assertEquals(out.sackPermitted() && in.sackPermitted(), h.sackPermitted(), where + "SACK");
                assertEquals(out.timestamps() && in.timestamps(), h.timestamps(), where + "timestamps");
                assertEquals(out.windowScale() >= 0 && in.windowScale() >= 0, h.windowScaling(), where + "wscale");
            }
            assertStatesAgree(where, c, m);
        }
    }

    /** The analysis's furthest state, seen from the server side the adapter terminates. */
    private static void assertStatesAgree(String where, ConnectionSummary c, MonitoredConnection m) {
        List<State> s = m.statesReached();
        String got = where + "analysis " + c.state() + " vs monitor " + s;
        switch (c.state()) {
            case SYN_SENT, REFUSED -> assertTrue(s.isEmpty(), got);
            case SYN_RECEIVED -> {
                assertEquals(List.of(State.SYN_RECEIVED), s.subList(0, Math.min(1, s.size())), got);
                assertFalse(s.contains(State.ESTABLISHED), got);
            }
            case ESTABLISHED -> assertEquals(State.ESTABLISHED, m.finalState(), got);
            case HALF_CLOSED -> assertTrue(m.finalState() == State.FIN_WAIT_1 || m.finalState() == State.FIN_WAIT_2
                    || m.finalState() == State.CLOSE_WAIT, got);
            case CLOSED -> assertTrue(m.finalState() == State.TIME_WAIT || m.finalState() == State.CLOSING
                    || m.finalState() == State.LAST_ACK || m.finalState() == State.CLOSED, got);
            case RESET -> {
                assertEquals(State.CLOSED, m.finalState(), got);
                assertTrue(s.contains(State.ESTABLISHED) || s.contains(State.SYN_RECEIVED), got);
            }
        }
    }
}
