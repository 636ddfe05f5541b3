package org.offloadlab.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.offloadlab.pcap.CaptureFiles;
import org.offloadlab.pcap.CaptureFormatException;
import org.offloadlab.pcap.CaptureReader;
import org.offloadlab.pcap.Frame;
import org.offloadlab.pcap.PacketDecoder;

/**
 * Hidden {@code bench-read CAPTURE [--pcap4j] [--decode] [--repeat N]}: how fast a capture is read (and decoded), for
 * docs/PERFORMANCE.md. One tab-separated row per run so results paste into a table; later runs show the JIT-warm speed.
 */
final class BenchReadCommand implements Command {

    private static final Arguments.Spec OPTIONS = new Arguments.Spec().flag("--pcap4j").flag("--decode")
            .value("--repeat");

    @Override
    public String name() {
        return "bench-read";
    }

    @Override
    public String synopsis() {
        return "CAPTURE [--pcap4j] [--decode] [--repeat N]";
    }

    @Override
    public String summary() {
        return "Measure how fast a capture is read.";
    }

    @Override
    public String help() {
        return """
                Reads every frame of CAPTURE and prints frames, bytes, seconds, MB/s and frames/s (MB = 10^6 bytes
                of the file). Uses the streaming reader, or libpcap through pcap4j with --pcap4j.

                  --decode      also decode every frame down to TCP (counts TCP frames)
                  --repeat N    read N times (default 1); later runs show the speed once the JIT has warmed up""";
    }

    @Override
    public boolean hidden() {
        return true;
    }

    @Override
    public int run(List<String> args, CommandContext context) throws UsageException, IOException {
        Arguments arguments = OPTIONS.parse(args);
        Path capture = Path.of(arguments.expectPositional("CAPTURE").get(0));
        if (!Files.isRegularFile(capture)) {
            throw new UsageException("no such file: " + capture);
        }
        int repeat = repeat(arguments.value("--repeat", "1"));
        boolean pcap4j = arguments.flag("--pcap4j");
        boolean decode = arguments.flag("--decode");
        AtomicBoolean interrupted = new AtomicBoolean();
        try (Interrupts.Registration r = context.interrupts().onInterrupt(() -> interrupted.set(true))) {
            context.out()
                    .println("run\treader\tframes\ttcp_frames\tcaptured_bytes\tfile_bytes\tseconds\tMB/s\tframes/s");
            for (int run = 1; run <= repeat && !interrupted.get(); run++) {
                int code = once(run, capture, pcap4j, decode, interrupted, context);
                if (code != ExitCode.OK) {
                    return code;
                }
            }
        }
        return interrupted.get() ? ExitCode.INTERRUPTED : ExitCode.OK;
    }

    private static int once(int run, Path capture, boolean pcap4j, boolean decode, AtomicBoolean interrupted,
            CommandContext context) throws IOException {
        PacketDecoder decoder = new PacketDecoder();
        long frames = 0;
        long tcp = 0;
        long captured = 0;
        long size = Files.size(capture);
        CaptureFormatException damage = null;
        long start = context.nanoTime().getAsLong();
        try (CaptureReader reader = pcap4j ? CaptureFiles.openWithPcap4j(capture) : CaptureFiles.open(capture)) {
            for (Frame f = reader.next(); f != null && !interrupted.get(); f = reader.next()) {
                frames++;
                captured += f.capturedLength();
                if (decode && decoder.decode(f).isTcp()) {
                    tcp++;
                }
            }
        } catch (CaptureFormatException e) {
            // Damage (or not a capture at all): the row still shows what was read before it.
            damage = e;
        }
        double seconds = Math.max(1e-9, (context.nanoTime().getAsLong() - start) / 1e9);
        context.out().printf(Locale.ROOT, "%d\t%s\t%d\t%s\t%d\t%d\t%.3f\t%.1f\t%.0f%n", run,
                pcap4j ? "pcap4j" : "stream", frames, decode ? Long.toString(tcp) : "-", captured, size, seconds,
                size / 1e6 / seconds, frames / seconds);
        if (damage != null) {
            context.err().printf("%s bench-read: damaged capture at byte offset %d: %s%n", context.program(),
                    damage.offset(), damage.reason());
            return ExitCode.DAMAGED_INPUT;
        }
        return ExitCode.OK;
    }

    private static int repeat(String text) throws UsageException {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--repeat needs a positive whole number, not '" + text + "'");
    }
}
