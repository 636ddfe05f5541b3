package org.offloadlab.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offloadlab.analysis.CaptureAnalyzer;
import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.testing.TestCaptures;

/**
 * Trace-driven mode on real captures: the re-simulation (servers on the emulated offload adapter and host, clients on
 * an emulated peer, link estimated from the capture) delivers exactly the octets the capture's applications wrote, each
 * way, intact.
 */
class TraceReplayTest {

    @ParameterizedTest
    @ValueSource(strings = {"simple_http.pcap", "bulk_1mb.pcap", "many_short_200.pcap", "half_close.pcap",
            "impaired.pcap", "zero_window.pcap", "snaplen96.pcap", "ipv6.pcapng", "conn_refused.pcap",
            "rst_midstream.pcap",
            "urgent_oob.pcap", "keepalive.pcapng", "vlan.pcap", "offload_artifacts.pcap"})
    void reSimulatedBytesEqualTheCapturesInOrderPayload(String name) throws IOException {
        Path capture = TestCaptures.capture(name);
        TraceResult r = ReplaySource.create(CaptureAnalyzer.create()).trace(capture, ReplayOptions.monitor(), null, 1,
                null);
        long expectedUp = 0;
        long expectedDown = 0;
        for (ConnectionSummary c : r.analysis().connections()) {
            if (c.handshakeSeen()) {
                boolean clientIsA = c.client().equals(c.a());
                expectedUp += (clientIsA ? c.aToB() : c.bToA()).inOrderPayloadBytes();
                expectedDown += (clientIsA ? c.bToA() : c.aToB()).inOrderPayloadBytes();
            }
        }
        assertEquals(expectedUp, r.clientToServerBytes(), "client octets extracted");
        assertEquals(expectedDown, r.serverToClientBytes(), "server octets extracted");
        assertTrue(r.finished(), () -> "not finished: " + r.workload());
        assertTrue(r.workload().allIntact(), () -> "damaged: " + r.workload());
        assertEquals(expectedUp + expectedDown, r.workload().bytesReceived(), r.workload()::toString);
        assertEquals(r.connectionsScheduled(), r.workload().completed(), r.workload()::toString);
        assertTrue(r.reproduced());
        assertTrue(r.hostAdapterInteractions() > 0, "the host talked to the adapter");
    }

    /**
     * The same re-simulation with the adapter crashing mid-capture: the failover controller restores every open
     * connection onto a standby from the host's hard state and the streams still arrive intact.
     */
    @ParameterizedTest
    @ValueSource(strings = {"bulk_1mb.pcap", "many_short_200.pcap", "impaired.pcap", "half_close.pcap"})
    void aFailoverMidCaptureKeepsEveryStreamIntact(String name) throws IOException {
        Path capture = TestCaptures.capture(name);
        ReplayOptions options = ReplayOptions.monitor().withFailAt(FailurePoint.parse("40%"));
        TraceResult r = ReplaySource.create(CaptureAnalyzer.create()).trace(capture, options, null, 1, null);
        assertEquals(1, r.failovers().size());
        org.offloadlab.failover.RecoveryTimeline t = r.failovers().get(0);
        assertTrue(t.detectedAt() > t.failedAt() && t.resumedAt() >= t.detectedAt(), t::toText);
        assertEquals(0, t.connectionsLost(), t::toText);
        assertTrue(r.reproduced(), () -> t.toText() + r.workload());
    }
}
