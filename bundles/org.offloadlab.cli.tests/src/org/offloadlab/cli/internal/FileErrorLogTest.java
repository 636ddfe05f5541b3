package org.offloadlab.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileErrorLogTest {

    @TempDir
    Path dir;

    @Test
    void appendsTheFullStackTraceAndSaysWhere() throws IOException {
        Path log = dir.resolve("logs/cli.log");
        FileErrorLog errorLog = new FileErrorLog(log, "offloadlab analyze x.pcap");

        assertEquals(log.toString(), errorLog.apply(new IllegalStateException("first")));
        errorLog.apply(new IllegalArgumentException("second", new ArithmeticException("root")));

        String text = Files.readString(log);
        assertTrue(text.contains("internal error in: offloadlab analyze x.pcap"), text);
        assertTrue(text.contains("java.lang.IllegalStateException: first"));
        assertTrue(text.contains("\tat org.offloadlab.cli.internal.FileErrorLogTest"), "stack frames kept");
        assertTrue(text.contains("Caused by: java.lang.ArithmeticException: root"));
    }

    @Test
    void oneLineNamesTheRootCause() {
        assertEquals("IllegalStateException: a b", CommandLine.oneLine(new IllegalStateException("a\nb")));
        assertEquals("RuntimeException: x, caused by NullPointerException",
                CommandLine.oneLine(new RuntimeException("x", new NullPointerException())));
    }
}
