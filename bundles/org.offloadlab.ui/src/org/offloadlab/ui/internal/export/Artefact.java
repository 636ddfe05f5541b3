package org.offloadlab.ui.internal.export;

/**
 * What the export wizard can write for one run. The file names are those of {@code offloadlab run --out DIR}
 * (docs/RESULTS.md), so an exported folder reads like one the command line wrote.
 */
public enum Artefact {
    REPORT("HTML report", "report.html"), RESULTS_JSON("Results as JSON", "results.json"), METRICS_CSV("Metrics as CSV",
            "metrics.csv"), SERIES_CSV("Series as CSV", "series.csv"), CONNECTIONS_CSV("Connections as CSV",
                    "connections.csv"), RESULTS_XMI("Results model (opens in the workbench)",
                            "results.xmi"), CHARTS_PNG("Charts as PNG", "*.png"), CHARTS_SVG("Charts as SVG", "*.svg");

    private final String label;
    private final String pattern;

    Artefact(String label, String pattern) {
        this.label = label;
        this.pattern = pattern;
    }

    /** For the wizard's check box: what it is and its file name. */
    public String label() {
        return label + " (" + pattern + ")";
    }

    /** The file name, or {@code *.png}/{@code *.svg} for the charts (one file per chart the results have). */
    public String pattern() {
        return pattern;
    }

    /** Whether this artefact is one file per chart. */
    public boolean isCharts() {
        return this == CHARTS_PNG || this == CHARTS_SVG;
    }
}
