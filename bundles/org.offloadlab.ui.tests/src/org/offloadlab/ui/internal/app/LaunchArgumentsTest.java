package org.offloadlab.ui.internal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LaunchArgumentsTest {

    private static Optional<Path> capture(String... args) {
        return LaunchArguments.parse(args).capture();
    }

    private static Optional<Path> absolute(String path) {
        return Optional.of(Path.of(path).toAbsolutePath().normalize());
    }

    @Test
    void openOptionNamesTheCapture() {
        assertEquals(absolute("samples/simple_http.pcap"), capture("--open", "samples/simple_http.pcap"));
        assertEquals(absolute("/data/x.pcapng"), capture("--open=/data/x.pcapng"));
    }

    @Test
    void aBareCaptureFileIsOpenedToo() {
        assertEquals(absolute("/data/trace.PCAPNG"), capture("-nosplash", "/data/trace.PCAPNG"));
        assertEquals(absolute("old.cap"), capture("old.cap"));
    }

    @Test
    void theLastCaptureGivenWins() {
        assertEquals(absolute("b.pcap"), capture("--open", "a.pcap", "b.pcap"));
    }

    @Test
    void otherArgumentsAreIgnored() {
        assertEquals(Optional.empty(), capture("-consoleLog", "notes.txt", "-data", "/tmp/ws"));
        assertEquals(Optional.empty(), capture((String[]) null));
        assertEquals(Optional.empty(), capture("--open"));
    }
}
