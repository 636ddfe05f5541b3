package org.offloadlab.analysis.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.offloadlab.analysis.AnalysisFlags;
import org.offloadlab.analysis.ConnectionSummary;

/** An aligned plain-text table: text columns left-aligned, numbers right-aligned, two spaces between columns. */
final class TextTable {

    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> headers, boolean[] rightAligned) {
        this.headers = headers;
        this.rightAligned = rightAligned.clone();
    }

    void add(List<String> row) {
        rows.add(row);
    }

    /** The connections table the CLI shows; ASCII only, since terminals and logs may not be UTF-8. */
    static TextTable connections(List<ConnectionSummary> connections) {
        TextTable t = new TextTable(
                List.of("#", "A", "B", "state", "pkts A>B", "bytes A>B", "pkts B>A", "bytes B>A", "duration s",
                        "retrans", "ooo", "dup-ack", "zero-win", "avg rtt ms"),
                new boolean[]{true, false, false, false, true, true, true, true, true, true, true, true, true,
                        true});
        for (ConnectionSummary c : connections) {
            AnalysisFlags f = c.flags();
            t.add(List.of(Integer.toString(c.index()), String.valueOf(c.a()), String.valueOf(c.b()),
                    String.valueOf(c.state()), Long.toString(c.aToB().packets()), Long.toString(c.aToB().bytes()),
                    Long.toString(c.bToA().packets()), Long.toString(c.bToA().bytes()),
                    AnalysisReports.shortSeconds(c.durationNanos()),
                    Integer.toString(f.retransmissions() + f.fastRetransmissions() + f.spuriousRetransmissions()),
                    Integer.toString(f.outOfOrder()), Integer.toString(f.duplicateAcks()),
                    Integer.toString(f.zeroWindows()),
                    c.minRttNanos() < 0 ? "-" : String.format(Locale.ROOT, "%.3f", c.meanRttNanos() / 1e6)));
        }
        return t;
    }

    void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        measure(widths, headers);
        for (List<String> row : rows) {
            measure(widths, row);
        }
        printRow(out, widths, headers);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        out.println(rule);
        for (List<String> row : rows) {
            printRow(out, widths, row);
        }
    }

    private static void measure(int[] widths, List<String> row) {
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(widths[i], row.get(i).length());
        }
    }

    private void printRow(PrintWriter out, int[] widths, List<String> row) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) {
                line.append("  ");
            }
            String cell = row.get(i);
            String pad = " ".repeat(widths[i] - cell.length());
            line.append(rightAligned[i] ? pad + cell : cell + pad);
        }
        // Trailing blanks of a left-aligned last column would only make diffs noisy.
        out.println(line.toString().stripTrailing());
    }
}
