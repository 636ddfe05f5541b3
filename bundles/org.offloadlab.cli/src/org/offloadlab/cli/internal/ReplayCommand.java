package org.offloadlab.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.analysis.CaptureProblem;
import org.offloadlab.experiment.ReplayResults;
import org.offloadlab.experiment.ResultsWriter;
import org.offloadlab.experiment.RunResult;
import org.offloadlab.model.Results;
import org.offloadlab.model.io.AtomicFile;
import org.offloadlab.model.io.OffloadFiles;
import org.offloadlab.pcap.CaptureFormatException;
import org.offloadlab.replay.ConformanceResult;
import org.offloadlab.replay.Difference;
import org.offloadlab.replay.EndpointSelector;
import org.offloadlab.replay.FailurePoint;
import org.offloadlab.replay.MonitorResult;
import org.offloadlab.replay.Pacer;
import org.offloadlab.replay.ReplayMode;
import org.offloadlab.replay.ReplayOptions;
import org.offloadlab.replay.ReplaySource;
import org.offloadlab.replay.TraceResult;
import org.offloadlab.replay.report.ReplayReports;
import org.offloadlab.sim.LinkConfig;

/**
 * {@code replay CAPTURE --mode monitor [--endpoint ADDR[:PORT]] [--fail-at T|#N|P%] [--speed N|max|realtime]
 * [--filter BPF] [--format table|json|csv] [--out DIR]}. Exit codes as for {@code analyze}.
 */
final class ReplayCommand implements Command {

    private static final Arguments.Spec OPTIONS = new Arguments.Spec().value("--mode").value("--endpoint")
            .value("--fail-at").value("--speed").value("--filter").value("--format").value("--out").value("--seed")
            .value("--delay").value("--loss");

    @Override
    public String name() {
        return "replay";
    }

    @Override
    public String synopsis() {
        return "CAPTURE [--mode monitor|conformance|trace] [--endpoint ADDR[:PORT]] [--fail-at TIME|#PACKET|PERCENT%] "
                + "[--speed N|max|realtime] [--filter BPF] [--format table|json|csv] [--out DIR]";
    }

    @Override
    public String summary() {
        return "Replay a capture into the emulated offload adapter.";
    }

    @Override
    public String help() {
        return """
                Replays a pcap/pcapng capture into the emulated offload adapter.

                  --mode MODE      monitor (default): the adapter watches both directions of every connection
                                   like a tap and tracks the offload state it would hold: hard state (sequence
                                   numbers, windows, negotiated options, unacknowledged send data) and soft state
                                   (RTT, flight, retransmissions).
                                   conformance: the adapter's TCP engine plays the selected side against the
                                   captured peer; its answers are compared with the real stack's and every
                                   difference is classified as policy or non-conformance (exit code 1 if any
                                   non-conformance).
                                   trace: each connection's application behaviour (opens, octets written each
                                   way and when, closes) is re-simulated with both ends reactive: the servers on
                                   the emulated offload adapter and host, the clients on an emulated peer, over a
                                   link estimated from the capture (exit code 1 if the byte streams differ).
                  --seed N         trace: the simulation seed (default 1)
                  --delay MS       trace: one-way link delay instead of the capture's estimate
                  --loss P         trace: link loss probability instead of the capture's estimate
                  --endpoint SIDE  which side of each connection the adapter terminates: 'servers' (default: the
                                   side that received the SYN), an address, or ADDR:PORT ([IPv6]:PORT)
                  --fail-at WHEN   monitor: also report what a failover at WHEN would have had to recover: seconds
                                   from the first frame (1.5), a frame number (#1000) or a share of the duration
                                   (50%%); trace: crash the adapter at WHEN (seconds or %%) and fail over from the
                                   host's hard state onto a standby (timeline under "failovers", integrity verdict)
                  --speed S        max (default), realtime, or a factor N (2 = twice as fast as captured)
                  --filter BPF     replay only the frames a tcpdump filter matches
                  --format F       table (default), json or csv (per connection) on standard output
                  --out DIR        every mode: DIR/results.json in the results contract of 'run'
                                   (offloadlab-results/1; a metric the mode does not measure is null),
                                   DIR/results.xmi, the same results as a model (the workbench opens it with
                                   Open Results...), and DIR/replay.json, the replay's own detailed report;
                                   monitor also DIR/connections.csv, DIR/held-state.csv; conformance also
                                   DIR/differences.csv

                A damaged capture is replayed up to the damage (exit code 1); Ctrl-C stops and reports what was
                replayed (exit code 130); a file that cannot be written under --out is named (exit code 2).""";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        Arguments arguments = OPTIONS.parse(args);
        Path capture = AnalyzeCommand.readableFile(arguments.expectPositional("CAPTURE").get(0));
        ReplayMode mode = parse("--mode", () -> ReplayMode.parse(arguments.value("--mode", "monitor")));

        EndpointSelector endpoint = parse("--endpoint",
                () -> EndpointSelector.parse(arguments.value("--endpoint", "servers")));
        String failText = arguments.value("--fail-at", null);
        FailurePoint failAt = failText == null ? null : parse("--fail-at", () -> FailurePoint.parse(failText));
        Pacer pacer = pacer(arguments.value("--speed", "max"), context.nanoTime());
        String format = arguments.value("--format", "table").toLowerCase(Locale.ROOT);
        if (!List.of("table", "json", "csv").contains(format)) {
            throw new UsageException("bad --format '" + format + "': use table, json or csv");
        }
        String filter = arguments.value("--filter", null);
        if (filter != null && filter.isBlank()) {
            throw new UsageException("--filter needs a filter expression, e.g. 'tcp port 80'");
        }
        if (mode == ReplayMode.TRACE && failAt != null && failAt.kind() == FailurePoint.Kind.PACKET) {
            throw new UsageException("--fail-at " + failAt + ": trace mode re-simulates the capture, so a captured "
                    + "frame number has no counterpart; give seconds (e.g. 1.5) or a percentage of the capture's "
                    + "duration (e.g. 50%)");
        }
        if (mode == ReplayMode.CONFORMANCE && failAt != null) {
            throw new UsageException("--fail-at applies to monitor mode only");
        }
        long seed = mode == ReplayMode.TRACE ? parseLong("--seed", arguments.value("--seed", "1")) : 0;
        LinkConfig link = mode == ReplayMode.TRACE
                ? linkOverride(arguments.value("--delay", null), arguments.value("--loss", null))
                : null;
        Path outDir = AnalyzeCommand.outputDirectory(arguments.value("--out", null));

        ReplaySource source = ReplaySource.create(context.analyzer().get());
        ReplayOptions options = new ReplayOptions(mode, endpoint, filter, failAt, 0, pacer);
        ConsoleProgress progress = new ConsoleProgress(context.err(), context.interactive(), context.nanoTime());
        Output output = new Output(capture, outDir, seed, Instant.now().truncatedTo(ChronoUnit.MILLIS),
                context.nanoTime().getAsLong(), context);
        // only reading the capture happens in here: a failure to write --out must not read as "cannot read CAPTURE"
        MonitorResult monitor = null;
        ConformanceResult conformance = null;
        TraceResult trace = null;
        try (Interrupts.Registration interrupt = context.interrupts().onInterrupt(progress::cancel)) {
            switch (mode) {
                case TRACE -> trace = source.trace(capture, options, link, seed, progress);
                case CONFORMANCE -> conformance = source.conformance(capture, options, null, progress);
                default -> monitor = source.monitor(capture, options, progress);
            }
        } catch (CaptureFormatException e) {
            context.err().printf(Locale.ROOT, "%s replay: %s is not a readable capture (byte offset %d): %s%n",
                    context.program(), capture, e.offset(), e.reason());
            return ExitCode.DAMAGED_INPUT;
        } catch (IllegalArgumentException e) {
            throw new UsageException(filter != null
                    ? "bad --filter '" + filter + "': " + e.getMessage()
                    : e.getMessage());
        } catch (IOException e) {
            throw new UsageException("cannot read " + capture + ": " + e.getMessage());
        }
        progress.clear();
        if (trace != null) {
            return trace(trace, format, output);
        }
        if (conformance != null) {
            return conformance(conformance, format, output);
        }
        return monitor(monitor, failAt, format, output);
    }

    private static int monitor(MonitorResult result, FailurePoint failAt, String format, Output output)
            throws IOException, UsageException {
        CommandContext context = output.context;
        Writer stdout = new OutputStreamWriter(context.out(), context.out().charset());
        switch (format) {
            case "json" -> ReplayReports.writeJson(result, context.version(), stdout);
            case "csv" -> ReplayReports.writeConnectionsCsv(result, stdout);
            default -> ReplayReports.writeTable(result, new PrintWriter(stdout));
        }
        stdout.flush();
        String missedFailure = failAt != null && result.failover() == null
                ? "the capture ends before --fail-at " + failAt + "; no failover snapshot"
                : null;
        if (output.dir != null) {
            AnalysisResult a = result.analysis();
            output.contract(ReplayResults.monitor(result, output.source()), a, a.complete(), missedFailure);
            output.write(REPLAY_JSON, w -> ReplayReports.writeJson(result, context.version(), w));
            output.write("connections.csv", w -> ReplayReports.writeConnectionsCsv(result, w));
            output.write("held-state.csv", w -> ReplayReports.writeHeldStateCsv(result, w));
            output.wrote(RESULTS_JSON + ", " + RESULTS_MODEL + ", " + REPLAY_JSON + ", connections.csv and "
                    + "held-state.csv");
        }
        if (missedFailure != null) {
            context.err().printf("%s replay: warning: %s%n", context.program(), missedFailure);
        }
        return report(result.analysis(), context);
    }

    private static int trace(TraceResult result, String format, Output output) throws IOException, UsageException {
        CommandContext context = output.context;
        Writer stdout = new OutputStreamWriter(context.out(), context.out().charset());
        if (format.equals("table")) {
            ReplayReports.writeTraceTable(result, new PrintWriter(stdout));
        } else {
            ReplayReports.writeTraceJson(result, output.seed, context.version(), stdout);
        }
        stdout.flush();
        if (output.dir != null) {
            AnalysisResult a = result.analysis();
            output.contract(ReplayResults.trace(result, output.source()), a, result.finished() && !a.cancelled(),
                    null);
            output.write(REPLAY_JSON, w -> ReplayReports.writeTraceJson(result, output.seed, context.version(), w));
            output.wrote(RESULTS_JSON + ", " + RESULTS_MODEL + " and " + REPLAY_JSON);
        }
        int code = report(result.analysis(), context);
        if (code == ExitCode.OK && !result.reproduced()) {
            context.err().printf("%s replay: the re-simulation did not reproduce the capture's byte streams%n",
                    context.program());
            return ExitCode.CHECK_FAILED;
        }
        return code;
    }

    private static long parseLong(String option, String text) throws UsageException {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException("bad " + option + " '" + text + "': expected an integer");
        }
    }

    /** {@code --delay MS} (one way) and {@code --loss P} (0-1) replace the estimate from the capture. */
    private static LinkConfig linkOverride(String delay, String loss) throws UsageException {
        if (delay == null && loss == null) {
            return null;
        }
        try {
            double ms = delay == null ? 1 : Double.parseDouble(delay);
            double p = loss == null ? 0 : Double.parseDouble(loss);
            if (!(ms >= 0) || ms > 10_000 || !(p >= 0) || p >= 1) {
                throw new NumberFormatException();
            }
            return LinkConfig.builder().delayNanos((long) (ms * 1e6)).lossRate(p).build();
        } catch (NumberFormatException e) {
            throw new UsageException("bad --delay/--loss: --delay is the one-way delay in ms (0-10000), --loss a "
                    + "probability in [0, 1)");
        }
    }

    private static int conformance(ConformanceResult result, String format, Output output)
            throws IOException, UsageException {
        CommandContext context = output.context;
        Writer stdout = new OutputStreamWriter(context.out(), context.out().charset());
        switch (format) {
            case "json" -> ReplayReports.writeConformanceJson(result, context.version(), stdout);
            case "csv" -> ReplayReports.writeConformanceCsv(result, stdout);
            default -> ReplayReports.writeConformanceTable(result, new PrintWriter(stdout));
        }
        stdout.flush();
        if (output.dir != null) {
            AnalysisResult a = result.analysis();
            output.contract(ReplayResults.conformance(result, output.source()), a, a.complete(), null);
            output.write(REPLAY_JSON, w -> ReplayReports.writeConformanceJson(result, context.version(), w));
            output.write("differences.csv", w -> ReplayReports.writeConformanceCsv(result, w));
            output.wrote(RESULTS_JSON + ", " + RESULTS_MODEL + ", " + REPLAY_JSON + " and differences.csv");
        }
        int code = report(result.analysis(), context);
        if (code == ExitCode.OK && result.count(Difference.Verdict.NONCONFORMANCE) > 0) {
            return ExitCode.CHECK_FAILED;
        }
        return code;
    }

    /** The file name {@code run --out} uses for the results model, so the workbench opens either the same way. */
    static final String RESULTS_MODEL = "results.xmi";

    /** The results contract's document, under the name {@code run --out} gives it (docs/RESULTS.md). */
    static final String RESULTS_JSON = "results.json";

    /** The replay's own, more detailed report (docs/REPLAY.md): every difference, held state, capture problems. */
    static final String REPLAY_JSON = "replay.json";

    interface Body {
        void write(Writer w) throws IOException;
    }

    /** Where one replay's files go, what they record about it, and the wall-clock facts for {@code run_info}. */
    private static final class Output {
        final Path capture;
        final Path dir;
        final long seed;
        final Instant started;
        final long startNanos;
        final CommandContext context;

        Output(Path capture, Path dir, long seed, Instant started, long startNanos, CommandContext context) {
            this.capture = capture;
            this.dir = dir;
            this.seed = seed;
            this.started = started;
            this.startNanos = startNanos;
            this.context = context;
        }

        /** Version, seed and the capture's SHA-256: enough to tell which capture and build produced the results. */
        ReplayResults.Source source() throws UsageException {
            try {
                return new ReplayResults.Source(context.version(), seed, ReplayResults.captureChecksum(capture));
            } catch (IOException e) {
                throw new UsageException("cannot read " + capture + ": " + AnalyzeCommand.reason(e));
            }
        }

        /**
         * results.xmi and results.json from the same model, results.json exactly as {@code run} renders one: fatal
         * capture damage (and {@code note}) as notes, the wall clock only under {@code run_info}.
         */
        void contract(Results results, AnalysisResult analysis, boolean completed, String note)
                throws UsageException {
            List<String> notes = new ArrayList<>();
            for (CaptureProblem p : analysis.problems()) {
                if (p.fatal()) {
                    notes.add(String.format(Locale.ROOT,
                            "damaged capture at byte offset %d: %s; the results cover the %d frame(s) before it",
                            p.offset(), p.message(), analysis.frames()));
                }
            }
            if (note != null) {
                notes.add(note);
            }
            long wallMillis = (context.nanoTime().getAsLong() - startNanos) / 1_000_000;
            RunResult run = new RunResult(results, notes, completed, analysis.cancelled(), started, wallMillis);
            Path model = dir.resolve(RESULTS_MODEL);
            writeFile(model, out -> out.write(OffloadFiles.toBytes(results, model)));
            write(RESULTS_JSON, w -> ResultsWriter.writeJson(run, w));
        }

        /** Each file through the model's atomic save: a temporary file beside the target, then a rename. */
        void write(String name, Body body) throws UsageException {
            writeFile(dir.resolve(name), out -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                body.write(w);
                w.flush();
            });
        }

        void wrote(String files) {
            context.err().printf("%s replay: wrote %s to %s%n", context.program(), files, dir);
        }

        /** A write failure names the file and why, exits 2 as {@code run --out} does, never as a stack trace. */
        private static void writeFile(Path target, AtomicFile.Content content) throws UsageException {
            try {
                AtomicFile.write(target, content);
            } catch (IOException e) {
                throw new UsageException("cannot write " + target + ": " + AnalyzeCommand.reason(e));
            }
        }
    }

    private static int report(AnalysisResult analysis, CommandContext context) {
        for (CaptureProblem p : analysis.problems()) {
            if (p.fatal()) {
                context.err().printf(Locale.ROOT,
                        "%s replay: damaged capture %s at byte offset %d: %s; the results cover the %d frame(s) "
                                + "before it%n",
                        context.program(), analysis.file(), p.offset(), p.message(), analysis.frames());
            }
        }
        if (analysis.cancelled()) {
            context.err().printf(Locale.ROOT, "%s replay: interrupted; the results cover the %d frame(s) read%n",
                    context.program(), analysis.frames());
            return ExitCode.INTERRUPTED;
        }
        return analysis.damaged() ? ExitCode.DAMAGED_INPUT : ExitCode.OK;
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parse(String option, Parse<T> parse) throws UsageException {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException("bad " + option + ": " + e.getMessage());
        }
    }

    /** Real-time pacing lives here, in the CLI: the replay engine itself has no clock. */
    static Pacer pacer(String speed, LongSupplier nanoTime) throws UsageException {
        double factor;
        switch (speed) {
            case "max" -> {
                return Pacer.NONE;
            }
            case "realtime" -> factor = 1;
            default -> {
                try {
                    factor = Double.parseDouble(speed);
                } catch (NumberFormatException e) {
                    factor = -1;
                }
                if (!(factor > 0) || Double.isInfinite(factor)) {
                    throw new UsageException("bad --speed '" + speed + "': use max, realtime or a factor > 0");
                }
            }
        }
        double scale = factor;
        long[] start = {-1};
        return sinceStart -> {
            long now = nanoTime.getAsLong();
            if (start[0] < 0) {
                start[0] = now;
            }
            long due = start[0] + (long) (sinceStart / scale);
            long wait = due - now;
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        };
    }
}
