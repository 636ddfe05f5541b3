package org.offloadlab.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offloadlab.testing.MiniJson;
import org.offloadlab.analysis.AnalysisResult;

class AnalysisReportsTest {

    private static final List<String> CONNECTION_KEYS = List.of("index", "a", "b", "client", "state", "handshake",
            "first", "last", "duration", "a_to_b", "b_to_a", "retransmissions", "fast_retransmissions",
            "spurious_retransmissions", "out_of_order", "duplicate_acks", "lost_segments", "acked_unseen_segments",
            "zero_windows", "zero_window_probes", "keep_alives", "window_full", "window_updates", "rtt_min",
            "rtt_mean");
    private static final List<String> DIRECTION_KEYS = List.of("packets", "bytes", "payload_bytes",
            "in_order_payload_bytes", "unique_payload_bytes", "holes", "syn", "fin", "rst", "mss", "window_scale");

    @Test
    void jsonHasTheContractFieldsWithExactValues() throws IOException {
        Map<String, Object> doc = json(SampleResults.clean(Path.of("/captures/simple_http.pcap")));

        assertEquals("/captures/simple_http.pcap", doc.get("file"));
        assertEquals("pcap", doc.get("format"));
        assertEquals(new BigDecimal(30), doc.get("frames"));
        assertEquals(new BigDecimal(28), doc.get("tcp_frames"));
        assertEquals(Boolean.TRUE, doc.get("complete"));
        assertEquals(List.of(), doc.get("errors"));
        List<Map<String, Object>> connections = MiniJson.objects(doc.get("connections"));
        assertEquals(3, connections.size());
        for (Map<String, Object> c : connections) {
            assertTrue(c.keySet().containsAll(CONNECTION_KEYS), () -> "missing keys in " + c.keySet());
            assertTrue(MiniJson.object(c.get("a_to_b")).keySet().containsAll(DIRECTION_KEYS));
            assertTrue(MiniJson.object(c.get("b_to_a")).keySet().containsAll(DIRECTION_KEYS));
        }
        Map<String, Object> c0 = connections.get(0);
        assertEquals(BigDecimal.ZERO, c0.get("index"));
        assertEquals("10.200.1.1:40100", c0.get("a"));
        assertEquals("10.200.1.2:80", c0.get("b"));
        assertEquals("CLOSED", c0.get("state"));
        assertEquals(Boolean.TRUE, c0.get("handshake"));
        // Exact to the nanosecond: a double would have rounded the last digits away.
        assertEquals(new BigDecimal("1764000000.123456789"), c0.get("first"));
        assertEquals(new BigDecimal("1764000000.123978789"), c0.get("last"));
        assertEquals(new BigDecimal("0.000522000"), c0.get("duration"));
        assertEquals(new BigDecimal("0.000041000"), c0.get("rtt_min"));
        assertEquals(new BigDecimal("0.000052500"), c0.get("rtt_mean"));
        assertEquals(new BigDecimal(1460), MiniJson.object(c0.get("a_to_b")).get("mss"));
        assertEquals(new BigDecimal(7), MiniJson.object(c0.get("a_to_b")).get("window_scale"));
        assertNull(MiniJson.object(c0.get("b_to_a")).get("window_scale"));
        assertEquals(new BigDecimal(4587), MiniJson.object(c0.get("b_to_a")).get("bytes"));
        assertEquals(new BigDecimal(4117), MiniJson.object(c0.get("b_to_a")).get("payload_bytes"));
        assertEquals(new BigDecimal(1), c0.get("fast_retransmissions"));
        assertEquals(new BigDecimal(12), c0.get("window_updates"));

        assertEquals(new BigDecimal("1.000000001"), connections.get(1).get("duration"));
        Map<String, Object> v6 = connections.get(2);
        assertEquals("[2001:db8::1]:443", v6.get("a"));
        assertEquals("[fe80::2]:50000", v6.get("b"));
        assertEquals("[fe80::2]:50000", v6.get("client"));
        assertNull(v6.get("rtt_min"));
        assertNull(v6.get("rtt_mean"));
        assertNull(MiniJson.object(v6.get("a_to_b")).get("mss"));
    }

    @Test
    void jsonOfDamagedInputListsErrorsAndEscapesStrings() throws IOException {
        String odd = "/tmp/we\"ird\\dir/\u0007ctl\ttab\nline\u2028.pcapng";
        Map<String, Object> doc = json(SampleResults.damaged(Path.of(odd)));

        assertEquals(odd, doc.get("file"));
        assertEquals(Boolean.FALSE, doc.get("complete"));
        List<Map<String, Object>> errors = MiniJson.objects(doc.get("errors"));
        assertEquals(2, errors.size());
        Map<String, Object> fatal = errors.get(1);
        assertEquals(new BigDecimal(490), fatal.get("offset"));
        assertEquals(new BigDecimal(6), fatal.get("frame"));
        assertEquals("record cut \"short\"\n\tat\\end \u0001", fatal.get("message"));
        assertEquals(Boolean.TRUE, fatal.get("fatal"));
        assertEquals(Boolean.FALSE, errors.get(0).get("fatal"));
        assertEquals(1, MiniJson.objects(doc.get("connections")).size());
    }

    @Test
    void jsonTextHasNoRawControlCharacters() throws IOException {
        StringWriter out = new StringWriter();
        AnalysisReports.writeJson(SampleResults.damaged(Path.of("a\u001fb")), out);
        String text = out.toString();
        assertTrue(text.contains("a\\u001fb"), text);
        assertTrue(text.contains("\\\"short\\\""), text);
        assertTrue(text.chars().noneMatch(c -> c < 0x20 && c != '\n'));
    }

    @Test
    void secondsAreExactDecimals() {
        assertEquals("1764000000.123456789", AnalysisReports.seconds(1_764_000_000_123_456_789L));
        assertEquals("0.000000000", AnalysisReports.seconds(0));
        assertEquals("0.000000001", AnalysisReports.seconds(1));
        assertEquals("-0.000000001", AnalysisReports.seconds(-1));
        assertEquals("-1.500000000", AnalysisReports.seconds(-1_500_000_000L));
        assertEquals("9223372036.854775807", AnalysisReports.seconds(Long.MAX_VALUE));
        assertEquals("-9223372036.854775808", AnalysisReports.seconds(Long.MIN_VALUE));
    }

    @Test
    void csvHasOneHeaderAndOneRowPerConnection() throws IOException {
        StringWriter out = new StringWriter();
        AnalysisReports.writeCsv(SampleResults.clean(Path.of("x.pcap")), out);
        String text = out.toString();

        assertTrue(text.endsWith("\r\n"));
        List<List<String>> rows = parseCsv(text);
        assertEquals(4, rows.size());
        List<String> header = rows.get(0);
        for (List<String> row : rows) {
            assertEquals(header.size(), row.size());
        }
        assertEquals("index", header.get(0));
        assertTrue(header.containsAll(List.of("a", "b", "first", "duration", "a_to_b_bytes", "b_to_a_payload_bytes",
                "retransmissions", "rtt_min")));
        List<String> v6 = rows.get(3);
        assertEquals("[2001:db8::1]:443", v6.get(header.indexOf("a")));
        assertEquals("", v6.get(header.indexOf("rtt_min")));
        assertEquals("", v6.get(header.indexOf("a_to_b_mss")));
        assertEquals("1764000000.123456789", rows.get(1).get(header.indexOf("first")));
    }

    @Test
    void csvQuotesPerRfc4180() {
        assertEquals("plain", AnalysisReports.csvField("plain"));
        assertEquals("", AnalysisReports.csvField(null));
        assertEquals("\"a,b\"", AnalysisReports.csvField("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", AnalysisReports.csvField("say \"hi\""));
        assertEquals("\"two\r\nlines\"", AnalysisReports.csvField("two\r\nlines"));
        assertEquals("\"lf\nonly\"", AnalysisReports.csvField("lf\nonly"));
        assertEquals("[::1]:80", AnalysisReports.csvField("[::1]:80"));
        List<List<String>> parsed = parseCsv(
                AnalysisReports.csvField("x,\"y\"\r\nz") + "," + AnalysisReports.csvField("w") + "\r\n");
        assertEquals(List.of(List.of("x,\"y\"\r\nz", "w")), parsed);
    }

    @Test
    void tableIsAlignedAndMarksIncompleteReads() {
        StringWriter text = new StringWriter();
        AnalysisReports.writeTable(SampleResults.clean(Path.of("x.pcap")), new PrintWriter(text));
        List<String> lines = text.toString().lines().toList();
        int header = indexOfPrefix(lines, "#");
        String rule = lines.get(header + 1);
        assertTrue(rule.matches("-+( +-+)+"), rule);
        int stateColumn = lines.get(header).indexOf("state");
        for (int i = header + 2; i < header + 5; i++) {
            String row = lines.get(i);
            assertTrue(row.length() <= rule.length(), row);
            // Left-aligned columns start at the same place on every row.
            assertTrue(row.substring(stateColumn).startsWith("CLOSED") || row.substring(stateColumn)
                    .startsWith("SYN_SENT"), row);
        }
        assertTrue(lines.contains("connections: 3"));
        assertFalse(text.toString().contains("INCOMPLETE"));

        StringWriter damaged = new StringWriter();
        AnalysisReports.writeTable(SampleResults.damaged(Path.of("d.pcapng")), new PrintWriter(damaged));
        assertTrue(damaged.toString().contains("INCOMPLETE: reading stopped at byte offset 490 (frame 6)"),
                damaged.toString());
    }

    private static int indexOfPrefix(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix + " in " + lines);
    }

    private static Map<String, Object> json(AnalysisResult result) throws IOException {
        StringWriter out = new StringWriter();
        AnalysisReports.writeJson(result, out);
        return MiniJson.object(MiniJson.parse(out.toString()));
    }

    /** RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertTrue(row.isEmpty() && field.isEmpty(), "last record must end with CRLF");
        return rows;
    }
}
