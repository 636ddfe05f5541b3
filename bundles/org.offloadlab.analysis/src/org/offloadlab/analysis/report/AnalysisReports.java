package org.offloadlab.analysis.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.offloadlab.analysis.AnalysisFlags;
import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.analysis.CaptureProblem;
import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.analysis.DirectionStats;

/**
 * Writes an {@link AnalysisResult} as JSON, CSV or an aligned text table. Plain Java, no libraries, so the CLI, the
 * UI's export and scripts share one format.
 *
 * <h2>JSON contract</h2> Other tools parse this; fields are only ever added, never renamed or removed. Times are
 * seconds since the Unix epoch as decimal numbers with all nine fraction digits (1764000000.123456789), written from
 * the nanosecond {@code long}, never through a {@code double}; durations and RTTs use the same notation. Unknown values
 * are {@code null}.
 *
 * <pre>
 * {
 *   "file": "/path/capture.pcap",   "format": "pcap" | "pcapng" | null (not a capture),   "link_types": ["EN10MB"],
 *   "frames": 16, "tcp_frames": 14, "other_frames": 2, "malformed_frames": 0,
 *   "first": 1764000000.123456789 | null, "last": ... | null,
 *   "complete": true,        // false when reading stopped early (damage or cancellation)
 *   "cancelled": false,
 *   "errors": [              // always present, empty for a clean capture; "fatal": true = reading stopped there,
 *                            // "offset" = byte offset in the file, "frame" = frame number (0: not about one frame)
 *     {"offset": 4711, "frame": 6, "message": "record cut short", "fatal": true}
 *   ],
 *   "errors_dropped": 0,     // problems counted but not listed
 *   "connections": [{
 *     "index": 0,                      // tshark's tcp.stream
 *     "a": "10.0.0.1:40100",           // the side that sent the connection's first packet; IPv6 as "[2001:db8::1]:80"
 *     "b": "10.0.0.2:80",
 *     "client": "10.0.0.1:40100",      // sender of the first SYN ("a" when no SYN was seen)
 *     "state": "CLOSED",               // ConnectionState name
 *     "handshake": true,               // SYN, SYN-ACK and ACK all captured
 *     "first": 1764000000.123456789, "last": ..., "duration": 0.000522000,
 *     "first_frame": 1, "last_frame": 16,
 *     "a_to_b": {"packets", "bytes" (frame bytes), "payload_bytes", "in_order_payload_bytes",
 *                "unique_payload_bytes", "holes", "syn", "fin", "rst", "urg", "sack_segments",
 *                "mss" | null, "window_scale" | null, "sack_permitted", "timestamps", "payload_truncated"},
 *     "b_to_a": { same },
 *     "retransmissions", "fast_retransmissions", "spurious_retransmissions", "out_of_order", "duplicate_acks",
 *     "lost_segments", "acked_unseen_segments", "zero_windows", "zero_window_probes", "zero_window_probe_acks",
 *     "keep_alives", "keep_alive_acks", "window_full", "window_updates",   // counts over both directions
 *     "rtt_samples": 3, "rtt_min": 0.000041000 | null, "rtt_mean": ... | null   // seconds
 *   }]
 * }
 * </pre>
 *
 * <h2>CSV</h2> RFC 4180: one header row then one row per connection, CRLF line ends, fields with a comma, quote, CR or
 * LF quoted with inner quotes doubled, unknown values empty. Columns are the JSON connection fields flattened, with
 * per-direction fields prefixed {@code a_to_b_} / {@code b_to_a_}.
 */
public final class AnalysisReports {

    private AnalysisReports() {
    }

    /** Writes the JSON document described in the class comment; flushes but does not close {@code out}. */
    public static void writeJson(AnalysisResult result, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("file").value(result.file() == null ? null : result.file().toString());
        json.name("format").value(result.format());
        json.name("link_types").beginArray();
        for (String linkType : result.linkTypes()) {
            json.value(linkType);
        }
        json.endArray();
        json.name("frames").value(result.frames());
        json.name("tcp_frames").value(result.tcpFrames());
        json.name("other_frames").value(result.otherFrames());
        json.name("malformed_frames").value(result.malformedFrames());
        json.name("first").number(timestamp(result.firstTimestampNanos()));
        json.name("last").number(timestamp(result.lastTimestampNanos()));
        json.name("complete").value(result.complete());
        json.name("cancelled").value(result.cancelled());
        json.name("errors").beginArray();
        for (CaptureProblem p : result.problems()) {
            json.beginObject();
            json.name("offset").value(p.offset());
            json.name("frame").value(p.frame());
            json.name("message").value(p.message());
            json.name("fatal").value(p.fatal());
            json.endObject();
        }
        json.endArray();
        json.name("errors_dropped").value(result.problemsDropped());
        json.name("connections").beginArray();
        for (ConnectionSummary c : result.connections()) {
            writeConnection(json, c);
        }
        json.endArray();
        json.endObject();
        json.flush();
    }

    private static void writeConnection(JsonWriter json, ConnectionSummary c) throws IOException {
        json.beginObject();
        json.name("index").value(c.index());
        json.name("a").value(String.valueOf(c.a()));
        json.name("b").value(String.valueOf(c.b()));
        json.name("client").value(String.valueOf(c.client()));
        json.name("state").value(String.valueOf(c.state()));
        json.name("handshake").value(c.handshakeSeen());
        json.name("first").number(seconds(c.firstTimestampNanos()));
        json.name("last").number(seconds(c.lastTimestampNanos()));
        json.name("duration").number(seconds(c.durationNanos()));
        json.name("first_frame").value(c.firstFrame());
        json.name("last_frame").value(c.lastFrame());
        json.name("a_to_b");
        writeDirection(json, c.aToB());
        json.name("b_to_a");
        writeDirection(json, c.bToA());
        AnalysisFlags f = c.flags();
        json.name("retransmissions").value(f.retransmissions());
        json.name("fast_retransmissions").value(f.fastRetransmissions());
        json.name("spurious_retransmissions").value(f.spuriousRetransmissions());
        json.name("out_of_order").value(f.outOfOrder());
        json.name("duplicate_acks").value(f.duplicateAcks());
        json.name("lost_segments").value(f.lostSegments());
        json.name("acked_unseen_segments").value(f.ackedUnseenSegments());
        json.name("zero_windows").value(f.zeroWindows());
        json.name("zero_window_probes").value(f.zeroWindowProbes());
        json.name("zero_window_probe_acks").value(f.zeroWindowProbeAcks());
        json.name("keep_alives").value(f.keepAlives());
        json.name("keep_alive_acks").value(f.keepAliveAcks());
        json.name("window_full").value(f.windowFull());
        json.name("window_updates").value(f.windowUpdates());
        json.name("rtt_samples").value(c.rttSamples());
        json.name("rtt_min").number(optionalSeconds(c.minRttNanos()));
        json.name("rtt_mean").number(optionalSeconds(c.meanRttNanos()));
        json.endObject();
    }

    private static void writeDirection(JsonWriter json, DirectionStats d) throws IOException {
        json.beginObject();
        json.name("packets").value(d.packets());
        json.name("bytes").value(d.bytes());
        json.name("payload_bytes").value(d.payloadBytes());
        json.name("in_order_payload_bytes").value(d.inOrderPayloadBytes());
        json.name("unique_payload_bytes").value(d.uniquePayloadBytes());
        json.name("holes").value(d.holes());
        json.name("syn").value(d.syn());
        json.name("fin").value(d.fin());
        json.name("rst").value(d.rst());
        json.name("urg").value(d.urg());
        json.name("sack_segments").value(d.sackSegments());
        json.name("mss").number(d.mss() < 0 ? null : Integer.toString(d.mss()));
        json.name("window_scale").number(d.windowScale() < 0 ? null : Integer.toString(d.windowScale()));
        json.name("sack_permitted").value(d.sackPermitted());
        json.name("timestamps").value(d.timestamps());
        json.name("payload_truncated").value(d.payloadTruncated());
        json.endObject();
    }

    /** Writes the CSV described in the class comment; flushes but does not close {@code out}. */
    public static void writeCsv(AnalysisResult result, Writer out) throws IOException {
        List<CsvColumn> columns = CsvColumn.all();
        List<String> header = new ArrayList<>(columns.size());
        for (CsvColumn column : columns) {
            header.add(column.name());
        }
        writeCsvRow(out, header);
        for (ConnectionSummary c : result.connections()) {
            List<String> row = new ArrayList<>(columns.size());
            for (CsvColumn column : columns) {
                row.add(column.value().apply(c));
            }
            writeCsvRow(out, row);
        }
        out.flush();
    }

    private static void writeCsvRow(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(csvField(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** RFC 4180 §2.6–2.7: quote a field holding a comma, quote or line break; double inner quotes. */
    static String csvField(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /**
     * Writes a human-readable summary and an aligned table of connections, widest value setting each column's width;
     * flushes but does not close {@code out}.
     */
    public static void writeTable(AnalysisResult result, PrintWriter out) {
        out.printf(Locale.ROOT, "file:        %s (%s%s)%n", result.file(),
                result.format() == null ? "format unknown" : result.format(),
                result.linkTypes().isEmpty() ? "" : ", " + String.join(", ", result.linkTypes()));
        out.printf(Locale.ROOT, "frames:      %d (%d TCP, %d other, %d malformed)%n", result.frames(),
                result.tcpFrames(), result.otherFrames(), result.malformedFrames());
        if (result.firstTimestampNanos() >= 0) {
            out.printf(Locale.ROOT, "start:       %s, lasting %s s%n",
                    Instant.ofEpochSecond(0, result.firstTimestampNanos()),
                    shortSeconds(result.lastTimestampNanos() - result.firstTimestampNanos()));
        }
        out.printf(Locale.ROOT, "connections: %d%n", result.connections().size());
        if (!result.connections().isEmpty()) {
            out.println();
            TextTable.connections(result.connections()).print(out);
        }
        for (CaptureProblem p : result.problems()) {
            if (p.fatal()) {
                out.printf(Locale.ROOT, "%nINCOMPLETE: reading stopped at byte offset %d%s: %s%n", p.offset(),
                        p.frame() > 0 ? " (frame " + p.frame() + ")" : "", p.message());
            }
        }
        if (result.cancelled()) {
            out.printf("%nINCOMPLETE: cancelled; the table covers the frames read before.%n");
        }
        out.flush();
    }

    /** Seconds with nine fraction digits from ns, exact: {@code 1764000000.123456789}, {@code -0.000000001}. */
    static String seconds(long nanos) {
        String sign = nanos < 0 ? "-" : "";
        // Math.abs(Long.MIN_VALUE) stays negative, but read unsigned it is the right magnitude.
        long magnitude = Math.abs(nanos);
        long whole = Long.divideUnsigned(magnitude, 1_000_000_000L);
        long fraction = Long.remainderUnsigned(magnitude, 1_000_000_000L);
        return sign + Long.toUnsignedString(whole) + "." + String.format(Locale.ROOT, "%09d", fraction);
    }

    /** A capture timestamp, or null for the "-1 = none" convention. */
    private static String timestamp(long nanos) {
        return nanos < 0 ? null : seconds(nanos);
    }

    private static String optionalSeconds(long nanos) {
        return nanos < 0 ? null : seconds(nanos);
    }

    /** Seconds to six decimals, for people. */
    static String shortSeconds(long nanos) {
        return String.format(Locale.ROOT, "%.6f", nanos / 1e9);
    }

    /** One CSV column: its header name and how to compute it from a connection. */
    private record CsvColumn(String name, Function<ConnectionSummary, String> value) {

        static List<CsvColumn> all() {
            List<CsvColumn> c = new ArrayList<>();
            c.add(new CsvColumn("index", s -> Integer.toString(s.index())));
            c.add(new CsvColumn("a", s -> String.valueOf(s.a())));
            c.add(new CsvColumn("b", s -> String.valueOf(s.b())));
            c.add(new CsvColumn("client", s -> String.valueOf(s.client())));
            c.add(new CsvColumn("state", s -> String.valueOf(s.state())));
            c.add(new CsvColumn("handshake", s -> Boolean.toString(s.handshakeSeen())));
            c.add(new CsvColumn("first", s -> seconds(s.firstTimestampNanos())));
            c.add(new CsvColumn("last", s -> seconds(s.lastTimestampNanos())));
            c.add(new CsvColumn("duration", s -> seconds(s.durationNanos())));
            c.add(new CsvColumn("first_frame", s -> Long.toString(s.firstFrame())));
            c.add(new CsvColumn("last_frame", s -> Long.toString(s.lastFrame())));
            direction(c, "a_to_b_", ConnectionSummary::aToB);
            direction(c, "b_to_a_", ConnectionSummary::bToA);
            flag(c, "retransmissions", AnalysisFlags::retransmissions);
            flag(c, "fast_retransmissions", AnalysisFlags::fastRetransmissions);
            flag(c, "spurious_retransmissions", AnalysisFlags::spuriousRetransmissions);
            flag(c, "out_of_order", AnalysisFlags::outOfOrder);
            flag(c, "duplicate_acks", AnalysisFlags::duplicateAcks);
            flag(c, "lost_segments", AnalysisFlags::lostSegments);
            flag(c, "acked_unseen_segments", AnalysisFlags::ackedUnseenSegments);
            flag(c, "zero_windows", AnalysisFlags::zeroWindows);
            flag(c, "zero_window_probes", AnalysisFlags::zeroWindowProbes);
            flag(c, "zero_window_probe_acks", AnalysisFlags::zeroWindowProbeAcks);
            flag(c, "keep_alives", AnalysisFlags::keepAlives);
            flag(c, "keep_alive_acks", AnalysisFlags::keepAliveAcks);
            flag(c, "window_full", AnalysisFlags::windowFull);
            flag(c, "window_updates", AnalysisFlags::windowUpdates);
            c.add(new CsvColumn("rtt_samples", s -> Integer.toString(s.rttSamples())));
            c.add(new CsvColumn("rtt_min", s -> optionalSeconds(s.minRttNanos())));
            c.add(new CsvColumn("rtt_mean", s -> optionalSeconds(s.meanRttNanos())));
            return c;
        }

        private static void direction(List<CsvColumn> c, String prefix, Function<ConnectionSummary, DirectionStats> d) {
            c.add(new CsvColumn(prefix + "packets", s -> Long.toString(d.apply(s).packets())));
            c.add(new CsvColumn(prefix + "bytes", s -> Long.toString(d.apply(s).bytes())));
            c.add(new CsvColumn(prefix + "payload_bytes", s -> Long.toString(d.apply(s).payloadBytes())));
            c.add(new CsvColumn(prefix + "in_order_payload_bytes",
                    s -> Long.toString(d.apply(s).inOrderPayloadBytes())));
            c.add(new CsvColumn(prefix + "unique_payload_bytes", s -> Long.toString(d.apply(s).uniquePayloadBytes())));
            c.add(new CsvColumn(prefix + "holes", s -> Integer.toString(d.apply(s).holes())));
            c.add(new CsvColumn(prefix + "syn", s -> Integer.toString(d.apply(s).syn())));
            c.add(new CsvColumn(prefix + "fin", s -> Integer.toString(d.apply(s).fin())));
            c.add(new CsvColumn(prefix + "rst", s -> Integer.toString(d.apply(s).rst())));
            c.add(new CsvColumn(prefix + "urg", s -> Integer.toString(d.apply(s).urg())));
            c.add(new CsvColumn(prefix + "sack_segments", s -> Integer.toString(d.apply(s).sackSegments())));
            c.add(new CsvColumn(prefix + "mss", s -> d.apply(s).mss() < 0 ? null : Integer.toString(d.apply(s).mss())));
            c.add(new CsvColumn(prefix + "window_scale",
                    s -> d.apply(s).windowScale() < 0 ? null : Integer.toString(d.apply(s).windowScale())));
            c.add(new CsvColumn(prefix + "sack_permitted", s -> Boolean.toString(d.apply(s).sackPermitted())));
            c.add(new CsvColumn(prefix + "timestamps", s -> Boolean.toString(d.apply(s).timestamps())));
            c.add(new CsvColumn(prefix + "payload_truncated", s -> Boolean.toString(d.apply(s).payloadTruncated())));
        }

        private static void flag(List<CsvColumn> c, String name, ToIntFunction<AnalysisFlags> f) {
            c.add(new CsvColumn(name, s -> Integer.toString(f.applyAsInt(s.flags()))));
        }
    }
}
