package org.offloadlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offloadlab.experiment.ExperimentRunner;
import org.offloadlab.experiment.ProgressMonitor;
import org.offloadlab.experiment.RunResult;
import org.offloadlab.experiment.Settings;
import org.offloadlab.experiment.Templates;
import org.offloadlab.model.Experiment;

/** The HTML report and charts of a run: self-contained, complete, escaped. */
class RunReportTest {

    @TempDir
    Path dir;

    static RunResult failoverRun(List<String> settings) throws Exception {
        Experiment e = Settings.apply(Templates.create("failover"), settings);
        Clock fixed = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        return ExperimentRunner.run(e, new ExperimentRunner.Options("9.9.9", fixed, null), ProgressMonitor.NONE);
    }

    @Test
    void reportHasProvenanceVerdictMetricsFailoverChartsAndConnections() throws Exception {
        RunResult run = failoverRun(List.of());
        List<Path> files = RunReport.writeAll(run, dir);
        for (String name : List.of("report.html", "interactions.png", "interactions.svg", "memory.png", "memory.svg",
                "connections.png", "connections.svg")) {
            assertTrue(Files.size(dir.resolve(name)) > 500, name);
            assertTrue(files.contains(dir.resolve(name)), name);
        }
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("Integrity OK"), "verdict");
        assertTrue(html.contains("9.9.9") && html.contains("2026-01-01T00:00:00Z"), "provenance");
        assertTrue(html.contains("<td>host_adapter_interactions_per_connection</td>"), "metrics table");
        assertTrue(html.contains("<h3>nic0 — crash, recovery hard-state</h3>"), "failover");
        assertTrue(html.contains("<th>failed</th><td>0.2 s</td>"), html);
        assertTrue(html.contains("class=\"timeline\""), "timeline drawing");
        assertTrue(html.contains("<table id=\"connections\">"), "connections table");
        // self-contained: nothing is loaded from elsewhere
        assertFalse(Pattern.compile("(src|href)=\"(?!data:)").matcher(html).find(), "only data: URIs");
        // each chart is a decodable SVG document
        Matcher m = Pattern.compile("data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)").matcher(html);
        int charts = 0;
        while (m.find()) {
            String svg = new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
            assertTrue(svg.contains("<svg") && svg.contains("</svg>"), svg.substring(0, 100));
            charts++;
        }
        assertEquals(4, charts); // interactions, memory, connections, buffer groups (the template has DMA policies)
    }

    @Test
    void failedIntegrityIsShownAsFailed() throws Exception {
        String html = RunReport.html(failoverRun(List.of("recovery=none", "duration=1s")));
        assertTrue(html.contains("Integrity FAILED"));
        assertTrue(html.contains("not recovered: recovery strategy none"));
    }

    @Test
    void textIsEscaped() {
        assertEquals("&lt;script&gt;a&amp;b&quot;&#39;", RunReport.esc("<script>a&b\"'"));
        assertEquals("0.000000001", RunReport.seconds(1));
    }
}
