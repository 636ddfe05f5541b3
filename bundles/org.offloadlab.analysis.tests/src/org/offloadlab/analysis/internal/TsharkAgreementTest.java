package org.offloadlab.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.offloadlab.testing.MiniJson;
import org.offloadlab.analysis.AnalysisFlags;
import org.offloadlab.analysis.AnalysisOptions;
import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.analysis.DirectionStats;
import org.offloadlab.analysis.ProgressMonitor;
import org.offloadlab.testing.TestCaptures;

/**
 * The analysis agrees with tshark 4.0 on every real capture that ships a {@code NAME.streams.csv}: the committed set
 * and, when this machine has it, the team's shared reference set. Counts of frames, bytes, control flags and payload
 * are exact; each tcp.analysis flag must be within {@link #FLAG_TOLERANCE} (docs/ANALYSIS.md explains each).
 */
class TsharkAgreementTest {

    /** Allowed |ours − tshark| per stream for each tcp.analysis flag. All exact: the classifier follows tshark 4.0. */
    static final Map<String, Integer> FLAG_TOLERANCE = tolerances();

    private static Map<String, Integer> tolerances() {
        Map<String, Integer> t = new LinkedHashMap<>();
        for (String flag : List.of("retransmission", "fast_retransmission", "spurious_retransmission",
                "out_of_order", "duplicate_ack", "lost_segment", "ack_lost_segment", "zero_window",
                "zero_window_probe", "zero_window_probe_ack", "keep_alive", "keep_alive_ack", "window_full",
                "window_update")) {
            t.put(flag, 0);
        }
        return t;
    }

    private final TcpCaptureAnalyzer analyzer = new TcpCaptureAnalyzer();

    @TestFactory
    Stream<DynamicTest> committedCapturesAgreeWithTshark() {
        List<Path> captures = Files.isDirectory(TestCaptures.dir())
                ? TestCaptures.capturesWithTruth(TestCaptures.dir())
                : List.of();
        assertFalse(captures.isEmpty(), "no committed capture with ground truth in " + TestCaptures.dir());
        return captures.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> agree(p)));
    }

    @TestFactory
    Stream<DynamicTest> sharedCapturesAgreeWithTshark() {
        Optional<Path> shared = TestCaptures.sharedDir();
        Assumptions.assumeTrue(shared.isPresent(), "no shared captures beside this checkout");
        return TestCaptures.capturesWithTruth(shared.get()).stream()
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> agree(p)));
    }

    private void agree(Path capture) throws IOException {
        String base = TestCaptures.baseName(capture.getFileName().toString());
        List<TruthStream> truth = TruthStream.read(capture.resolveSibling(base + ".streams.csv"));
        Path json = capture.resolveSibling(base + ".truth.json");
        List<Object> truthJson = Files.isRegularFile(json)
                ? MiniJson.array(MiniJson.object(MiniJson.parse(Files.readString(json))).get("streams"))
                : List.of();

        AnalysisResult result = analyzer.analyze(capture, AnalysisOptions.DEFAULT, ProgressMonitor.NONE);
        assertTrue(result.complete(), () -> "incomplete: " + result.problems());
        assertFalse(result.damaged());
        assertEquals(truth.size(), result.connections().size(), "connections (tshark streams)");

        List<String> mismatches = new ArrayList<>();
        for (TruthStream t : truth) {
            ConnectionSummary c = match(result.connections(), t);
            if (c == null) {
                mismatches.add("stream " + t.stream() + " " + t.client() + " -> " + t.server() + ": no connection");
                continue;
            }
            Map<String, Object> detail = t.stream() < truthJson.size()
                    ? MiniJson.object(truthJson.get(t.stream()))
                    : null;
            compare(t, c, detail, mismatches);
        }
        if (!mismatches.isEmpty()) {
            fail(capture.getFileName() + ": " + mismatches.size() + " differences from tshark:\n  "
                    + String.join("\n  ", mismatches));
        }
    }

    /** Same 4-tuple (client → server) and the nearest start time. */
    private static ConnectionSummary match(List<ConnectionSummary> connections, TruthStream t) {
        ConnectionSummary best = null;
        for (ConnectionSummary c : connections) {
            if (!c.client().toString().equals(t.client()) || !other(c).toString().equals(t.server())) {
                continue;
            }
            if (best == null || Math.abs(c.firstTimestampNanos() - t.firstNanos()) < Math
                    .abs(best.firstTimestampNanos() - t.firstNanos())) {
                best = c;
            }
        }
        return best;
    }

    private static Object other(ConnectionSummary c) {
        return c.client().equals(c.a()) ? c.b() : c.a();
    }

    private static void compare(TruthStream t, ConnectionSummary c, Map<String, Object> detail,
            List<String> out) {
        String where = "stream " + t.stream() + " ";
        check(out, where + "index", t.stream(), c.index());
        check(out, where + "first_ts", t.firstNanos(), c.firstTimestampNanos());
        check(out, where + "last_ts", t.lastNanos(), c.lastTimestampNanos());
        boolean clientIsA = c.client().equals(c.a());
        DirectionStats c2s = clientIsA ? c.aToB() : c.bToA();
        DirectionStats s2c = clientIsA ? c.bToA() : c.aToB();
        direction(t, "_c2s", c2s, where, out);
        direction(t, "_s2c", s2c, where, out);
        AnalysisFlags f = c.flags();
        flag(t, "retransmission", f.retransmissions(), where, out);
        flag(t, "fast_retransmission", f.fastRetransmissions(), where, out);
        flag(t, "spurious_retransmission", f.spuriousRetransmissions(), where, out);
        flag(t, "out_of_order", f.outOfOrder(), where, out);
        flag(t, "duplicate_ack", f.duplicateAcks(), where, out);
        flag(t, "lost_segment", f.lostSegments(), where, out);
        flag(t, "ack_lost_segment", f.ackedUnseenSegments(), where, out);
        flag(t, "zero_window", f.zeroWindows(), where, out);
        flag(t, "zero_window_probe", f.zeroWindowProbes(), where, out);
        flag(t, "zero_window_probe_ack", f.zeroWindowProbeAcks(), where, out);
        flag(t, "keep_alive", f.keepAlives(), where, out);
        flag(t, "keep_alive_ack", f.keepAliveAcks(), where, out);
        flag(t, "window_full", f.windowFull(), where, out);
        flag(t, "window_update", f.windowUpdates(), where, out);
        if (detail != null) {
            handshakeOptions(MiniJson.object(detail.get("c2s")), c2s, where + "c2s ", out);
            handshakeOptions(MiniJson.object(detail.get("s2c")), s2c, where + "s2c ", out);
        }
    }

    private static void direction(TruthStream t, String suffix, DirectionStats d, String where, List<String> out) {
        expect(t, "frames" + suffix, d, DirectionStats::packets, where, out);
        expect(t, "bytes" + suffix, d, DirectionStats::bytes, where, out);
        check(out, where + "syn+synack" + suffix, t.number("syn" + suffix) + t.number("synack" + suffix), d.syn());
        expect(t, "fin" + suffix, d, DirectionStats::fin, where, out);
        expect(t, "rst" + suffix, d, DirectionStats::rst, where, out);
        expect(t, "urg" + suffix, d, DirectionStats::urg, where, out);
        expect(t, "sack_frames" + suffix, d, DirectionStats::sackSegments, where, out);
        expect(t, "in_order_bytes" + suffix, d, DirectionStats::inOrderPayloadBytes, where, out);
        expect(t, "unique_bytes" + suffix, d, DirectionStats::uniquePayloadBytes, where, out);
        expect(t, "holes" + suffix, d, DirectionStats::holes, where, out);
    }

    private static void handshakeOptions(Map<String, Object> truth, DirectionStats d, String where,
            List<String> out) {
        Map<String, Object> payload = MiniJson.object(truth.get("payload"));
        check(out, where + "payload_bytes_total", ((Number) payload.get("payload_bytes_total")).longValue(),
                d.payloadBytes());
        check(out, where + "payload_truncated", payload.get("payload_truncated_in_capture"), d.payloadTruncated());
        Object synOptions = truth.get("syn_options");
        if (synOptions == null) {
            return;
        }
        Map<String, Object> o = MiniJson.object(synOptions);
        check(out, where + "mss", intOr(o.get("mss")), d.mss());
        check(out, where + "window_scale_shift", intOr(o.get("window_scale_shift")), d.windowScale());
        check(out, where + "sack_permitted", o.get("sack_permitted"), d.sackPermitted());
        check(out, where + "timestamps", o.get("timestamps"), d.timestamps());
    }

    private static int intOr(Object number) {
        return number == null ? -1 : ((Number) number).intValue();
    }

    private static void expect(TruthStream t, String column, DirectionStats d, ToLongFunction<DirectionStats> ours,
            String where, List<String> out) {
        check(out, where + column, t.number(column), ours.applyAsLong(d));
    }

    private static void flag(TruthStream t, String column, int ours, String where, List<String> out) {
        long theirs = t.number(column);
        if (Math.abs(theirs - ours) > FLAG_TOLERANCE.get(column)) {
            out.add(where + column + ": tshark " + theirs + ", ours " + ours + " (tolerance "
                    + FLAG_TOLERANCE.get(column) + ")");
        }
    }

    private static void check(List<String> out, String what, Object theirs, Object ours) {
        boolean same = theirs instanceof Number a && ours instanceof Number b
                ? a.longValue() == b.longValue()
                : theirs.equals(ours);
        if (!same) {
            out.add(what + ": tshark " + theirs + ", ours " + ours);
        }
    }
}
