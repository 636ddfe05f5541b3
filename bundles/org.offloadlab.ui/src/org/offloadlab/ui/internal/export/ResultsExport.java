package org.offloadlab.ui.internal.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.jfree.chart.ChartUtils;
import org.offloadlab.charts.ChartExport;
import org.offloadlab.experiment.ResultsWriter;
import org.offloadlab.experiment.RunResult;
import org.offloadlab.model.Results;
import org.offloadlab.model.io.AtomicFile;
import org.offloadlab.model.io.OffloadFiles;
import org.offloadlab.report.RunCharts;
import org.offloadlab.report.RunReport;

/**
 * One export: which files the chosen {@link Artefact}s of a run become, and writing them. The content comes from the
 * headless writers the command line uses ({@link ResultsWriter}, {@link RunReport}, {@link RunCharts}); every file is
 * replaced atomically ({@link AtomicFile}), so a failed or cancelled export never leaves a half-written file.
 * Cancellation is checked between files. Planning draws nothing; the charts are drawn while their files are written.
 */
public final class ResultsExport {

    /**
     * What one export did.
     *
     * @param dir
     *            the destination folder
     * @param written
     *            the files written, in order
     * @param planned
     *            how many files the export was to write
     * @param cancelled
     *            the user stopped it; {@code written} are complete, the rest were not started
     * @param chartsWithoutSeries
     *            charts were asked for but the results have no series to chart
     */
    public record Outcome(Path dir, List<Path> written, int planned, boolean cancelled, boolean chartsWithoutSeries) {

        /** One line for the status line and the Progress view. */
        public String summary() {
            String files = written.size() == 1 ? "1 file" : written.size() + " files";
            String text = cancelled
                    ? "Export cancelled: " + written.size() + " of " + planned + " files written to " + dir
                    : "Exported " + files + " to " + dir;
            return chartsWithoutSeries ? text + " (no charts: the results have no series)" : text;
        }
    }

    private record Step(Path file, AtomicFile.Content content) {
    }

    private final Path dir;
    private final List<Step> steps;
    private final boolean chartsWithoutSeries;

    /** Plans the export of {@code chosen} artefacts of {@code run} into {@code dir}; writes nothing yet. */
    public ResultsExport(RunResult run, Set<Artefact> chosen, Path dir) {
        this.dir = dir;
        this.steps = steps(run, chosen, dir);
        this.chartsWithoutSeries = chosen.stream().anyMatch(Artefact::isCharts)
                && run.results().getSeries().isEmpty();
    }

    /** The files {@link #write} writes, in order. */
    public List<Path> files() {
        return steps.stream().map(Step::file).toList();
    }

    /** Those of {@link #files()} that exist already (the wizard asks before replacing them). */
    public List<Path> existing() {
        return files().stream().filter(Files::exists).toList();
    }

    /**
     * Writes the files, creating the folder if needed.
     *
     * @param monitor
     *            progress (one unit per file) and cancellation, or null
     * @throws ExportException
     *             naming the file that could not be written; the files written before it stay
     */
    public Outcome write(IProgressMonitor monitor) throws ExportException {
        SubMonitor progress = SubMonitor.convert(monitor, "Exporting to " + dir, steps.size());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            // the system's words ("Not a directory", "File exists") do not say which part of the path is in the way
            Path existing = dir;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            throw existing != null && !Files.isDirectory(existing)
                    ? new ExportException(dir, existing + " is a file, not a folder")
                    : new ExportException(dir, e);
        }
        List<Path> written = new ArrayList<>();
        for (Step step : steps) {
            if (progress.isCanceled()) {
                return new Outcome(dir, List.copyOf(written), steps.size(), true, chartsWithoutSeries);
            }
            progress.subTask(String.valueOf(step.file().getFileName()));
            try {
                AtomicFile.write(step.file(), step.content());
            } catch (IOException e) {
                throw new ExportException(step.file(), e);
            }
            written.add(step.file());
            progress.worked(1);
        }
        return new Outcome(dir, List.copyOf(written), steps.size(), false, chartsWithoutSeries);
    }

    private static List<Step> steps(RunResult run, Set<Artefact> chosen, Path dir) {
        Results results = run.results();
        List<RunCharts.Chart> charts = chosen.stream().anyMatch(Artefact::isCharts) ? RunCharts.of(results) : List.of();
        List<Step> steps = new ArrayList<>();
        for (Artefact a : Artefact.values()) {
            if (!chosen.contains(a)) {
                continue;
            }
            Path file = dir.resolve(a.pattern());
            switch (a) {
                case REPORT -> steps.add(new Step(file,
                        out -> out.write(RunReport.html(run).getBytes(StandardCharsets.UTF_8))));
                case RESULTS_JSON -> steps.add(new Step(file, text(w -> ResultsWriter.writeJson(run, w))));
                case METRICS_CSV -> steps.add(new Step(file, text(w -> ResultsWriter.writeCsv(results, w))));
                case SERIES_CSV -> steps.add(new Step(file, text(w -> ResultsWriter.writeSeriesCsv(results, w))));
                case CONNECTIONS_CSV -> steps
                        .add(new Step(file, text(w -> ResultsWriter.writeConnectionsCsv(results, w))));
                // the model's own serializer; the bytes are then written like every other file
                case RESULTS_XMI -> steps.add(new Step(file, out -> out.write(OffloadFiles.toBytes(results, file))));
                case CHARTS_PNG -> charts.forEach(c -> steps.add(new Step(dir.resolve(c.name() + ".png"),
                        out -> ChartUtils.writeChartAsPNG(out, c.chart(), RunCharts.WIDTH, RunCharts.HEIGHT))));
                case CHARTS_SVG -> charts.forEach(c -> steps.add(new Step(dir.resolve(c.name() + ".svg"),
                        out -> out.write(ChartExport.svg(c.chart(), RunCharts.WIDTH, RunCharts.HEIGHT)
                                .getBytes(StandardCharsets.UTF_8)))));
            }
        }
        return steps;
    }

    /** Text written by one of {@link ResultsWriter}'s writers, as UTF-8. */
    private static AtomicFile.Content text(TextContent content) {
        return out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(w);
            w.flush();
        };
    }

    @FunctionalInterface
    private interface TextContent {
        void writeTo(Writer out) throws IOException;
    }
}
