package org.offloadlab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.testing.TestCaptures;
import org.offloadlab.ui.internal.ShellScreenshot;
import org.offloadlab.ui.internal.UiIds;
import org.offloadlab.ui.internal.connections.ConnectionsView;
import org.offloadlab.ui.internal.detail.ChartKind;
import org.offloadlab.ui.internal.detail.DetailView;
import org.offloadlab.ui.internal.detail.DetailView.ImageFormat;
import org.offloadlab.ui.internal.handlers.OpenCaptureCommand;
import org.offloadlab.ui.internal.session.CaptureSession;
import org.offloadlab.ui.internal.session.ConnectionsExport;
import org.offloadlab.ui.internal.session.CaptureSnapshot;
import org.offloadlab.ui.internal.session.CaptureSnapshot.Phase;

/**
 * Drives the running OffloadLab workbench the way a user does: File ▸ Open Capture (the same command and handler), the
 * Connections table, a selected connection's charts, chart export.
 */
class WorkbenchCaptureTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private Display display;
    private CaptureSession session;

    @BeforeEach
    void findWorkbench() {
        window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        page = window.getActivePage();
        display = window.getShell().getDisplay();
        session = window.getService(CaptureSession.class);
        assertEquals(UiIds.PERSPECTIVE, page.getPerspective().getId());
    }

    @Test
    void openCaptureListsEveryConnectionAndChartsTheSelectedOne(@TempDir Path tmp) throws Exception {
        Path capture = TestCaptures.capture("many_short_200.pcap");

        CaptureSnapshot loaded = open(capture);

        AnalysisResult result = loaded.result();
        assertEquals(IStatus.OK, loaded.status().getSeverity(), loaded.status().getMessage());
        assertEquals(200, result.connections().size());
        ConnectionsView connections = (ConnectionsView) page.findView(UiIds.CONNECTIONS_VIEW);
        UiWait.until(display, TIMEOUT, "the table shows every connection",
                () -> connections.tableWidget().getItemCount() == result.connections().size());

        ConnectionSummary busiest = result.connections().stream()
                .max(Comparator.comparingLong(c -> c.aToB().payloadBytes() + c.bToA().payloadBytes())).orElseThrow();
        connections.select(busiest);
        assertEquals(busiest, session.snapshot().selection());
        DetailView detail = showDetail();
        UiWait.until(display, TIMEOUT, "the charts of the selected connection are shown",
                () -> chartsShown(detail, busiest));

        JFreeChart timeSequence = detail.chartComposite(ChartKind.TIME_SEQUENCE).getChart();
        XYDataset segments = timeSequence.getXYPlot().getDataset(0);
        assertTrue(segments.getSeriesCount() > 0 && segments.getItemCount(0) > 0, "time-sequence has data segments");
        for (ChartKind kind : ChartKind.values()) {
            assertNotNull(detail.chart(kind), kind.label());
        }

        Path png = tmp.resolve("time-sequence.png");
        Path svg = tmp.resolve("time-sequence.svg");
        detail.export(ChartKind.TIME_SEQUENCE, png, ImageFormat.PNG);
        detail.export(ChartKind.TIME_SEQUENCE, svg, ImageFormat.SVG);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(Files.readAllBytes(png), PNG_SIGNATURE.length));
        assertTrue(Files.size(png) > 10_000, "PNG has content: " + Files.size(png) + " bytes");
        String svgText = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(svgText.contains("<svg") && svgText.contains("</svg>"), "SVG document");

        Path csv = tmp.resolve("connections.csv");
        ConnectionsExport.write(result, csv, ConnectionsExport.Format.CSV);
        assertEquals(1 + result.connections().size(), Files.readAllLines(csv, StandardCharsets.UTF_8).size(),
                "a header and one row per connection");

        UiWait.settle(display, Duration.ofSeconds(2));
        Path shot = ShellScreenshot.save(window.getShell(), Screenshots.dir().resolve("workbench.png"));
        assertTrue(Files.size(shot) > 0);
    }

    @Test
    void theFirstConnectionOfACaptureIsChartedWithoutAClick() throws IOException, PartInitException {
        CaptureSnapshot loaded = open(TestCaptures.capture("impaired.pcap"));

        ConnectionSummary first = loaded.result().connections().get(0);
        assertEquals(first, loaded.selection());
        assertTrue(first.flags().retransmissions() > 0, "the impaired capture has retransmissions");
        DetailView detail = showDetail();
        UiWait.until(display, TIMEOUT, "the first connection is charted", () -> chartsShown(detail, first));
        ConnectionsView connections = (ConnectionsView) page.findView(UiIds.CONNECTIONS_VIEW);
        assertEquals(first, connections.selection());

        UiWait.settle(display, Duration.ofSeconds(2));
        ShellScreenshot.save(window.getShell(), Screenshots.dir().resolve("workbench-impaired.png"));
    }

    @Test
    void damagedCaptureShowsWhatWasReadAndWhereTheDamageIs() throws IOException {
        Path capture = TestCaptures.malformed("truncated_mid_record.pcap");

        CaptureSnapshot loaded = open(capture);

        IStatus status = loaded.status();
        assertEquals(IStatus.ERROR, status.getSeverity());
        assertTrue(status.getMessage().contains("byte offset"), status.getMessage());
        AnalysisResult partial = loaded.result();
        assertTrue(partial.damaged());
        assertFalse(partial.complete());
        assertFalse(partial.connections().isEmpty(), "the connection read before the damage is shown");
        ConnectionsView connections = (ConnectionsView) page.findView(UiIds.CONNECTIONS_VIEW);
        UiWait.until(display, TIMEOUT, "the table shows the partial result",
                () -> connections.tableWidget().getItemCount() == partial.connections().size()
                        && connections.shownStatus().equals(status));
        UiWait.settle(display, Duration.ofSeconds(1));
        assertFalse(Arrays.stream(display.getShells()).anyMatch(WorkbenchCaptureTest::isModalDialog),
                "no modal dialog interrupts the user");
        ShellScreenshot.save(window.getShell(), Screenshots.dir().resolve("damaged-capture.png"));
    }

    /** Executes File ▸ Open Capture with the file and waits until the analysis is done and shown. */
    private CaptureSnapshot open(Path capture) {
        OpenCaptureCommand.execute(window, capture);
        Path expected = capture.toAbsolutePath().normalize();
        ConnectionsView connections = (ConnectionsView) page.findView(UiIds.CONNECTIONS_VIEW);
        UiWait.until(display, TIMEOUT, capture.getFileName() + " is analysed and shown", () -> {
            CaptureSnapshot s = session.snapshot();
            return expected.equals(s.file()) && s.phase() != Phase.LOADING && connections.shownStatus() == s.status();
        });
        CaptureSnapshot snapshot = session.snapshot();
        assertEquals(Phase.LOADED, snapshot.phase(), snapshot.status().getMessage());
        return snapshot;
    }

    private static boolean chartsShown(DetailView detail, ConnectionSummary connection) {
        return connection.equals(detail.connection()) && !detail.isBusy()
                && detail.chart(ChartKind.TIME_SEQUENCE) != null;
    }

    private DetailView showDetail() throws PartInitException {
        return (DetailView) page.showView(UiIds.DETAIL_VIEW);
    }

    private static boolean isModalDialog(Shell shell) {
        return shell.isVisible() && (shell.getStyle() & (SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL)) != 0;
    }
}
