package org.offloadlab.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offloadlab.model.BufferGroupResult;
import org.offloadlab.model.ConnectionRecord;
import org.offloadlab.model.DoubleArray;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.FailoverTimeline;
import org.offloadlab.model.IntArray;
import org.offloadlab.model.LongArray;
import org.offloadlab.model.OffloadFactory;
import org.offloadlab.model.RecoveryStrategy;
import org.offloadlab.model.Results;
import org.offloadlab.model.Series;

/** The 1.1 result elements (series, connection records, buffer groups, failover phases) and 1.0 compatibility. */
class CompactResultsTest {

    private static final OffloadFactory F = OffloadFactory.eINSTANCE;

    @TempDir
    Path dir;

    static Results full() {
        Results r = F.createResults();
        r.setExperiment("compact");
        Series s = F.createSeries();
        s.setName("commands");
        s.setKind("interactions");
        s.setUnit("1/s");
        s.setTimesNanos(LongArray.of(1_000_000L, 2_000_000L, Long.MAX_VALUE));
        s.setValues(DoubleArray.of(0.5, 1e-9, 12345.678));
        r.getSeries().add(s);
        ConnectionRecord c = F.createConnectionRecord();
        c.setId(7);
        c.setLocalPort(80);
        c.setRemotePort(40_000);
        c.setAdapter("nic0");
        c.setTcpState("ESTABLISHED");
        c.setSndUna(4_294_967_295L);
        c.setCwnd(14_480);
        c.setStateTimesNanos(LongArray.of(0, 10, 20));
        c.setStates(IntArray.of(2, 3, 4));
        r.getConnections().add(c);
        BufferGroupResult g = F.createBufferGroupResult();
        g.setName("web");
        g.setRules("local-port = 80");
        g.setMembers(3);
        g.setFillRatio(0.25);
        r.getBufferGroups().add(g);
        FailoverTimeline f = F.createFailoverTimeline();
        f.setAdapter("nic0");
        f.setSubstitute("nic1");
        f.setDetectedAtNanos(5);
        f.setBlackoutP99Nanos(99);
        f.setBlackoutConnectionIds(IntArray.of(7, 8));
        f.setBlackoutNanos(LongArray.of(100, 200));
        r.getFailovers().add(f);
        r.setConnectionsNotRecorded(12);
        return r;
    }

    @Test
    void newElementsRoundTripExactly() throws IOException {
        Results r = full();
        Path file = dir.resolve("results.xmi");
        OffloadFiles.save(r, file);
        Results back = OffloadFiles.loadResults(file);
        assertTrue(EcoreUtil.equals(r, back), "what was saved is what is loaded");
        Series s = back.getSeries().get(0);
        assertArrayEquals(new long[] {1_000_000L, 2_000_000L, Long.MAX_VALUE}, s.getTimesNanos().toArray());
        assertArrayEquals(new double[] {0.5, 1e-9, 12345.678}, s.getValues().toArray());
        assertEquals(4_294_967_295L, back.getConnections().get(0).getSndUna());
        assertEquals(200, back.getFailovers().get(0).getBlackoutNanos().get(1));
        // compact: one attribute per array, not one element per sample
        String xml = Files.readString(file);
        assertTrue(xml.contains("timesNanos=\"1000000 2000000 9223372036854775807\""), xml);
    }

    @Test
    void phasesDefaultToDidNotHappen() {
        FailoverTimeline f = F.createFailoverTimeline();
        assertEquals(-1, f.getDetectedAtNanos());
        assertEquals(-1, f.getHardStateRecoveredAtNanos());
        assertEquals(-1, f.getSoftStateConvergedAtNanos());
        assertEquals(-1, f.getBlackoutMaxNanos());
        assertNull(f.getBlackoutNanos());
        assertEquals(1000, F.createExperiment().getRecordConnections());
    }

    @Test
    void badArrayValueIsAClearError() throws IOException {
        Path file = dir.resolve("bad.xmi");
        OffloadFiles.save(full(), file);
        String xml = Files.readString(file).replace("2000000 9223372036854775807", "2000000 twelve");
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        ModelFileException e = assertThrows(ModelFileException.class, () -> OffloadFiles.loadResults(file));
        assertTrue(e.getMessage().contains("twelve"), e.getMessage());
        assertEquals(xml, Files.readString(file), "the file is never touched");
    }

    @Test
    void arraysAreValues() {
        long[] raw = {1, 2, 3};
        LongArray a = LongArray.of(raw);
        raw[0] = 99;
        assertEquals(1, a.get(0), "a copy, not a view");
        assertEquals(a, LongArray.valueOf(" 1  2 3 "));
        assertEquals(LongArray.EMPTY, LongArray.valueOf(""));
        assertEquals(2, LongArray.of(raw, 2).length());
        assertFalse(IntArray.of(1).equals(IntArray.of(2)));
        assertThrows(IllegalArgumentException.class, () -> DoubleArray.valueOf("1.0 x"));
    }

    private static Path committed(String name) {
        return Path.of(System.getProperty("offloadlab.root", "../.."))
                .resolve("bundles/org.offloadlab.model.tests/resources/model-1.0").resolve(name);
    }

    @Test
    void committedFormat10ExperimentStillLoads() throws IOException {
        Path file = committed("experiment-1.0.offload");
        assertTrue(Files.readString(file).contains(OffloadFiles.NS_URI_1_0), "the file really is format 1.0");
        Experiment e = OffloadFiles.loadExperiment(file);
        assertEquals("failover", e.getName());
        assertEquals(300, e.getDurationMillis());
        assertEquals(3, e.getWorkload().getConnections());
        assertEquals("nic0", e.getFailurePlan().getAdapter().getName());
        assertEquals(RecoveryStrategy.HARD_STATE, e.getRecovery());
        assertEquals(1000, e.getRecordConnections(), "1.1 features take their defaults");
        // saved again, it is a 1.1 file that loads to the same model
        Path again = dir.resolve("again.offload");
        OffloadFiles.save(e, again);
        assertFalse(Files.readString(again).contains(OffloadFiles.NS_URI_1_0));
        assertTrue(EcoreUtil.equals(e, OffloadFiles.loadExperiment(again)));
    }

    @Test
    void committedFormat10ResultsStillLoad() throws IOException {
        Results r = OffloadFiles.loadResults(committed("results-1.0.xmi"));
        assertEquals("failover", r.getExperiment());
        FailoverTimeline f = r.getFailovers().get(0);
        assertEquals(200_000_000L, f.getFailedAtNanos());
        assertEquals(205_000_000L, f.getRecoveredAtNanos());
        assertEquals(-1, f.getDetectedAtNanos(), "phases 1.0 did not record did not happen");
        assertTrue(r.getSeries().isEmpty());
        assertEquals(17, r.getMetrics().size());
    }
}
