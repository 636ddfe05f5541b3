package org.offloadlab.ui.internal.connections;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.offloadlab.analysis.ConnectionSummary;

/**
 * The rows behind the virtual table: all connections, and the filtered, sorted array the table shows. Sorting sorts
 * this array, never the widget, so 100k rows stay quick. Ties keep capture order (the sort is stable).
 */
final class ConnectionTable {

    private static final ConnectionSummary[] NONE = {};

    private ConnectionSummary[] all = NONE;
    private ConnectionSummary[] rows = NONE;
    private Predicate<ConnectionSummary> filter = ConnectionFilter.NONE;
    private ConnectionColumn sortColumn = ConnectionColumn.INDEX;
    private boolean ascending = true;

    void setInput(List<ConnectionSummary> connections) {
        all = connections.toArray(NONE);
        apply();
    }

    void setFilter(Predicate<ConnectionSummary> filter) {
        this.filter = filter;
        apply();
    }

    /** Sorts by {@code column}; again on the same column reverses the direction. */
    void sortBy(ConnectionColumn column) {
        ascending = column != sortColumn || !ascending;
        sortColumn = column;
        apply();
    }

    ConnectionColumn sortColumn() {
        return sortColumn;
    }

    boolean ascending() {
        return ascending;
    }

    /** The visible rows, in display order. Do not modify. */
    ConnectionSummary[] rows() {
        return rows;
    }

    int total() {
        return all.length;
    }

    int indexOf(ConnectionSummary connection) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].equals(connection)) {
                return i;
            }
        }
        return -1;
    }

    private void apply() {
        ConnectionSummary[] filtered = filter == ConnectionFilter.NONE
                ? all.clone()
                : Arrays.stream(all).filter(filter).toArray(ConnectionSummary[]::new);
        if (sortColumn != ConnectionColumn.INDEX || !ascending) {
            Comparator<ConnectionSummary> order = sortColumn.comparator();
            Arrays.sort(filtered, ascending ? order : order.reversed());
        }
        rows = filtered;
    }
}
