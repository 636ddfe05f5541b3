package org.offloadlab.ui.internal.connections;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.offloadlab.analysis.ConnectionState;
import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.ui.internal.StatusLines;
import org.offloadlab.ui.internal.UiIds;
import org.offloadlab.ui.internal.handlers.CaptureDropListener;
import org.offloadlab.ui.internal.session.CaptureSession;
import org.offloadlab.ui.internal.session.CaptureSnapshot;
import org.offloadlab.ui.internal.session.CaptureSnapshot.Phase;
import org.offloadlab.ui.internal.session.SessionListener;
import org.offloadlab.ui.internal.session.SessionListener.Change;

/**
 * Every TCP connection of the open capture in a virtual table: filter, sort by any column, select one to chart it.
 * Renders {@link CaptureSnapshot}s of the {@link CaptureSession}; the rows live in a {@link ConnectionTable}.
 */
public final class ConnectionsView extends ViewPart {

    private static final int FILTER_DELAY_MS = 200;

    private final ConnectionTable table = new ConnectionTable();
    private final SessionListener sessionListener = this::sessionChanged;
    private final Runnable applyFilter = this::applyFilter;
    private CaptureSession session;

    private TableViewer viewer;
    private Text filterText;
    private Combo flagCombo;
    private Label countLabel;
    private CLabel banner;
    private IStatus shownStatus = Status.OK_STATUS;

    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(CaptureSession.class);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        createFilterBar(parent);
        banner = new CLabel(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(banner);
        banner.setVisible(false);
        createTable(parent);

        getSite().setSelectionProvider(viewer);
        CaptureDropListener.install(parent, getSite());
        CaptureDropListener.install(viewer.getControl(), getSite());
        session.addListener(sessionListener);
        render(session.snapshot(), EnumSet.allOf(Change.class));
    }

    private void createFilterBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(5).margins(6, 4).spacing(8, 0).applyTo(bar);

        new Label(bar, SWT.NONE).setText("Filter:");
        filterText = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterText.setMessage("address, port or state");
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(280, SWT.DEFAULT).applyTo(filterText);
        filterText.addModifyListener(e -> filterText.getDisplay().timerExec(FILTER_DELAY_MS, applyFilter));

        new Label(bar, SWT.NONE).setText("Show:");
        flagCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (FlagFilter f : FlagFilter.values()) {
            flagCombo.add(f.label());
        }
        flagCombo.select(0);
        flagCombo.addListener(SWT.Selection, e -> applyFilter());

        countLabel = new Label(bar, SWT.RIGHT);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(countLabel);
    }

    private void createTable(Composite parent) {
        viewer = new TableViewer(parent,
                SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        Table widget = viewer.getTable();
        widget.setHeaderVisible(true);
        widget.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(widget);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                ConnectionSummary[] rows = table.rows();
                if (index < rows.length) {
                    viewer.replace(rows[index], index);
                }
            }

            @Override
            public void inputChanged(Viewer v, Object oldInput, Object newInput) {
                // the rows are read from the table model on demand
            }
        });
        GC gc = new GC(widget);
        try {
            for (ConnectionColumn column : ConnectionColumn.values()) {
                createColumn(column, gc);
            }
        } finally {
            gc.dispose();
        }
        widget.setSortColumn(widget.getColumn(0));
        widget.setSortDirection(SWT.UP);
        viewer.setInput(table);

        viewer.addSelectionChangedListener(e -> session.select(
                e.getStructuredSelection().getFirstElement() instanceof ConnectionSummary c ? c : null));
        viewer.addDoubleClickListener(e -> showDetail());
    }

    private void createColumn(ConnectionColumn column, GC gc) {
        TableViewerColumn viewerColumn = new TableViewerColumn(viewer, column.alignment());
        TableColumn tc = viewerColumn.getColumn();
        tc.setText(column.header());
        tc.setMoveable(true);
        // Room for the header with its sort arrow, or for a typical wide value.
        tc.setWidth(Math.max(gc.textExtent(column.header()).x + 32, gc.textExtent(column.sample()).x + 16));
        viewerColumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return column.text((ConnectionSummary) element);
            }

            @Override
            public Color getForeground(Object element) {
                return highlighted(column, (ConnectionSummary) element)
                        ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED)
                        : null;
            }
        });
        tc.addListener(SWT.Selection, e -> {
            table.sortBy(column);
            viewer.getTable().setSortColumn(tc);
            viewer.getTable().setSortDirection(table.ascending() ? SWT.UP : SWT.DOWN);
            refreshRows();
        });
    }

    private static boolean highlighted(ConnectionColumn column, ConnectionSummary c) {
        if (column == ConnectionColumn.STATE) {
            return c.state() == ConnectionState.RESET || c.state() == ConnectionState.REFUSED;
        }
        return column.anomaly() && !column.text(c).isEmpty();
    }

    private void sessionChanged(CaptureSnapshot snapshot, Set<Change> changes) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        render(snapshot, changes);
    }

    private void render(CaptureSnapshot snapshot, Set<Change> changes) {
        if (changes.contains(Change.CAPTURE)) {
            table.setInput(snapshot.connections());
            refreshRows();
            showStatus(snapshot);
        }
        if (!Objects.equals(snapshot.selection(), selection())) {
            select(snapshot.selection()); // chosen elsewhere, e.g. the first connection of a new capture
        }
    }

    private void applyFilter() {
        if (filterText.isDisposed()) {
            return;
        }
        table.setFilter(ConnectionFilter.of(filterText.getText(), FlagFilter.values()[flagCombo.getSelectionIndex()]));
        refreshRows();
    }

    /** Shows the table model's rows again, keeping the selected connection selected if it is still shown. */
    private void refreshRows() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        Table widget = viewer.getTable();
        widget.setRedraw(false);
        try {
            viewer.setItemCount(table.rows().length);
            viewer.refresh();
            int index = selected instanceof ConnectionSummary c ? table.indexOf(c) : -1;
            if (index >= 0) {
                widget.setSelection(index);
                widget.showSelection();
            }
        } finally {
            widget.setRedraw(true);
        }
        updateCount();
    }

    private void updateCount() {
        CaptureSnapshot snapshot = session.snapshot();
        countLabel.setText(snapshot.phase() == Phase.LOADING
                ? "Loading…"
                : String.format(Locale.ROOT, "%,d of %,d connections", table.rows().length, table.total()));
        countLabel.getParent().layout();
    }

    private void showStatus(CaptureSnapshot snapshot) {
        IStatus status = snapshot.status();
        shownStatus = status;
        StatusLines.show(getViewSite().getActionBars().getStatusLineManager(), status);
        boolean problem = status.getSeverity() >= IStatus.WARNING || status.getSeverity() == IStatus.CANCEL;
        banner.setText(problem ? status.getMessage() : "");
        banner.setImage(problem
                ? getSite().getWorkbenchWindow().getWorkbench().getSharedImages()
                        .getImage(status.getSeverity() == IStatus.ERROR
                                ? ISharedImages.IMG_OBJS_ERROR_TSK
                                : ISharedImages.IMG_OBJS_WARN_TSK)
                : null);
        banner.setToolTipText(problem ? status.getMessage() : null);
        banner.setVisible(problem);
        ((GridData) banner.getLayoutData()).exclude = !problem;
        banner.getParent().layout(true, true);
    }

    private void showDetail() {
        try {
            getSite().getPage().showView(UiIds.DETAIL_VIEW);
        } catch (PartInitException e) {
            getViewSite().getActionBars().getStatusLineManager()
                    .setErrorMessage("Cannot open the Connection Detail view: " + e.getMessage());
        }
    }

    /** The status the view shows for the current capture (the banner shows it from WARNING up); for tests. */
    public IStatus shownStatus() {
        return shownStatus;
    }

    /** The table widget; for tests. */
    public Table tableWidget() {
        return viewer.getTable();
    }

    /**
     * Selects {@code connection} as a click would (selection listeners and the session are told); nothing when it is
     * filtered out.
     */
    public void select(ConnectionSummary connection) {
        int index = connection == null ? -1 : table.indexOf(connection);
        if (index >= 0) {
            // Materialise the row first: otherwise JFace finds a virtual row by creating every item before it.
            viewer.replace(table.rows()[index], index);
        }
        viewer.setSelection(index >= 0 ? new StructuredSelection(connection) : StructuredSelection.EMPTY, true);
    }

    /** The selected connection, if any. */
    public ConnectionSummary selection() {
        IStructuredSelection selection = viewer.getStructuredSelection();
        return selection.getFirstElement() instanceof ConnectionSummary c ? c : null;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(new ConnectionPropertyPage());
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(sessionListener);
        }
        super.dispose();
    }
}
