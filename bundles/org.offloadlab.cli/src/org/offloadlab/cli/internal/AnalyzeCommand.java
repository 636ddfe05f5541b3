package org.offloadlab.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.offloadlab.analysis.AnalysisOptions;
import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.analysis.CaptureAnalyzer;
import org.offloadlab.analysis.CaptureProblem;
import org.offloadlab.analysis.report.AnalysisReports;
import org.offloadlab.pcap.CaptureFormatException;

/**
 * {@code analyze CAPTURE [--filter BPF] [--format table|csv|json] [--out DIR]}: the report goes to stdout (nothing else
 * does, so it can be piped); notes, warnings and errors go to stderr. Damage ends reading but still yields the report
 * of everything before it, and exit code 1.
 */
final class AnalyzeCommand implements Command {

    private static final Arguments.Spec OPTIONS = new Arguments.Spec().value("--filter").value("--format")
            .value("--out");

    /** Report formats for stdout. */
    enum Format {
        TABLE, CSV, JSON;

        static Format parse(String text) throws UsageException {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(text)) {
                    return f;
                }
            }
            throw new UsageException("bad --format '" + text + "': use table, csv or json");
        }
    }

    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String synopsis() {
        return "CAPTURE [--filter BPF] [--format table|csv|json] [--out DIR]";
    }

    @Override
    public String summary() {
        return "List the TCP connections of a pcap/pcapng capture.";
    }

    @Override
    public String help() {
        return """
                Reads a pcap or pcapng capture and reconstructs its TCP connections: endpoints, state reached,
                packets and bytes each way, retransmissions, out-of-order segments, duplicate ACKs, zero windows
                and RTT.

                  CAPTURE          the capture file (.pcap or .pcapng)
                  --filter BPF     analyse only the frames a tcpdump filter matches, e.g. --filter 'tcp port 80'
                  --format FORMAT  table (the default), csv or json, written to standard output
                  --out DIR        also write DIR/connections.csv and DIR/connections.json, and charts of the
                                   %d largest connections by bytes: conn-<index>-timeseq.png and .svg,
                                   conn-<index>-throughput.png, conn-<index>-rtt.png, conn-<index>-window.png

                A damaged capture is read up to the damage: the report covers what came before it, the damage
                and its byte offset are reported on standard error, and the exit code is 1. Ctrl-C stops reading
                and prints the report of what was read (exit code 130).""".formatted(ConnectionCharts.MAX_CHARTED);
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        Arguments arguments = OPTIONS.parse(args);
        Path capture = readableFile(arguments.expectPositional("CAPTURE").get(0));
        Format format = Format.parse(arguments.value("--format", "table"));
        String filter = arguments.value("--filter", null);
        if (filter != null && filter.isBlank()) {
            throw new UsageException("--filter needs a filter expression, e.g. 'tcp port 80'");
        }
        Path outDir = outputDirectory(arguments.value("--out", null));

        CaptureAnalyzer analyzer = context.analyzer().get();
        ConsoleProgress progress = new ConsoleProgress(context.err(), context.interactive(), context.nanoTime());
        try (Interrupts.Registration interrupt = context.interrupts().onInterrupt(progress::cancel)) {
            AnalysisResult result = analyze(analyzer, capture, filter, progress);
            progress.clear();
            write(result, format, context.out());
            if (outDir != null) {
                writeFiles(result, outDir);
                // After Ctrl-C the user wants to stop, not to wait for charts.
                if (!progress.isCancelled()) {
                    new ConnectionCharts(analyzer, capture, outDir, progress, context.err(), context.program())
                            .write(result);
                    progress.clear();
                }
                context.err().printf("%s analyze: wrote connections.csv and connections.json to %s%n",
                        context.program(), outDir);
            }
            return report(result, progress.isCancelled(), context);
        }
    }

    private static AnalysisResult analyze(CaptureAnalyzer analyzer, Path capture, String filter,
            ConsoleProgress progress) throws UsageException, IOException {
        try {
            return analyzer.analyze(capture, new AnalysisOptions(filter, false), progress);
        } catch (CaptureFormatException e) {
            // Not a capture, or damaged before the first frame: still an (empty) report, so scripts get their JSON.
            return new AnalysisResult(capture, null, List.of(), 0, 0, 0, 0, -1, -1, List.of(),
                    List.of(new CaptureProblem(e.offset(), 0, e.reason(), true)), 0, false, false);
        } catch (IllegalArgumentException e) {
            if (filter != null) {
                throw new UsageException("bad --filter '" + filter + "': " + e.getMessage());
            }
            throw e;
        } catch (IOException e) {
            throw new UsageException("cannot read " + capture + ": " + e.getMessage());
        }
    }

    /** The report in the chosen format on stdout, in stdout's own encoding. */
    static void write(AnalysisResult result, Format format, PrintStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, out.charset());
        switch (format) {
            case TABLE -> AnalysisReports.writeTable(result, new PrintWriter(writer));
            case CSV -> AnalysisReports.writeCsv(result, writer);
            case JSON -> AnalysisReports.writeJson(result, writer);
        }
        writer.flush();
    }

    private static void writeFiles(AnalysisResult result, Path dir) throws IOException {
        try (Writer csv = Files.newBufferedWriter(dir.resolve("connections.csv"), StandardCharsets.UTF_8)) {
            AnalysisReports.writeCsv(result, csv);
        }
        try (Writer json = Files.newBufferedWriter(dir.resolve("connections.json"), StandardCharsets.UTF_8)) {
            AnalysisReports.writeJson(result, json);
        }
    }

    /** Damage, undecodable frames and interruption, one line each on stderr; returns the exit code they imply. */
    private static int report(AnalysisResult result, boolean interrupted, CommandContext context) {
        String prefix = context.program() + " analyze: ";
        long nonFatal = result.problems().stream().filter(p -> !p.fatal()).count() + result.problemsDropped();
        CaptureProblem firstNonFatal = result.problems().stream().filter(p -> !p.fatal()).findFirst().orElse(null);
        if (firstNonFatal != null) {
            context.err().printf(Locale.ROOT, "%swarning: %d frame problem(s), the first at byte offset %d%s: %s%n",
                    prefix, nonFatal, firstNonFatal.offset(), frame(firstNonFatal), firstNonFatal.message());
        }
        for (CaptureProblem p : result.problems()) {
            if (p.fatal()) {
                context.err().printf(Locale.ROOT,
                        "%sdamaged capture %s at byte offset %d%s: %s; the results cover the %d frame(s) before it%n",
                        prefix, result.file(), p.offset(), frame(p), p.message(), result.frames());
            }
        }
        if (result.cancelled()) {
            context.err().printf(Locale.ROOT, "%sinterrupted; the results cover the %d frame(s) read%n", prefix,
                    result.frames());
            return ExitCode.INTERRUPTED;
        }
        if (interrupted) {
            context.err().printf("%sinterrupted while writing charts; the reports are complete%n", prefix);
            return ExitCode.INTERRUPTED;
        }
        return result.damaged() ? ExitCode.DAMAGED_INPUT : ExitCode.OK;
    }

    private static String frame(CaptureProblem p) {
        return p.frame() > 0 ? " (frame " + p.frame() + ")" : "";
    }

    static Path readableFile(String name) throws UsageException {
        Path file;
        try {
            file = Path.of(name);
        } catch (InvalidPathException e) {
            throw new UsageException("bad file name '" + name + "'");
        }
        if (!Files.exists(file)) {
            throw new UsageException("no such file: " + name);
        }
        if (Files.isDirectory(file)) {
            throw new UsageException(name + " is a directory, not a capture file");
        }
        if (!Files.isReadable(file)) {
            throw new UsageException("cannot read " + name + " (permission denied)");
        }
        return file;
    }

    static Path outputDirectory(String name) throws UsageException {
        if (name == null) {
            return null;
        }
        try {
            Path dir = Path.of(name);
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new UsageException("cannot write to --out " + name + ": it is a file, not a directory");
            }
            return Files.createDirectories(dir);
        } catch (InvalidPathException e) {
            throw new UsageException("cannot create --out directory " + name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UsageException("cannot create --out directory " + name + ": " + reason(e));
        }
    }

    /**
     * Why a file operation failed, in words. The JDK's file exceptions carry only the path as their message ("/x/y" for
     * permission denied), so the type says what happened.
     */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof DirectoryNotEmptyException) {
            return "something else of that name is in the way";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
