package org.offloadlab.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offloadlab.analysis.CaptureAnalyzer;
import org.offloadlab.testing.TestCaptures;

/**
 * Conformance mode on the real Linux captures: the engine, playing the server, must answer the captured clients the way
 * Linux did up to explained policy differences; a planted fault must show.
 */
class ConformanceTest {

    static Stream<Path> captures() {
        List<Path> all = new ArrayList<>(TestCaptures.capturesWithTruth(TestCaptures.dir()));
        TestCaptures.sharedDir().ifPresent(d -> all.addAll(TestCaptures.capturesWithTruth(d)));
        return all.stream();
    }

    private static ConformanceResult run(Path capture, java.util.function.UnaryOperator<org.offloadlab.tcp.TcpConfig> t)
            throws IOException {
        return ReplaySource.create(CaptureAnalyzer.create()).conformance(capture, ReplayOptions.monitor(), t, null);
    }

    @ParameterizedTest
    @MethodSource("captures")
    void theEngineAnswersLikeLinuxUpToPolicy(Path capture) throws IOException {
        ConformanceResult r = run(capture, null);
        String report = r.connections().stream()
                .flatMap(c -> c.differences().stream().map(d -> "stream " + c.index() + ": " + d))
                .collect(Collectors.joining("\n"));
        assertEquals(0, r.count(Difference.Verdict.NONCONFORMANCE), report);
    }

    @Test
    void anEngineThatIgnoresWindowScalingIsCaught() throws IOException {
        ConformanceResult r = run(TestCaptures.capture("bulk_1mb.pcap"),
                c -> c.toBuilder().windowScaling(false).build());
        assertTrue(r.connections().get(0).differences().stream()
                .anyMatch(d -> d.kind() == Difference.Kind.OPTIONS && d.verdict() == Difference.Verdict.NONCONFORMANCE),
                r.toString());
    }
}
