package org.offloadlab.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offloadlab.model.Adapter;
import org.offloadlab.model.BufferGroupPolicy;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.FailureMode;
import org.offloadlab.model.FailurePlan;
import org.offloadlab.model.Link;
import org.offloadlab.model.Metric;
import org.offloadlab.model.NotificationKind;
import org.offloadlab.model.OffloadFactory;
import org.offloadlab.model.OffloadPackage;
import org.offloadlab.model.Peer;
import org.offloadlab.model.RecoveryStrategy;
import org.offloadlab.model.RequestResponseWorkload;
import org.offloadlab.model.Results;

/** Round trip, hostile input and atomic saving of {@code *.offload} files. */
class OffloadFilesTest {

    private static final OffloadFactory F = OffloadFactory.eINSTANCE;

    @TempDir
    Path dir;

    static Experiment sample() {
        Experiment e = F.createExperiment();
        e.setName("sample");
        e.setSeed(42);
        e.setDurationMillis(5000);
        e.setTopology(F.createTopology());
        e.getTopology().setHost(F.createHost());
        Adapter a = F.createAdapter();
        a.setName("nic0");
        a.setCapabilities(F.createAdapterCapabilities());
        Adapter b = F.createAdapter();
        b.setName("nic1");
        b.setSubstitute(true);
        Peer p = F.createPeer();
        p.setName("client");
        Link l = F.createLink();
        l.setName("wire");
        l.setAdapter(a);
        l.setPeer(p);
        l.setLossRate(0.01);
        e.getTopology().getAdapters().addAll(List.of(a, b));
        e.getTopology().getPeers().add(p);
        e.getTopology().getLinks().add(l);
        RequestResponseWorkload w = F.createRequestResponseWorkload();
        w.setConnections(5);
        e.setWorkload(w);
        e.setPolicies(F.createAdapterPolicies());
        e.getPolicies().setNotification(NotificationKind.BULK_COUNT_OR_TIME);
        e.getPolicies().setBufferGroups(BufferGroupPolicy.BY_ATTRIBUTE);
        FailurePlan plan = F.createFailurePlan();
        plan.setAdapter(a);
        plan.setMode(FailureMode.HANG);
        plan.setAtMillis(1500);
        e.setFailurePlan(plan);
        e.setRecovery(RecoveryStrategy.NONE);
        return e;
    }

    @Test
    void experimentRoundTripsWithCrossReferences() throws IOException {
        Experiment e = sample();
        Path file = dir.resolve("a.offload");
        OffloadFiles.save(e, file);
        Experiment back = OffloadFiles.loadExperiment(file);
        assertTrue(EcoreUtil.equals(e, back), "what was saved is what is loaded");
        assertSame(back.getTopology().getAdapters().get(0), back.getFailurePlan().getAdapter());
        assertSame(back.getTopology().getPeers().get(0), back.getTopology().getLinks().get(0).getPeer());
        assertEquals(RecoveryStrategy.NONE, back.getRecovery());
        String xml = Files.readString(file);
        assertTrue(xml.contains(OffloadPackage.eNS_URI), xml);
        assertTrue(OffloadPackage.eNS_URI.endsWith("/1.1"), OffloadPackage.eNS_URI);
        assertArrayEquals(Files.readAllBytes(file), OffloadFiles.toBytes(back, file), "stable serialization");
    }

    @Test
    void resultsRoundTrip() throws IOException {
        Results r = F.createResults();
        r.setExperiment("x");
        Metric m = F.createMetric();
        m.setName("interrupts");
        m.setValue(12);
        r.getMetrics().add(m);
        r.setIntegrity(F.createIntegrityVerdict());
        r.getIntegrity().setOk(true);
        Path file = dir.resolve("results.xmi");
        OffloadFiles.save(r, file);
        assertTrue(EcoreUtil.equals(r, OffloadFiles.loadResults(file)));
        ModelFileException e = assertThrows(ModelFileException.class, () -> OffloadFiles.loadExperiment(file));
        assertTrue(e.getMessage().contains("does not contain one experiment"), e.getMessage());
    }

    private ModelFileException hostile(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        FileTime before = Files.getLastModifiedTime(file);
        ModelFileException e = assertThrows(ModelFileException.class, () -> OffloadFiles.loadExperiment(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertEquals(file, e.file());
        assertEquals(content, Files.readString(file), "the file is never touched");
        assertEquals(before, Files.getLastModifiedTime(file));
        return e;
    }

    private String valid() throws IOException {
        return new String(OffloadFiles.toBytes(sample(), dir.resolve("x.offload")), StandardCharsets.UTF_8);
    }

    @Test
    void malformedXmlNamesFileAndLine() throws IOException {
        ModelFileException e = hostile("bad.offload", valid().replace("</offloadlab:Experiment>", "<oops"));
        assertTrue(e.getMessage().contains("line"), e.getMessage());
    }

    @Test
    void emptyAndBinaryFilesAreRefused() throws IOException {
        hostile("empty.offload", "");
        hostile("binary.offload", "\u0000\u0001PK\u0003\u0004garbage");
    }

    @Test
    void unknownFeatureIsAnError() throws IOException {
        ModelFileException e = hostile("unknown.offload", valid().replace("seed=\"42\"", "seed=\"42\" warp=\"9\""));
        assertTrue(e.getMessage().contains("warp"), e.getMessage());
    }

    @Test
    void badValueIsAnError() throws IOException {
        hostile("badvalue.offload", valid().replace("seed=\"42\"", "seed=\"forty-two\""));
    }

    @Test
    void externalEntitiesAreRefused() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xml = valid().replaceFirst("\\?>", "?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                .replace("name=\"sample\"", "name=\"&xxe;\"");
        ModelFileException e = hostile("xxe.offload", xml);
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void referencesOutsideTheFileAreRefused() throws IOException {
        String xml = valid().replaceFirst("adapter=\"[^\"]*\"", "adapter=\"other.offload#nic9\"");
        ModelFileException e = hostile("href.offload", xml);
        assertTrue(e.getMessage().contains("outside the file"), e.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        Path file = dir.resolve("nope.offload");
        ModelFileException e = assertThrows(ModelFileException.class, () -> OffloadFiles.loadExperiment(file));
        assertTrue(e.getMessage().contains("nope.offload") && e.getMessage().contains("no such file"));
    }

    @Test
    void crashMidSaveLeavesTheOldFileIntact() throws IOException {
        Path file = dir.resolve("keep.offload");
        OffloadFiles.save(sample(), file);
        byte[] old = Files.readAllBytes(file);
        byte[] replacement = OffloadFiles.toBytes(F.createExperiment(), file);
        IOException crash = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write(replacement, 0, replacement.length / 2);
            throw new IOException("simulated crash");
        }));
        assertEquals("simulated crash", crash.getMessage());
        assertArrayEquals(old, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
        Experiment e = sample();
        e.setSeed(7);
        OffloadFiles.save(e, file);
        assertEquals(7, OffloadFiles.loadExperiment(file).getSeed());
    }
}
