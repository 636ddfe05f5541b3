package org.offloadlab.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw read speed of both readers over a generated 1.1 GB capture, printed, never asserted (timing varies by machine).
 * Off by default; run with {@code -Doffloadlab.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "offloadlab.benchmark", matches = "true")
class ReadThroughputBenchmark {

    @TempDir
    Path dir;

    @Test
    void readBothWays() throws IOException {
        Path file = dir.resolve("big.pcap");
        byte[][] sizes = {new byte[1514], new byte[66], new byte[9014], new byte[590]};
        long frames = 0;
        try (PcapWriter w = PcapWriter.create(file, LinkType.ETHERNET)) {
            for (long bytes = 0; bytes < 1_100_000_000L; frames++) {
                byte[] d = sizes[(int) (frames & 3)];
                w.write(1_700_000_000_000_000_000L + frames * 1000, d);
                bytes += 16 + d.length;
            }
        }
        for (int round = 1; round <= 3; round++) {
            assertEquals(frames, time("pure Java", file, CaptureFiles.open(file), round));
            assertEquals(frames, time("libpcap", file, CaptureFiles.openWithPcap4j(file), round));
        }
    }

    private static long time(String name, Path file, CaptureReader opened, int round) throws IOException {
        long start = System.nanoTime();
        long n = 0;
        try (CaptureReader reader = opened) {
            for (Frame f = reader.next(); f != null; f = reader.next()) {
                n++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("round %d %-9s %,d frames %.0f MB/s%n", round, name, n, Files.size(file) / 1e6 / seconds);
        return n;
    }
}
