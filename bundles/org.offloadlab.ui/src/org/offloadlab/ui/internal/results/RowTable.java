package org.offloadlab.ui.internal.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * A table of result elements (model objects or {@link ResultRow}s) with named columns whose text is computed when a row
 * is shown, and optionally a filter field keeping rows with a matching cell. Virtual: 100,000 connections cost only the
 * visible rows' text. A click on a column header sorts by it ({@link CellOrder}; again reverses), and the order holds
 * across live updates. The rows are sorted here, not by a viewer comparator, which would ask every row's text on each
 * refresh of a virtual table.
 */
final class RowTable {

    /** A column: its header and the text of an element's cell. */
    record Column(String title, int width, Function<Object, String> text) {
    }

    private final TableViewer viewer;
    private final List<Column> columns;
    private String filter = "";
    private List<?> rows = List.of();
    private int sortColumn = -1;
    private boolean ascending = true;

    RowTable(Composite parent, List<Column> columns, boolean withFilter) {
        this.columns = List.copyOf(columns);
        if (withFilter) {
            Text text = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
            text.setMessage("Filter: any column contains…");
            text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            text.addListener(SWT.Modify, e -> setFilter(text.getText()));
        }
        viewer = new TableViewer(parent,
                SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL | SWT.BORDER);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            int index = i;
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(column.title());
            c.getColumn().setWidth(column.width());
            c.getColumn().addListener(SWT.Selection, e -> sortBy(index));
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return column.text().apply(element);
                }
            });
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                return matches(element);
            }
        });
    }

    /** Keeps rows with a cell containing {@code text} (case-insensitive); blank shows all. */
    void setFilter(String text) {
        filter = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        viewer.refresh();
    }

    private boolean matches(Object element) {
        if (filter.isEmpty()) {
            return true;
        }
        for (Column c : columns) {
            if (c.text().apply(element).toLowerCase(Locale.ROOT).contains(filter)) {
                return true;
            }
        }
        return false;
    }

    void setRows(List<?> rows) {
        this.rows = List.copyOf(rows);
        viewer.setInput(sorted());
    }

    /** Sorts by the {@code column}-th column; again on the same column reverses the order. */
    void sortBy(int column) {
        ascending = column != sortColumn || !ascending;
        sortColumn = column;
        Table table = viewer.getTable();
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        viewer.setInput(sorted());
    }

    private List<?> sorted() {
        if (sortColumn < 0 || rows.size() < 2) {
            return rows;
        }
        // each cell's text once, not once per comparison
        Function<Object, String> text = columns.get(sortColumn).text();
        String[] keys = new String[rows.size()];
        Integer[] order = new Integer[rows.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = text.apply(rows.get(i));
            order[i] = i;
        }
        Comparator<Integer> byCell = (x, y) -> CellOrder.INSTANCE.compare(keys[x], keys[y]);
        // stable: ties keep the run's order; a reversed sort still shows "—" cells last
        Arrays.sort(order, ascending ? byCell : (x, y) -> {
            boolean mx = CellOrder.missing(keys[x]);
            boolean my = CellOrder.missing(keys[y]);
            return mx || my ? Boolean.compare(mx, my) : byCell.compare(y, x);
        });
        List<Object> out = new ArrayList<>(keys.length);
        for (Integer i : order) {
            out.add(rows.get(i));
        }
        return out;
    }

    TableViewer viewer() {
        return viewer;
    }

    /** Rows shown (after filtering). */
    int shownRows() {
        return viewer.getTable().getItemCount();
    }

    /** The text of a shown cell. */
    String text(int row, int column) {
        if (row < 0 || row >= shownRows() || column < 0) {
            return "";
        }
        // an item of a virtual table gets its element only when first painted or asked for its text (SWT.SetData):
        // asking the item gives what the user sees, painted or not
        return viewer.getTable().getItem(row).getText(column);
    }

    /** Sorts by the column titled {@code title} (as a click on its header does). */
    void sortBy(String title) {
        int c = column(title);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + title);
        }
        sortBy(c);
    }

    /** Column index by title, or -1. */
    int column(String title) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).title().equals(title)) {
                return i;
            }
        }
        return -1;
    }
}
