package org.offloadlab.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.offloadlab.testing.MiniJson;
import org.offloadlab.analysis.AnalysisOptions;
import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.analysis.CaptureProblem;
import org.offloadlab.analysis.ProgressMonitor;
import org.offloadlab.testing.TestCaptures;

/**
 * Every damaged capture of {@code malformed/malformed.json} analyses without throwing: damage ends reading with one
 * fatal problem at the right offset, and everything before it is analysed; tolerated oddities read like tshark.
 */
class DamagedCapturesTest {

    private final TcpCaptureAnalyzer analyzer = new TcpCaptureAnalyzer();

    @TestFactory
    Stream<DynamicTest> damagedCapturesAreAnalysedUpToTheDamage() throws IOException {
        Map<String, Object> index = MiniJson
                .object(MiniJson.parse(Files.readString(TestCaptures.malformed("malformed.json"))));
        List<Object> files = MiniJson.array(index.get("files"));
        assertFalse(files.isEmpty());
        return files.stream().map(MiniJson::object)
                .map(entry -> DynamicTest.dynamicTest((String) entry.get("file"), () -> check(entry)));
    }

    private void check(Map<String, Object> entry) throws IOException {
        Path file = TestCaptures.malformed((String) entry.get("file"));
        long tsharkFrames = ((Number) entry.get("tshark_frames_read")).longValue();
        boolean error = "error".equals(entry.get("expected"));

        AnalysisResult result = analyzer.analyze(file, AnalysisOptions.DEFAULT, ProgressMonitor.NONE);

        assertEquals(tsharkFrames, result.frames(), "frames read before the damage, as tshark");
        assertEquals(!error, result.complete());
        assertEquals(error, result.damaged());
        assertFalse(result.cancelled());
        if (error) {
            CaptureProblem fatal = result.problems().get(result.problems().size() - 1);
            assertTrue(fatal.fatal());
            assertTrue(fatal.offset() >= 0 && fatal.offset() <= Files.size(file), "offset " + fatal.offset());
            assertFalse(fatal.message().isBlank());
            assertEquals(tsharkFrames + 1, fatal.frame(), "the frame that could not be read");
            if (tsharkFrames > 0) {
                assertTrue(fatal.offset() > 0, "damage after the file header");
            }
        }
        long analysed = result.connections().stream().mapToLong(c -> c.packets()).sum();
        assertEquals(result.tcpFrames(), analysed, "every TCP frame read belongs to a connection");
    }

    @Test
    void aCaptureCutMidRecordKeepsTheFramesBeforeIt() throws IOException {
        AnalysisResult result = analyzer.analyze(TestCaptures.malformed("truncated_mid_record.pcap"),
                AnalysisOptions.DEFAULT, ProgressMonitor.NONE);

        assertEquals(5, result.frames());
        assertEquals(1, result.connections().size(), "the HTTP connection's first segments");
        assertTrue(result.connections().get(0).handshakeSeen());
        CaptureProblem fatal = result.problems().get(0);
        // Five records of the source capture precede the damage; the sixth starts where reading stopped.
        assertTrue(fatal.offset() > 24
                && fatal.offset() < Files.size(TestCaptures.malformed("truncated_mid_record.pcap")));
    }

    @Test
    void aMissingFileIsAnIoException(@TempDir Path dir) {
        assertThrows(NoSuchFileException.class, () -> analyzer.analyze(dir.resolve("absent.pcap"),
                AnalysisOptions.DEFAULT, ProgressMonitor.NONE));
    }

    @Test
    void seriesOfADamagedCaptureStopsAtTheDamage() throws IOException {
        Path file = TestCaptures.malformed("truncated_mid_record.pcap");
        AnalysisResult result = analyzer.analyze(file, AnalysisOptions.DEFAULT, ProgressMonitor.NONE);
        var connection = result.connections().get(0);

        var series = analyzer.series(file, connection, connection.client(), ProgressMonitor.NONE);
        assertEquals(connection.client(), series.sender());
        assertTrue(series.segmentTimes().length >= 1, "at least the SYN");
    }
}
