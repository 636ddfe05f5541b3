package org.offloadlab.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.offloadlab.experiment.ExperimentException;
import org.offloadlab.experiment.ExperimentRunner;
import org.offloadlab.experiment.ResultsWriter;
import org.offloadlab.experiment.Settings;
import org.offloadlab.experiment.Sweep;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.io.AtomicFile;
import org.offloadlab.model.io.ModelFileException;
import org.offloadlab.model.io.OffloadFiles;
import org.offloadlab.report.SweepCharts;

/**
 * {@code sweep EXPERIMENT.offload --param NAME=V1,V2,… [--param …]… [--set NAME=VALUE]… [--seed N] [--jobs N]
 * [--out DIR]}: one run per combination of the values (the cross product), in parallel, one CSV row each.
 */
final class SweepCommand implements Command {

    private static final Arguments.Spec OPTIONS = new Arguments.Spec().repeatable("--param").repeatable("--set")
            .value("--seed").value("--jobs").value("--out");

    @Override
    public String name() {
        return "sweep";
    }

    @Override
    public String synopsis() {
        return "EXPERIMENT.offload --param NAME=V1,V2,... [--param ...]... [--set NAME=VALUE]... [--seed N] "
                + "[--jobs N] [--out DIR]";
    }

    @Override
    public String summary() {
        return "Run an experiment once per combination of setting values and compare the runs.";
    }

    @Override
    public String help() {
        return """
                Runs the experiment once for every combination of the values of the swept settings (the names of
                'run --set'; several --param make the cross product, the first varying slowest), the runs in
                parallel, and prints one CSV row per run: the values, the integrity verdict, whether the workload
                completed, then every metric.

                  --param NAME=V1,V2,...  a setting to sweep and its values, repeatable
                  --set NAME=VALUE       fixed overrides applied to every run, repeatable
                  --seed N               the seed of every run
                  --jobs N               parallel runs (default: the number of processors)
                  --out DIR              also write DIR/sweep.csv and DIR/sweep.json (the comparison),
                                         comparison charts DIR/sweep-METRIC.png and .svg, and
                                         DIR/NAME=VALUE,.../ with each run's results

                A failed integrity verdict is a result to compare, not an error: the exit code is 0 unless the
                file or a value is bad (1 or 2); Ctrl-C stops every run and keeps what was simulated (130).""";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        Arguments arguments = OPTIONS.parse(args);
        Path file = AnalyzeCommand.readableFile(arguments.expectPositional("EXPERIMENT").get(0));
        List<String> varied = arguments.values("--param");
        if (varied.isEmpty()) {
            throw new UsageException("sweep needs --param NAME=V1,V2,... (NAME one of "
                    + String.join(", ", Settings.NAMES) + ")");
        }
        List<Sweep.Param> params = new ArrayList<>();
        for (String text : varied) {
            Sweep.Param param;
            try {
                param = Sweep.Param.parse(text);
            } catch (ExperimentException e) {
                throw new UsageException(e.getMessage());
            }
            if (params.stream().anyMatch(p -> p.name().equals(param.name()))) {
                throw new UsageException("--param " + param.name() + " is given twice; list all its values in one");
            }
            params.add(param);
        }
        int jobs = Runtime.getRuntime().availableProcessors();
        String jobsText = arguments.value("--jobs", null);
        if (jobsText != null) {
            try {
                jobs = Integer.parseInt(jobsText);
            } catch (NumberFormatException e) {
                jobs = 0;
            }
            if (jobs < 1 || jobs > 1024) {
                throw new UsageException("bad --jobs '" + jobsText + "': use a number from 1 to 1024");
            }
        }
        List<String> settings = new ArrayList<>(arguments.values("--set"));
        if (arguments.value("--seed", null) != null) {
            settings.add("seed=" + arguments.value("--seed", null));
        }
        Path outDir = AnalyzeCommand.outputDirectory(arguments.value("--out", null));
        Experiment experiment;
        try {
            experiment = OffloadFiles.loadExperiment(file);
        } catch (ModelFileException e) {
            context.err().printf("%s sweep: %s%n", context.program(), e.getMessage());
            return ExitCode.DAMAGED_INPUT;
        }
        ExperimentRunner.resolveCapture(experiment, file);
        try {
            experiment = Settings.apply(experiment, settings);
            for (Sweep.Param p : params) {
                for (String v : p.values()) {
                    try {
                        Settings.apply(experiment, List.of(p.name() + "=" + v));
                    } catch (ExperimentException e) {
                        throw new ExperimentException("--param " + p.name() + ": " + e.getMessage(), e);
                    }
                }
            }
        } catch (ExperimentException e) {
            throw new UsageException(e.getMessage());
        }
        ConsoleProgress console = new ConsoleProgress(context.err(), context.interactive(), context.nanoTime())
                .units("runs", 1);
        Sweep.Outcome outcome;
        List<Sweep.Row> rows;
        try (Interrupts.Registration interrupt = context.interrupts().onInterrupt(console::cancel)) {
            outcome = Sweep.run(experiment, params,
                    new ExperimentRunner.Options(context.version(), Clock.systemUTC(), null), jobs,
                    RunCommand.adapt(console));
            rows = outcome.rows();
            console.clear();
            Writer stdout = new OutputStreamWriter(context.out(), context.out().charset());
            Sweep.writeCsv(params, rows, stdout);
            stdout.flush();
            if (outDir != null) {
                write(outcome, outDir);
                context.err().printf("%s sweep: wrote sweep.csv, sweep.json, comparison charts and %d run "
                        + "directories to %s%n", context.program(), rows.size(), outDir);
            }
            context.err().printf("%s sweep: %d runs on %d threads in %d ms wall clock (the runs took %d ms in "
                    + "sum)%n", context.program(), rows.size(), outcome.jobs(), outcome.wallClockMillis(),
                    outcome.sumOfRunMillis());
        } catch (ExperimentException e) {
            console.clear();
            context.err().printf("%s sweep: %s: %s%n", context.program(), file, e.getMessage());
            return ExitCode.DAMAGED_INPUT;
        }
        if (rows.stream().anyMatch(r -> r.result().cancelled())) {
            context.err().printf("%s sweep: interrupted; rows cover the simulated time until then%n",
                    context.program());
            return ExitCode.INTERRUPTED;
        }
        return ExitCode.OK;
    }

    private static void write(Sweep.Outcome outcome, Path outDir) throws UsageException {
        try {
            AtomicFile.write(outDir.resolve("sweep.csv"), out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                Sweep.writeCsv(outcome.params(), outcome.rows(), w);
                w.flush();
            });
            AtomicFile.write(outDir.resolve("sweep.json"), out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                Sweep.writeJson(outcome, w);
                w.flush();
            });
            SweepCharts.write(outcome, outDir);
            for (Sweep.Row row : outcome.rows()) {
                ResultsWriter.writeAll(row.result(), outDir.resolve(safe(row.label(outcome.params()))));
            }
        } catch (IOException e) {
            throw new UsageException("cannot write to --out " + outDir + ": " + e.getMessage());
        }
    }

    /** A directory name from a setting: no separators, nothing that climbs out of --out. */
    private static String safe(String s) {
        String cleaned = s.replaceAll("[^A-Za-z0-9=.,_#-]", "_");
        return cleaned.startsWith(".") ? "_" + cleaned : cleaned;
    }
}
