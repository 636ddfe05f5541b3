package org.offloadlab.dma.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.offloadlab.dma.Csv;

/** The result of one experiment: named columns and rows of formatted values (locale-independent), CSV-ready. */
public final class ExperimentTable {

    private final String name;
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();

    /** An empty table called {@code name} with the given columns. */
    public ExperimentTable(String name, List<String> columns) {
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    /** Appends a row; numbers are formatted without locale (doubles with 3 decimals). */
    public void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(
                    "table " + name + ": row has " + values.length + " values for " + columns.size() + " columns");
        }
        List<String> row = new ArrayList<>();
        for (Object v : values) {
            row.add(v instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : String.valueOf(v));
        }
        rows.add(List.copyOf(row));
    }

    /** The experiment's name (used as the CSV file stem). */
    public String name() {
        return name;
    }

    /** Column names. */
    public List<String> columns() {
        return columns;
    }

    /** Rows of formatted values. */
    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    /** The value in {@code row} under {@code column}. */
    public String value(int row, String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("table " + name + " has no column '" + column + "'");
        }
        return rows.get(row).get(i);
    }

    /** The value as a double. */
    public double number(int row, String column) {
        return Double.parseDouble(value(row, column));
    }

    /** The table as CSV text with a header line. */
    public String toCsv() {
        StringBuilder b = new StringBuilder();
        writeCsv(b);
        return b.toString();
    }

    /** Writes the table as CSV. */
    public void writeCsv(Appendable out) {
        try {
            out.append(String.join(",", columns.stream().map(Csv::field).toList())).append('\n');
            for (List<String> r : rows) {
                out.append(String.join(",", r.stream().map(Csv::field).toList())).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing table " + name + " failed", e);
        }
    }
}
