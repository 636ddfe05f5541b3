package org.offloadlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offloadlab.analysis.CaptureAnalyzer;
import org.offloadlab.failover.RecoveryTimeline;
import org.offloadlab.model.ConnectionRecord;
import org.offloadlab.model.FailoverTimeline;
import org.offloadlab.model.Metric;
import org.offloadlab.model.Results;
import org.offloadlab.model.Series;
import org.offloadlab.model.io.OffloadFiles;
import org.offloadlab.replay.ConformanceResult;
import org.offloadlab.replay.ConnectionConformance;
import org.offloadlab.replay.Difference;
import org.offloadlab.replay.FailurePoint;
import org.offloadlab.replay.MonitorResult;
import org.offloadlab.replay.MonitoredConnection;
import org.offloadlab.replay.ReplayOptions;
import org.offloadlab.replay.ReplaySource;
import org.offloadlab.replay.TraceResult;
import org.offloadlab.testing.TestCaptures;

/**
 * The replay results in the experiment results model: every value is compared with the replay result's own numbers on
 * committed real captures, and each model survives a save and load through {@link OffloadFiles}.
 */
class ReplayResultsTest {

    private static final ReplaySource SOURCE = ReplaySource.create(CaptureAnalyzer.create());

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"many_short_200.pcap", "bulk_1mb.pcap", "ipv6.pcapng"})
    void monitorResultsCarryTheReplaysNumbers(String name) throws Exception {
        Path capture = TestCaptures.capture(name);
        MonitorResult r = SOURCE.monitor(capture, ReplayOptions.monitor().withFailAt(FailurePoint.parse("50%")),
                null);
        String checksum = ReplayResults.captureChecksum(capture);
        Results m = ReplayResults.monitor(r, new ReplayResults.Source("test-1", 0, checksum));

        assertEquals("test-1", m.getProvenance().getVersion());
        assertTrue(checksum.matches("sha256:[0-9a-f]{64}"), checksum);
        assertEquals(checksum, m.getProvenance().getCaptureChecksum());
        assertEquals(r.analysis().frames(), metric(m, "frames"));
        assertEquals(r.connections().size(), metric(m, "connections"));
        assertEquals(r.peakConnections(), metric(m, "peak_connections_held"));
        assertEquals(r.peakHardStateBytes(), metric(m, "peak_hard_state_bytes"));
        assertNotNull(r.failover(), "50% lies inside the capture");
        assertEquals(r.failover().hardStateBytes(), metric(m, "failover_snapshot_hard_state_bytes"));
        assertEquals(r.failover().connections().size(), metric(m, "failover_snapshot_connections"));
        assertNull(m.getIntegrity(), "a tap delivers nothing to verify");

        Series held = series(m, "held_connections");
        assertEquals(r.series().size(), held.getValues().length());
        for (int i = 0; i < r.series().size(); i++) {
            assertEquals(r.series().get(i).connections(), held.getValues().get(i));
        }
        assertEquals(r.connections().size(), m.getConnections().size());
        for (int i = 0; i < r.connections().size(); i++) {
            MonitoredConnection c = r.connections().get(i);
            ConnectionRecord rec = m.getConnections().get(i);
            assertEquals(c.index(), rec.getId());
            assertEquals(c.local().port(), rec.getLocalPort());
            assertEquals(c.remote().port(), rec.getRemotePort());
            assertEquals(c.finalState().name(), rec.getTcpState());
            assertEquals(Integer.toUnsignedLong(c.last().hardState().rcvNxt()), rec.getRcvNxt());
            assertEquals(c.last().hardState().sndMss(), rec.getMss());
            assertEquals(c.localDataSent(), rec.getBytesOut());
            assertEquals(c.remoteDataSent(), rec.getBytesIn());
            assertEquals(c.statesReached().size(), rec.getStates().length());
        }
        assertRoundTrips(m);
    }

    @Test
    void conformanceResultsCountDifferencesByClass() throws Exception {
        Path capture = TestCaptures.capture("many_short_200.pcap");
        ConformanceResult r = SOURCE.conformance(capture, ReplayOptions.monitor(), null, null);
        Results m = ReplayResults.conformance(r, new ReplayResults.Source("test-1", 0, null));

        assertEquals(r.connections().size(), metric(m, "connections"));
        assertEquals(r.replayed(), metric(m, "connections_replayed"));
        assertEquals(r.count(Difference.Verdict.POLICY), metric(m, "policy_differences"));
        assertEquals(r.count(Difference.Verdict.NONCONFORMANCE), metric(m, "nonconformances"));
        long byClass = 0;
        for (Difference.Kind k : Difference.Kind.values()) {
            for (Difference.Verdict v : Difference.Verdict.values()) {
                long expected = r.connections().stream().flatMap(c -> c.differences().stream())
                        .filter(d -> d.kind() == k && d.verdict() == v).count();
                double actual = metric(m, "differences." + k.name().toLowerCase(Locale.ROOT) + "."
                        + v.name().toLowerCase(Locale.ROOT));
                assertEquals(expected, actual, k + " " + v);
                byClass += (long) actual;
            }
        }
        assertEquals(r.count(Difference.Verdict.POLICY) + r.count(Difference.Verdict.NONCONFORMANCE), byClass);
        assertEquals(r.connections().stream().mapToLong(ConnectionConformance::realSegments).sum(),
                metric(m, "real_segments"));
        Series policy = series(m, "policy_differences");
        assertEquals(r.count(Difference.Verdict.POLICY), policy.getTimesNanos().length());
        assertEquals(r.connections().size(), m.getConnections().size());
        assertRoundTrips(m);
    }

    @Test
    void traceWithAFailoverHasATimelineAndAnIntegrityVerdict() throws Exception {
        Path capture = TestCaptures.capture("bulk_1mb.pcap");
        TraceResult r = SOURCE.trace(capture, ReplayOptions.monitor().withFailAt(FailurePoint.parse("40%")), null, 7,
                null);
        Results m = ReplayResults.trace(r, new ReplayResults.Source("test-1", 7, "sha256:x"));

        assertEquals(7, m.getProvenance().getSeed());
        assertEquals(r.clientToServerBytes(), metric(m, "client_to_server_bytes"));
        assertEquals(r.serverToClientBytes(), metric(m, "server_to_client_bytes"));
        assertEquals(r.workload().bytesReceived(), metric(m, "bytes_delivered"));
        assertEquals(r.connectionsScheduled(), metric(m, "connections_scheduled"));
        assertEquals(r.simulatedNanos(), metric(m, "simulated_ns"));

        assertEquals(1, r.failovers().size());
        assertEquals(r.failovers().size(), m.getFailovers().size());
        RecoveryTimeline t = r.failovers().get(0);
        FailoverTimeline f = m.getFailovers().get(0);
        assertEquals(t.failedAt(), f.getFailedAtNanos());
        assertEquals(t.detectedAt(), f.getDetectedAtNanos());
        assertEquals(t.resumedAt(), f.getResumedAtNanos());
        assertEquals(t.hardStateRecoveredAt(), f.getHardStateRecoveredAtNanos());
        assertEquals(t.blackoutMax(), f.getBlackoutMaxNanos());
        assertEquals(t.connections() - t.connectionsLost(), f.getConnectionsRestored());
        assertEquals(t.substitute(), f.getSubstitute());
        assertTrue(f.getOutcome().startsWith("restored onto"), f.getOutcome());

        assertNotNull(m.getIntegrity());
        assertEquals(r.reproduced(), m.getIntegrity().isOk());
        assertTrue(m.getIntegrity().isOk(), r.workload()::toString);
        assertEquals(r.connectionsScheduled(), m.getIntegrity().getConnections());
        assertEquals(0, m.getIntegrity().getBytesLost());
        Results back = assertRoundTrips(m);
        assertEquals(t.blackoutP99(), back.getFailovers().get(0).getBlackoutP99Nanos());

        // the runner's results.json writer accepts the model as it is
        StringWriter json = new StringWriter();
        ResultsWriter.writeJson(new RunResult(m, List.of(), r.finished(), false, Instant.EPOCH, 0), json);
        assertTrue(json.toString().contains("\"capture_checksum\": \"sha256:x\""), json::toString);
        assertTrue(json.toString().contains("\"resumed_at\": " + ResultsWriter.seconds(t.resumedAt())),
                json::toString);
    }

    @Test
    void traceWithoutAFailureHasNoTimeline() throws IOException {
        TraceResult r = SOURCE.trace(TestCaptures.capture("simple_http.pcap"), ReplayOptions.monitor(), null, 1, null);
        Results m = ReplayResults.trace(r, new ReplayResults.Source("test-1", 1, null));
        assertTrue(m.getFailovers().isEmpty());
        assertEquals(r.reproduced(), m.getIntegrity().isOk());
    }

    /**
     * A capture with more connections than records kept: the rest are counted, and the file (records copied from a real
     * connection's final state, so each is full size) stays loadable under the model loader's size limit.
     */
    @Test
    void manyConnectionsAreCappedAndTheFileStaysLoadable() throws Exception {
        MonitorResult real = SOURCE.monitor(TestCaptures.capture("bulk_1mb.pcap"), ReplayOptions.monitor(), null);
        MonitoredConnection c = real.connections().get(0);
        int n = ReplayResults.MAX_CONNECTION_RECORDS + 5;
        List<MonitoredConnection> many = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            many.add(new MonitoredConnection(i, c.local(), c.remote(), c.statesReached(), c.localPackets(),
                    c.remotePackets(), c.localPayloadBytes(), c.remotePayloadBytes(), c.localDataSent(),
                    c.remoteDataSent(), c.localDataAcked(), c.remoteDataAcked(), c.peakUnackedBytes(), c.last()));
        }
        MonitorResult big = new MonitorResult(real.analysis(), real.endpoint(), many, real.series(), null);
        Results m = ReplayResults.monitor(big, new ReplayResults.Source("test-1", 0, null));
        assertEquals(ReplayResults.MAX_CONNECTION_RECORDS, m.getConnections().size());
        assertEquals(5, m.getConnectionsNotRecorded());
        assertEquals(n, metric(m, "connections"));
        Path file = dir.resolve("big.xmi");
        OffloadFiles.save(m, file);
        assertTrue(Files.size(file) < OffloadFiles.MAX_FILE_BYTES / 2, () -> "size " + file);
        assertEquals(ReplayResults.MAX_CONNECTION_RECORDS, OffloadFiles.loadResults(file).getConnections().size());
    }

    @Test
    void aDifferentCaptureHasADifferentChecksum() throws IOException {
        assertFalse(ReplayResults.captureChecksum(TestCaptures.capture("simple_http.pcap"))
                .equals(ReplayResults.captureChecksum(TestCaptures.capture("bulk_1mb.pcap"))));
    }

    private Results assertRoundTrips(Results m) throws Exception {
        Path file = dir.resolve("results.xmi");
        OffloadFiles.save(m, file);
        assertTrue(Files.size(file) > 0);
        Results back = OffloadFiles.loadResults(file);
        assertTrue(EcoreUtil.equals(m, back), "the saved results load back equal");
        return back;
    }

    private static double metric(Results r, String name) {
        for (Metric m : r.getMetrics()) {
            if (m.getName().equals(name)) {
                return m.getValue();
            }
        }
        throw new AssertionError("no metric " + name);
    }

    private static Series series(Results r, String name) {
        return r.getSeries().stream().filter(s -> s.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no series " + name));
    }
}
