package org.offloadlab.ui.internal.detail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;
import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.charts.ChartExport;
import org.offloadlab.pcap.Endpoint;
import org.offloadlab.ui.internal.StatusLines;
import org.offloadlab.ui.internal.connections.ConnectionPropertyPage;
import org.offloadlab.ui.internal.handlers.CaptureDropListener;
import org.offloadlab.ui.internal.session.CaptureSession;
import org.offloadlab.ui.internal.session.CaptureSnapshot;
import org.offloadlab.ui.internal.session.CaptureSnapshot.Phase;
import org.offloadlab.ui.internal.session.SessionListener;
import org.offloadlab.ui.internal.session.SessionListener.Change;

/**
 * The selected connection's time-sequence, throughput, RTT and window charts, for the data sent one way (A→B or B→A).
 * Series and charts are computed by a {@link ChartsJob}; a newer selection supersedes older jobs. Listeners hear when
 * the view has settled: its charts drawn on screen, or a message telling why there are none.
 */
public final class DetailView extends ViewPart {

    /** Export image formats. */
    public enum ImageFormat {
        PNG, SVG;

        String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Point MIN_EXPORT_SIZE = new Point(1000, 625);

    private final SessionListener sessionListener = this::sessionChanged;
    private final Map<ChartKind, ChartTab> tabs = new EnumMap<>(ChartKind.class);
    private final ConnectionSelection selection = new ConnectionSelection();
    private final ListenerList<Runnable> settledListeners = new ListenerList<>();
    private CaptureSession session;
    private Display display;

    private CLabel title;
    private Button aToB;
    private Button bToA;
    private CTabFolder folder;
    private IAction exportPng;
    private IAction exportSvg;
    private IAction resetZoom;

    /* What is shown; UI thread only. */
    private Path capture;
    private ConnectionSummary connection;
    private Endpoint sender;
    private Job chartsJob;
    private long generation;
    private boolean busy;

    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(CaptureSession.class);
        display = parent.getDisplay();
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);

        Composite header = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 3).spacing(8, 0).applyTo(header);
        title = new CLabel(header, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(title);
        new Label(header, SWT.NONE).setText("Data sent:");
        aToB = new Button(header, SWT.RADIO);
        aToB.setText("A → B");
        bToA = new Button(header, SWT.RADIO);
        bToA.setText("B → A");
        aToB.addListener(SWT.Selection, e -> directionChosen(aToB));
        bToA.addListener(SWT.Selection, e -> directionChosen(bToA));

        folder = new CTabFolder(parent, SWT.TOP | SWT.FLAT);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(folder);
        for (ChartKind kind : ChartKind.values()) {
            tabs.put(kind, new ChartTab(folder, kind, this::chartDrawn));
        }
        folder.setSelection(0);

        createActions();
        getSite().setSelectionProvider(selection);
        CaptureDropListener.install(header, getSite());
        session.addListener(sessionListener);
        render(session.snapshot());
    }

    private void createActions() {
        exportPng = new Action("PNG…") {
            @Override
            public void run() {
                askAndExport(ImageFormat.PNG);
            }
        };
        exportPng.setToolTipText("Export the shown chart as a PNG image");
        exportSvg = new Action("SVG…") {
            @Override
            public void run() {
                askAndExport(ImageFormat.SVG);
            }
        };
        exportSvg.setToolTipText("Export the shown chart as an SVG vector image");
        resetZoom = new Action("Reset Zoom") {
            @Override
            public void run() {
                ChartTab tab = tabs.get(shownKind());
                if (tab.chart() != null) {
                    tab.chartComposite().restoreAutoBounds();
                }
            }
        };
        resetZoom.setToolTipText("Show the whole chart again after zooming (drag a rectangle on a chart to zoom)");
        platformIcon("icons/full/etool16/export_wiz.png").ifPresent(icon -> {
            exportPng.setImageDescriptor(icon);
            exportSvg.setImageDescriptor(icon);
        });
        platformIcon("icons/full/elcl16/home_nav.png").ifPresent(resetZoom::setImageDescriptor);

        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(resetZoom);
        toolBar.add(new Separator());
        toolBar.add(withText(exportPng));
        toolBar.add(withText(exportSvg));
        IMenuManager menu = getViewSite().getActionBars().getMenuManager();
        menu.add(resetZoom);
        menu.add(exportPng);
        menu.add(exportSvg);
        updateActions();
    }

    private static Optional<ImageDescriptor> platformIcon(String path) {
        return ResourceLocator.imageDescriptorFromBundle("org.eclipse.ui", path);
    }

    /** Tool bar buttons normally show only the icon; "PNG" and "SVG" need their words. */
    private static ActionContributionItem withText(IAction action) {
        ActionContributionItem item = new ActionContributionItem(action);
        item.setMode(ActionContributionItem.MODE_FORCE_TEXT);
        return item;
    }

    private void sessionChanged(CaptureSnapshot snapshot, Set<Change> changes) {
        if (folder.isDisposed()) {
            return;
        }
        render(snapshot);
    }

    private void render(CaptureSnapshot snapshot) {
        StatusLines.show(getViewSite().getActionBars().getStatusLineManager(), snapshot.status());
        ConnectionSummary selected = snapshot.phase() == Phase.LOADED ? snapshot.selection() : null;
        if (selected != null && selected.equals(connection) && snapshot.file().equals(capture)) {
            return;
        }
        capture = snapshot.file();
        connection = selected;
        selection.set(selected);
        if (selected == null) {
            cancelJob();
            sender = null;
            title.setText(snapshot.phase() == Phase.LOADING ? "Loading capture…" : "No connection selected");
            showMessage(snapshot.phase() == Phase.LOADED
                    ? "Select a connection in the Connections view to see its charts."
                    : "Open a capture (File ▸ Open Capture…, or drop a .pcap/.pcapng file here).");
            setDirectionEnabled(false);
            return;
        }
        // Chart the direction that carried more payload: usually the one worth looking at.
        sender = selected.bToA().payloadBytes() > selected.aToB().payloadBytes() ? selected.b() : selected.a();
        title.setText(String.format(Locale.ROOT, "#%d   A %s  ⇄  B %s   %s · %.3f s", selected.index(), selected.a(),
                selected.b(), selected.state().name(), selected.durationNanos() / 1e9));
        setDirectionEnabled(true);
        computeCharts();
    }

    private void directionChosen(Button button) {
        if (!button.getSelection() || connection == null) {
            return;
        }
        Endpoint chosen = button == aToB ? connection.a() : connection.b();
        if (!chosen.equals(sender)) {
            sender = chosen;
            computeCharts();
        }
    }

    private void setDirectionEnabled(boolean enabled) {
        aToB.setEnabled(enabled);
        bToA.setEnabled(enabled);
        aToB.setSelection(enabled && connection != null && sender.equals(connection.a()));
        bToA.setSelection(enabled && connection != null && sender.equals(connection.b()));
        aToB.setToolTipText(connection == null ? null : "Data sent by " + connection.a());
        bToA.setToolTipText(connection == null ? null : "Data sent by " + connection.b());
        title.getParent().layout();
    }

    private void computeCharts() {
        cancelJob();
        long current = ++generation;
        busy = true;
        showMessage("Computing the charts of connection #" + connection.index() + " …");
        chartsJob = new ChartsJob(session.analyzers(), capture, connection, sender, new ChartsJob.Outcome() {
            @Override
            public void charts(Map<ChartKind, JFreeChart> charts) {
                inUi(current, () -> showCharts(charts));
            }

            @Override
            public void failed(String message) {
                inUi(current, () -> showMessage(message));
            }
        });
        chartsJob.schedule();
    }

    /** Runs {@code update} on the UI thread if the view still exists and no newer job was started. */
    private void inUi(long jobGeneration, Runnable update) {
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (!folder.isDisposed() && jobGeneration == generation) {
                busy = false;
                update.run();
            }
        });
    }

    private void cancelJob() {
        if (chartsJob != null) {
            chartsJob.cancel();
            chartsJob = null;
        }
        generation++;
        busy = false;
    }

    private void showCharts(Map<ChartKind, JFreeChart> charts) {
        charts.forEach((kind, chart) -> tabs.get(kind).showChart(chart));
        updateActions();
    }

    private void showMessage(String message) {
        tabs.values().forEach(tab -> tab.showMessage(message));
        updateActions();
        if (!busy) {
            fireSettled();
        }
    }

    private void chartDrawn() {
        if (isSettled()) {
            fireSettled();
        }
    }

    private void fireSettled() {
        for (Runnable listener : settledListeners) {
            SafeRunner.run(listener::run);
        }
    }

    private void updateActions() {
        boolean charts = tabs.values().stream().anyMatch(t -> t.chart() != null);
        exportPng.setEnabled(charts);
        exportSvg.setEnabled(charts);
        resetZoom.setEnabled(charts);
    }

    private ChartKind shownKind() {
        return ChartKind.values()[Math.max(0, folder.getSelectionIndex())];
    }

    private void askAndExport(ImageFormat format) {
        ChartKind kind = shownKind();
        if (chart(kind) == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Export " + kind.label() + " Chart as " + format);
        dialog.setOverwrite(true);
        dialog.setFilterExtensions(new String[]{"*." + format.extension()});
        dialog.setFilterNames(new String[]{format + " image (*." + format.extension() + ")"});
        dialog.setFileName(defaultFileName(kind, format));
        Path parent = capture == null ? null : capture.toAbsolutePath().getParent();
        if (parent != null) {
            dialog.setFilterPath(parent.toString());
        }
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            export(kind, Path.of(chosen), format);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Export Chart",
                    "Cannot write " + chosen + ": " + e.getMessage());
        }
    }

    private String defaultFileName(ChartKind kind, ImageFormat format) {
        String name = String.valueOf(capture.getFileName());
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String direction = sender.equals(connection.a()) ? "a-to-b" : "b-to-a";
        return base + "-conn" + connection.index() + "-" + kind.fileSlug() + "-" + direction + "." + format.extension();
    }

    /**
     * Writes the shown chart of {@code kind} to {@code target}, at the size it has on screen (at least 1000×625).
     *
     * @throws IllegalStateException
     *             when the chart is not shown (nothing selected, or still computing)
     */
    public void export(ChartKind kind, Path target, ImageFormat format) throws IOException {
        JFreeChart chart = chart(kind);
        if (chart == null) {
            throw new IllegalStateException("no " + kind.label() + " chart is shown");
        }
        Point size = tabs.get(kind).chartComposite().getSize();
        int width = Math.max(MIN_EXPORT_SIZE.x, size.x);
        int height = Math.max(MIN_EXPORT_SIZE.y, size.y);
        if (format == ImageFormat.PNG) {
            ChartExport.png(chart, target, width, height);
        } else {
            ChartExport.svg(chart, target, width, height);
        }
    }

    /** The shown chart of {@code kind}, {@code null} while there is none. */
    public JFreeChart chart(ChartKind kind) {
        return tabs.get(kind).chart();
    }

    /** The composite showing the chart of {@code kind}, {@code null} before the first chart. */
    public ChartComposite chartComposite(ChartKind kind) {
        return tabs.get(kind).chartComposite();
    }

    /** The connection shown, {@code null} for none. */
    public ConnectionSummary connection() {
        return connection;
    }

    /** True while charts are being computed. */
    public boolean isBusy() {
        return busy;
    }

    /**
     * True when the view shows the final state for its connection: not computing, and the shown tab's chart drawn on
     * screen, or a message instead of charts (no connection, or charting failed).
     */
    public boolean isSettled() {
        if (busy) {
            return false;
        }
        ChartTab shown = tabs.get(shownKind());
        return shown.chart() == null || shown.isDrawn();
    }

    /** Calls {@code listener} on the UI thread each time the view becomes {@linkplain #isSettled() settled}. */
    public void addSettledListener(Runnable listener) {
        settledListeners.add(listener);
    }

    public void removeSettledListener(Runnable listener) {
        settledListeners.remove(listener);
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
        folder.setFocus();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(sessionListener);
        }
        if (chartsJob != null) {
            chartsJob.cancel();
        }
        super.dispose();
    }
}
