package org.offloadlab.cli.internal;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assumptions;
import org.offloadlab.analysis.CaptureAnalyzer;
import org.offloadlab.testing.TestCaptures;

/**
 * Runs the command line in-process like a user would from a shell, capturing stdout and stderr: {@code
 * Cli.run("analyze", file)} returns the exit code and both streams. No OSGi framework needed.
 */
final class Cli {

    /** What one invocation produced. */
    record Result(int exitCode, String out, String err, List<Throwable> logged) {
    }

    private Supplier<CaptureAnalyzer> analyzer = Cli::realAnalyzer;
    private Interrupts interrupts = Interrupts.NONE;
    private CommandRegistry registry = CommandRegistry.standard();

    Cli analyzer(Supplier<CaptureAnalyzer> supplier) {
        this.analyzer = supplier;
        return this;
    }

    Cli interrupts(Interrupts i) {
        this.interrupts = i;
        return this;
    }

    Cli registry(CommandRegistry r) {
        this.registry = r;
        return this;
    }

    Result run(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<Throwable> logged = new ArrayList<>();
        AtomicLong clock = new AtomicLong();
        CommandContext context = new CommandContext("offloadlab", "0.1.0.test",
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                analyzer, false, interrupts, () -> clock.addAndGet(1_000_000), t -> {
                    logged.add(t);
                    return "/tmp/test.log";
                });
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        int code = new CommandLine(registry, context).execute(strings);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), logged);
    }

    static Result exec(Object... args) {
        return new Cli().run(args);
    }

    /**
     * The analysis bundle's implementation, created through its own class loader: the test needs no import of the
     * internal package, and the same code works inside OSGi (the API class's loader is the analysis bundle's) and on a
     * flat class path.
     */
    static CaptureAnalyzer realAnalyzer() {
        try {
            return (CaptureAnalyzer) CaptureAnalyzer.class.getClassLoader()
                    .loadClass("org.offloadlab.analysis.internal.TcpCaptureAnalyzer").getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("analysis implementation missing", e);
        }
    }

    /** A good capture: the committed copy, else the shared reference one; the test is skipped when neither exists. */
    static Path capture(String name) {
        Path committed = TestCaptures.dir().resolve(name);
        if (Files.isRegularFile(committed)) {
            return committed;
        }
        Path shared = TestCaptures.sharedDir().map(d -> d.resolve(name)).filter(Files::isRegularFile).orElse(null);
        Assumptions.assumeTrue(shared != null, "no capture " + name + " on this machine");
        return shared;
    }

    /** Number of TCP streams tshark found: rows of {@code NAME.streams.csv} beside the capture. */
    static int truthStreams(Path capture) throws IOException {
        return truth(capture).size();
    }

    /** tshark's ground truth beside a capture, one column-name-to-value map per stream (its fields hold no commas). */
    static List<Map<String, String>> truth(Path capture) throws IOException {
        Path file = capture.resolveSibling(TestCaptures.baseName(capture.getFileName().toString()) + ".streams.csv");
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * A classic pcap made of {@code times} copies of {@code source}'s records, for tests that need more frames than the
     * small committed captures have (the analyzer checks for cancellation every few thousand frames).
     */
    static Path repeated(Path source, int times, Path target) throws IOException {
        byte[] file = Files.readAllBytes(source);
        // Records are copied verbatim, so either byte order works; only pcapng (blocks, not records) would not.
        int magic = ByteBuffer.wrap(file, 0, 4).getInt();
        if (magic != 0xa1b2c3d4 && magic != 0xd4c3b2a1 && magic != 0xa1b23c4d && magic != 0x4d3cb2a1) {
            throw new IllegalArgumentException(source + " is not a classic pcap");
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            out.write(file, 0, 24);
            for (int copy = 0; copy < times; copy++) {
                out.write(file, 24, file.length - 24);
            }
        }
        return target;
    }
}
