package org.offloadlab.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.offloadlab.experiment.ExperimentException;
import org.offloadlab.experiment.ExperimentRunner;
import org.offloadlab.experiment.ProgressMonitor;
import org.offloadlab.experiment.ResultsWriter;
import org.offloadlab.experiment.RunResult;
import org.offloadlab.experiment.Settings;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.FailoverTimeline;
import org.offloadlab.model.IntegrityVerdict;
import org.offloadlab.model.Metric;
import org.offloadlab.model.io.ModelFileException;
import org.offloadlab.model.io.OffloadFiles;
import org.offloadlab.report.RunReport;

/**
 * {@code run EXPERIMENT.offload [--seed N] [--set NAME=VALUE]… [--format table|json] [--out DIR]}: runs an experiment
 * headless. Exit codes as for {@code analyze}: 1 also when the integrity verdict fails.
 */
final class RunCommand implements Command {

    private static final Arguments.Spec OPTIONS = new Arguments.Spec().value("--seed").repeatable("--set")
            .value("--format").value("--out");

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String synopsis() {
        return "EXPERIMENT.offload [--seed N] [--set NAME=VALUE]... [--format table|json] [--out DIR]";
    }

    @Override
    public String summary() {
        return "Run an experiment (topology, workload, policies, failure plan) and report its results.";
    }

    @Override
    public String help() {
        return """
                Runs an experiment file (create one with 'new --template ...') on virtual time and reports
                metrics, failovers and the data-integrity verdict.

                  --seed N         the random seed (same as --set seed=N); same seed, same results
                  --set NAME=VALUE override a value of the experiment, repeatable; NAME is one of
                                   seed, notification (piecemeal|bulk-count|bulk-time|bulk-count-or-time|adaptive),
                                   (bulk = bulk-count-or-time),
                                   connections, fail_at (1.5s|1500ms|#PACKET|random), recovery
                                   (hard-state|full-checkpoint|none), buffer_groups (per-connection|by-attribute),
                                   duration (30s)
                  --format F       table (default) or json (results.json) on standard output
                  --out DIR        write DIR/report.html (one self-contained HTML report with charts), the
                                   charts as PNG and SVG, results.json, metrics.csv, series.csv,
                                   connections.csv and results.xmi

                The experiment file is only read. Exit code 1 if the file is damaged or cannot be run, or if the
                integrity verdict fails (a byte lost, duplicated or reordered, or a connection reset). Ctrl-C stops
                the run and still writes what was simulated until then (exit code 130).""";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        Arguments arguments = OPTIONS.parse(args);
        Path file = AnalyzeCommand.readableFile(arguments.expectPositional("EXPERIMENT").get(0));
        String format = arguments.value("--format", "table").toLowerCase(Locale.ROOT);
        if (!List.of("table", "json").contains(format)) {
            throw new UsageException("bad --format '" + format + "': use table or json");
        }
        List<String> settings = new ArrayList<>(arguments.values("--set"));
        String seed = arguments.value("--seed", null);
        if (seed != null) {
            settings.add("seed=" + seed);
        }
        Path outDir = AnalyzeCommand.outputDirectory(arguments.value("--out", null));
        Experiment experiment;
        try {
            experiment = OffloadFiles.loadExperiment(file);
        } catch (ModelFileException e) {
            context.err().printf("%s run: %s%n", context.program(), e.getMessage());
            return ExitCode.DAMAGED_INPUT;
        }
        ExperimentRunner.resolveCapture(experiment, file);
        try {
            experiment = Settings.apply(experiment, settings);
        } catch (ExperimentException e) {
            throw new UsageException("--set: " + e.getMessage());
        }
        ConsoleProgress console = new ConsoleProgress(context.err(), context.interactive(), context.nanoTime())
                .units("s", 1e9);
        RunResult result;
        try (Interrupts.Registration interrupt = context.interrupts().onInterrupt(console::cancel)) {
            result = ExperimentRunner.run(experiment,
                    new ExperimentRunner.Options(context.version(), Clock.systemUTC(), null), adapt(console));
            console.clear();
            Writer stdout = new OutputStreamWriter(context.out(), context.out().charset());
            if (format.equals("json")) {
                ResultsWriter.writeJson(result, stdout);
            } else {
                writeTable(result, new PrintWriter(stdout));
            }
            stdout.flush();
            if (outDir != null) {
                write(result, outDir, context);
            }
        } catch (ExperimentException e) {
            console.clear();
            context.err().printf("%s run: %s: %s%n", context.program(), file, e.getMessage());
            return ExitCode.DAMAGED_INPUT;
        }
        for (String note : result.notes()) {
            context.err().printf("%s run: note: %s%n", context.program(), note);
        }
        if (result.cancelled()) {
            context.err().printf("%s run: interrupted; results cover the simulated time until then%n",
                    context.program());
            return ExitCode.INTERRUPTED;
        }
        if (!result.results().getIntegrity().isOk()) {
            context.err().printf("%s run: integrity check failed (see the integrity section)%n", context.program());
            return ExitCode.CHECK_FAILED;
        }
        return ExitCode.OK;
    }

    private static void write(RunResult result, Path outDir, CommandContext context) throws UsageException {
        try {
            ResultsWriter.writeAll(result, outDir);
            RunReport.writeAll(result, outDir);
        } catch (IOException e) {
            throw new UsageException("cannot write to --out " + outDir + ": " + e.getMessage());
        }
        context.err().printf("%s run: wrote %s (report), results.json, metrics.csv, series.csv, connections.csv, "
                + "results.xmi and charts (PNG, SVG) to %s%n", context.program(), RunReport.FILE, outDir);
    }

    /** The console progress bar as the experiment runner's progress monitor (also used by {@code sweep}). */
    static ProgressMonitor adapt(ConsoleProgress console) {
        return new ProgressMonitor() {
            @Override
            public void begin(String task, long totalWork) {
                console.begin(task, totalWork);
            }

            @Override
            public void worked(long done) {
                console.worked(done);
            }

            @Override
            public boolean isCancelled() {
                return console.isCancelled();
            }
        };
    }

    static void writeTable(RunResult result, PrintWriter out) {
        out.printf("experiment %s  seed %d%s%n", result.results().getExperiment(),
                result.results().getProvenance().getSeed(), result.finished() ? "" : "  (workload not finished)");
        for (Metric m : result.results().getMetrics()) {
            out.printf(Locale.ROOT, "  %-42s %s%n", m.getName(), m.getValue() == Math.rint(m.getValue())
                    ? Long.toString((long) m.getValue())
                    : String.format(Locale.ROOT, "%.3f", m.getValue()));
        }
        for (FailoverTimeline f : result.results().getFailovers()) {
            out.printf(Locale.ROOT, "failover %s %s at %s, recovery %s: %s%n", f.getAdapter(), f.getMode().getLiteral(),
                    f.getFailedAtNanos() < 0 ? "-" : String.format(Locale.ROOT, "%.3f ms", f.getFailedAtNanos() / 1e6),
                    f.getRecovery().getLiteral(), f.getOutcome());
        }
        IntegrityVerdict v = result.results().getIntegrity();
        out.printf("integrity %s: %d connections, %d bytes lost, %d duplicated, %d reordered, %d connections reset%n",
                v.isOk() ? "OK" : "FAILED", v.getConnections(), v.getBytesLost(), v.getBytesDuplicated(),
                v.getBytesReordered(), v.getConnectionsReset());
        out.flush();
    }
}
