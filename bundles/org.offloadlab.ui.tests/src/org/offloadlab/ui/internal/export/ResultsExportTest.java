package org.offloadlab.ui.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.graphics.ImageData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offloadlab.experiment.ExperimentRunner;
import org.offloadlab.experiment.ProgressMonitor;
import org.offloadlab.experiment.ResultsWriter;
import org.offloadlab.experiment.RunResult;
import org.offloadlab.experiment.Templates;
import org.offloadlab.model.Results;
import org.offloadlab.model.io.OffloadFiles;
import org.offloadlab.report.RunCharts;
import org.offloadlab.testing.MiniJson;
import org.w3c.dom.Document;

/**
 * The export logic without the dialog: a real run of the failover template, exported artefact by artefact; every file
 * must be exactly what was chosen and must parse.
 */
class ResultsExportTest {

    /** The failover template has series of these four kinds (interactions, memory, connections, buffer groups). */
    private static final List<String> CHARTS = List.of("interactions", "memory", "connections", "buffer-groups");

    /** The top-level keys of results.json (docs/RESULTS.md). */
    private static final List<String> CONTRACT = List.of("schema", "experiment", "seed", "version",
            "capture_checksum", "completed", "metrics", "failovers", "integrity", "series", "buffer_groups",
            "connections_not_recorded", "connections", "notes", "run_info");

    private static RunResult run;

    @TempDir
    Path dir;

    @BeforeAll
    static void runTheFailoverTemplate() throws Exception {
        run = ExperimentRunner.run(Templates.create("failover"), ExperimentRunner.Options.defaults(),
                ProgressMonitor.NONE);
    }

    @Test
    void writesExactlyTheChosenFilesAndEachParses() throws Exception {
        Set<Artefact> chosen = EnumSet.of(Artefact.REPORT, Artefact.RESULTS_JSON, Artefact.CONNECTIONS_CSV,
                Artefact.CHARTS_PNG, Artefact.CHARTS_SVG);
        Path out = dir.resolve("new folder");
        ResultsExport export = new ResultsExport(run, chosen, out);
        assertTrue(export.existing().isEmpty());

        ResultsExport.Outcome outcome = export.write(new NullProgressMonitor());

        Set<String> expected = new TreeSet<>(List.of("report.html", "results.json", "connections.csv"));
        CHARTS.forEach(c -> expected.addAll(List.of(c + ".png", c + ".svg")));
        assertEquals(expected, names(out), "no other file, no temporary file left behind");
        assertEquals(export.files(), outcome.written());
        assertEquals(expected.size(), outcome.planned());
        assertFalse(outcome.cancelled());
        assertEquals("Exported " + expected.size() + " files to " + out, outcome.summary());
        assertEquals(export.files(), export.existing(), "after writing, every planned file exists");

        Map<String, Object> json = MiniJson.object(MiniJson.parse(Files.readString(out.resolve("results.json"))));
        assertTrue(json.keySet().containsAll(CONTRACT), () -> "contract keys missing from " + json.keySet());
        assertEquals("failover", json.get("experiment"));
        assertEquals(run.results().getMetrics().size(), MiniJson.object(json.get("metrics")).size());
        assertEquals(run.results().getConnections().size(), MiniJson.array(json.get("connections")).size());
        assertEquals(run.results().getIntegrity().isOk(), MiniJson.object(json.get("integrity")).get("ok"));

        List<String> csv = Files.readAllLines(out.resolve("connections.csv"));
        assertTrue(csv.get(0).startsWith("id,local_address,local_port,"), csv.get(0));
        assertEquals(run.results().getConnections().size() + 1, csv.size());

        for (String chart : CHARTS) {
            ImageData png = new ImageData(out.resolve(chart + ".png").toString());
            assertEquals(RunCharts.WIDTH, png.width, chart);
            assertEquals(RunCharts.HEIGHT, png.height, chart);
            Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(out.resolve(chart + ".svg").toFile());
            assertEquals("svg", svg.getDocumentElement().getTagName(), chart);
        }

        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        String verdict = run.results().getIntegrity().isOk() ? "Integrity OK" : "Integrity FAILED";
        assertTrue(html.contains("id=\"verdict\">" + verdict + "</p>"), "the report shows the run's verdict");
    }

    @Test
    void eachArtefactAloneWritesOnlyItsOwnFiles() throws Exception {
        for (Artefact a : Artefact.values()) {
            Path out = dir.resolve(a.name());
            ResultsExport.Outcome outcome = new ResultsExport(run, EnumSet.of(a), out).write(null);
            Set<String> written = names(out);
            assertEquals(outcome.written().stream().map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new)), written, a.name());
            if (a.isCharts()) {
                String extension = a == Artefact.CHARTS_PNG ? ".png" : ".svg";
                assertEquals(CHARTS.stream().map(c -> c + extension).collect(Collectors.toCollection(TreeSet::new)),
                        written, a.name());
            } else {
                assertEquals(Set.of(a.pattern()), written, a.name());
                assertTrue(Files.size(out.resolve(a.pattern())) > 0, a.name());
            }
        }
        // the results model round-trips
        Results back = OffloadFiles.loadResults(dir.resolve(Artefact.RESULTS_XMI.name()).resolve("results.xmi"));
        assertTrue(EcoreUtil.equals(run.results(), back));
        // the text files are exactly what the command line writes
        assertEquals(text(w -> ResultsWriter.writeJson(run, w)), read(Artefact.RESULTS_JSON));
        assertEquals(text(w -> ResultsWriter.writeCsv(run.results(), w)), read(Artefact.METRICS_CSV));
        assertEquals(text(w -> ResultsWriter.writeSeriesCsv(run.results(), w)), read(Artefact.SERIES_CSV));
        assertEquals(text(w -> ResultsWriter.writeConnectionsCsv(run.results(), w)), read(Artefact.CONNECTIONS_CSV));
    }

    private String read(Artefact a) throws IOException {
        return Files.readString(dir.resolve(a.name()).resolve(a.pattern()));
    }

    @Test
    void cancellingStopsBetweenFilesAndKeepsTheWrittenOnesWhole() throws Exception {
        NullProgressMonitor cancelAfterFirst = new NullProgressMonitor() {
            @Override
            public void worked(int work) {
                setCanceled(true);
            }
        };
        ResultsExport export = new ResultsExport(run, EnumSet.allOf(Artefact.class), dir);
        ResultsExport.Outcome outcome = export.write(cancelAfterFirst);
        assertTrue(outcome.cancelled());
        assertEquals(List.of(dir.resolve("report.html")), outcome.written());
        assertEquals(Set.of("report.html"), names(dir));
        assertEquals("Export cancelled: 1 of " + export.files().size() + " files written to " + dir,
                outcome.summary());
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedAndNothingHalfWrittenStays() throws Exception {
        // a non-empty folder where report.html should go: the rename onto it fails
        Files.createDirectories(dir.resolve("report.html").resolve("occupied"));
        ExportException e = assertThrows(ExportException.class,
                () -> new ResultsExport(run, EnumSet.of(Artefact.REPORT), dir).write(null));
        assertEquals(dir.resolve("report.html"), e.file());
        assertTrue(e.getMessage().startsWith("Cannot write " + dir.resolve("report.html") + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertEquals(Set.of("report.html"), names(dir), "the temporary file was removed");

        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        ExportException parent = assertThrows(ExportException.class,
                () -> new ResultsExport(run, EnumSet.of(Artefact.RESULTS_JSON), file.resolve("sub")).write(null));
        assertEquals("Cannot write " + file.resolve("sub") + ": " + file + " is a file, not a folder",
                parent.getMessage());
    }

    @Test
    void resultsWithoutTheirRunSayWhatTheExportCannotKnow() throws Exception {
        Results ok = EcoreUtil.copy(run.results());
        ok.getIntegrity().setOk(true);
        ExportSource known = ExportSource.of("ok", ok, List.of("a note of the run"));
        assertTrue(known.run().finished(), "an OK verdict requires the workload to have finished");
        assertEquals(List.of("a note of the run", ExportSource.NOTE_RUN_INFO), known.run().notes());

        Results failed = EcoreUtil.copy(run.results());
        failed.getIntegrity().setOk(false);
        ExportSource unknown = ExportSource.of("failed", failed, List.of());
        assertFalse(unknown.run().finished());
        assertEquals(List.of(ExportSource.NOTE_RUN_INFO, ExportSource.NOTE_COMPLETED), unknown.run().notes());
        new ResultsExport(unknown.run(), EnumSet.of(Artefact.RESULTS_JSON, Artefact.REPORT), dir).write(null);
        Map<String, Object> json = MiniJson.object(MiniJson.parse(Files.readString(dir.resolve("results.json"))));
        assertEquals(List.of(ExportSource.NOTE_RUN_INFO, ExportSource.NOTE_COMPLETED), json.get("notes"));
        assertTrue(Files.readString(dir.resolve("report.html")).contains("so &#39;completed&#39; and"),
                "the report lists the note");
    }

    @Test
    void chartsOfResultsWithoutSeriesAreNoFilesAndSaidSo() throws Exception {
        Results bare = EcoreUtil.copy(run.results());
        bare.getSeries().clear();
        ExportSource source = ExportSource.of("bare", bare, List.of());
        ResultsExport charts = new ResultsExport(source.run(), EnumSet.of(Artefact.CHARTS_PNG), dir);
        assertTrue(charts.files().isEmpty());
        ResultsExport withJson = new ResultsExport(source.run(),
                EnumSet.of(Artefact.CHARTS_SVG, Artefact.RESULTS_JSON), dir);
        assertEquals("Exported 1 file to " + dir + " (no charts: the results have no series)",
                withJson.write(null).summary());
    }

    @FunctionalInterface
    private interface TextWriter {
        void writeTo(Writer out) throws IOException;
    }

    private static String text(TextWriter writer) throws IOException {
        StringWriter w = new StringWriter();
        writer.writeTo(w);
        return w.toString();
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
