package org.offloadlab.ui.internal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LaunchArgumentsTest {

    private static Optional<Path> capture(String... args) {
        return LaunchArguments.parse(args).capture();
    }

    private static Optional<Path> screenshot(String... args) {
        return LaunchArguments.parse(args).screenshot();
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

    @Test
    void screenshotOptionNamesThePngRelativeToTheWorkingDirectory() {
        assertEquals(absolute("shots/../workbench.png"), screenshot("--screenshot", "shots/../workbench.png"));
        assertEquals(absolute("workbench.png"), screenshot("--screenshot", "workbench.png"));
        assertEquals(absolute("/tmp/a/b.png"), screenshot("--screenshot=/tmp/a/b.png"));
        assertEquals(Optional.of(Path.of("").toAbsolutePath().resolve("workbench.png")),
                screenshot("--screenshot", "./workbench.png"));
    }

    @Test
    void screenshotAndCaptureGoTogether() {
        LaunchArguments launch = LaunchArguments.parse(new String[]{"--open", "impaired.pcap", "--screenshot",
                "shot.png", "-consoleLog"});
        assertEquals(absolute("impaired.pcap"), launch.capture());
        assertEquals(absolute("shot.png"), launch.screenshot());
        // The value is the screenshot's, even when it looks like a capture.
        assertEquals(Optional.empty(), capture("--screenshot", "odd.pcap"));
    }

    @Test
    void withoutTheOptionThereIsNoScreenshot() {
        assertEquals(Optional.empty(), screenshot("--open", "a.pcap"));
        assertEquals(Optional.empty(), screenshot((String[]) null));
    }

    @Test
    void screenshotWithoutAFileIsAnError() {
        for (String[] args : new String[][]{{"--screenshot"}, {"--open", "a.pcap", "--screenshot"},
                {"--screenshot", "--open", "a.pcap"}, {"--screenshot="}, {"--screenshot", ""}}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> LaunchArguments.parse(args), String.join(" ", args));
            assertTrue(e.getMessage().contains("--screenshot needs a file name"), e.getMessage());
        }
    }
}
