package org.offloadlab.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offloadlab.cli.internal.Cli.Result;
import org.offloadlab.testing.TestCaptures;

class BenchReadCommandTest {

    @Test
    void printsOneTabSeparatedRowPerRun() throws IOException {
        Path capture = Cli.capture("simple_http.pcap");
        Result r = Cli.exec("bench-read", capture, "--repeat", "2", "--decode");

        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("run\treader\tframes\ttcp_frames\tcaptured_bytes\tfile_bytes\tseconds\tMB/s\tframes/s",
                lines.get(0));
        assertEquals(3, lines.size());
        String[] row = lines.get(2).split("\t");
        assertEquals("2", row[0]);
        assertEquals("stream", row[1]);
        int tcp = Cli.truth(capture).stream()
                .mapToInt(s -> Integer.parseInt(s.get("frames_c2s")) + Integer.parseInt(s.get("frames_s2c"))).sum();
        assertEquals(Integer.toString(tcp), row[3], "TCP frames decoded");
        assertEquals(Long.toString(Files.size(capture)), row[5]);
    }

    @Test
    void damageIsReportedWithItsOffset() {
        Result r = Cli.exec("bench-read", TestCaptures.malformed("truncated_mid_record.pcap"));
        assertEquals(ExitCode.DAMAGED_INPUT, r.exitCode());
        assertTrue(r.out().lines().toList().get(1).startsWith("1\tstream\t5\t"), r.out());
        assertTrue(r.err().contains("damaged capture at byte offset "), r.err());
    }

    @Test
    void badRepeatIsAUsageError() {
        Result r = Cli.exec("bench-read", Cli.capture("simple_http.pcap"), "--repeat", "zero");
        assertEquals(ExitCode.USAGE, r.exitCode());
        assertTrue(r.err().contains("--repeat needs a positive whole number, not 'zero'"), r.err());
    }
}
