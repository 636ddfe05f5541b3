package org.offloadlab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offloadlab.analysis.CaptureAnalyzer;
import org.offloadlab.experiment.ReplayResults;
import org.offloadlab.experiment.Settings;
import org.offloadlab.model.BufferGroupResult;
import org.offloadlab.model.BufferGroupRule;
import org.offloadlab.model.ConnectionRecord;
import org.offloadlab.model.FailoverTimeline;
import org.offloadlab.model.TraceWorkload;
import org.offloadlab.model.Results;
import org.offloadlab.model.io.OffloadFiles;
import org.offloadlab.replay.FailurePoint;
import org.offloadlab.replay.MonitorResult;
import org.offloadlab.replay.ReplayOptions;
import org.offloadlab.replay.ReplaySource;
import org.offloadlab.replay.TraceResult;
import org.offloadlab.testing.TestCaptures;
import org.offloadlab.ui.internal.ShellScreenshot;
import org.offloadlab.ui.internal.UiIds;
import org.offloadlab.ui.internal.editor.ExperimentEditor;
import org.offloadlab.ui.internal.experiment.ExperimentSession;
import org.offloadlab.ui.internal.experiment.ExperimentsView;
import org.offloadlab.ui.internal.experiment.RunSnapshot;
import org.offloadlab.ui.internal.experiment.RunState;
import org.offloadlab.ui.internal.results.BufferGroupsView;
import org.offloadlab.ui.internal.results.CompareRunsView;
import org.offloadlab.ui.internal.results.OffloadConnectionsView;
import org.offloadlab.ui.internal.results.RecoveryTimelineView;
import org.offloadlab.ui.internal.results.TrafficView;

/**
 * Drives the experiment side of the workbench as a user does: New from Template in the Experiments view, the form
 * editor (validation, undo, save), Run, and the result views showing that run's results — the values are checked
 * against the run's own results, not constants. Saves a screenshot of each view for the user guide.
 */
class ExperimentWorkbenchTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(180);

    private IWorkbenchWindow window;
    private IWorkbenchPage page;
    private Display display;
    private ExperimentSession session;

    @BeforeEach
    void findWorkbench() {
        window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        page = window.getActivePage();
        display = window.getShell().getDisplay();
        session = window.getService(ExperimentSession.class);
        assertEquals(UiIds.PERSPECTIVE, page.getPerspective().getId());
    }

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
    }

    @Test
    void theEditorValidatesUndoesAndSavesAtomically() throws Exception {
        ExperimentEditor editor = newExperiment("establishment");
        Text duration = (Text) editor.field("durationMillis");
        long before = editor.experiment().getDurationMillis();

        duration.setText("soon");
        assertTrue(editor.validationText().contains("'soon' is not a whole number"), editor.validationText());
        assertEquals(before, editor.experiment().getDurationMillis(), "a bad entry never reaches the model");

        duration.setText("2500");
        assertEquals(2500, editor.experiment().getDurationMillis());
        assertFalse(editor.validationText().contains("Error"), editor.validationText());
        assertTrue(editor.isDirty());

        editor.history().undo();
        assertEquals(before, editor.experiment().getDurationMillis());
        assertEquals(Long.toString(before), duration.getText(), "undo updates the form");
        editor.history().redo();
        assertEquals("2500", duration.getText());

        editor.doSave(null);
        assertFalse(editor.isDirty());
        assertEquals(2500, OffloadFiles.loadExperiment(editor.file()).getDurationMillis());
    }

    @Test
    void aFailoverRunFillsConnectionsRecoveryTimelineTrafficAndCompare() throws Exception {
        ExperimentEditor editor = newExperiment("failover");
        Results results = run(editor);

        OffloadConnectionsView connections = show(UiIds.OFFLOAD_CONNECTIONS_VIEW, OffloadConnectionsView.class);
        List<ConnectionRecord> records = results.getConnections();
        assertFalse(records.isEmpty(), "the run records its connections");
        assertEquals(records.size(), connections.rows());
        ConnectionRecord first = records.get(0);
        assertEquals(first.getTcpState(), connections.cell(0, "TCP state"));
        assertEquals(Long.toString(first.getRcvNxt()), connections.cell(0, "hard: rcv.nxt"));
        assertEquals(Long.toString(first.getCwnd()), connections.cell(0, "soft: cwnd"));
        assertEquals(first.getAdapter() == null ? "" : first.getAdapter(), connections.cell(0, "adapter"));
        connections.filter("no such connection anywhere");
        assertEquals(0, connections.rows());
        connections.filter(first.getTcpState());
        assertTrue(connections.rows() >= 1);
        connections.filter("");
        // a header click sorts by the column's value (not its text: 9 before 10), again reverses
        long[] bytesIn = records.stream().mapToLong(ConnectionRecord::getBytesIn).sorted().toArray();
        connections.sortBy("bytes in");
        for (int i = 0; i < bytesIn.length; i++) {
            assertEquals(Long.toString(bytesIn[i]), connections.cell(i, "bytes in"), "ascending row " + i);
        }
        connections.sortBy("bytes in");
        for (int i = 0; i < bytesIn.length; i++) {
            assertEquals(Long.toString(bytesIn[bytesIn.length - 1 - i]), connections.cell(i, "bytes in"),
                    "descending row " + i);
        }
        connections.sortBy("#");
        screenshot("experiment-connections");

        RecoveryTimelineView timeline = show(UiIds.RECOVERY_TIMELINE_VIEW, RecoveryTimelineView.class);
        FailoverTimeline failover = results.getFailovers().get(0);
        assertTrue(failover.getFailedAtNanos() >= 0, "the template's failure was injected");
        assertNotNull(timeline.chart());
        assertTrue(timeline.barText().get(0).startsWith("adapter " + failover.getAdapter() + "|"),
                timeline.barText()::toString);
        assertTrue(timeline.barText().get(0).contains("|" + failover.getFailedAtNanos() + "|"),
                timeline.barText()::toString);
        assertEquals(results.getFailovers().size(), timeline.tableRows());
        // one bar per interrupted connection, from the failure for exactly its blackout
        assertTrue(failover.getBlackoutConnectionIds().length() > 0, "the run recorded per-connection blackouts");
        for (int i = 0; i < Math.min(40, failover.getBlackoutConnectionIds().length()); i++) {
            String bar = "connection " + failover.getBlackoutConnectionIds().get(i) + "|connection blackout|"
                    + failover.getFailedAtNanos() + "|"
                    + (failover.getFailedAtNanos() + failover.getBlackoutNanos().get(i));
            assertTrue(timeline.barText().contains(bar), () -> bar + " not in " + timeline.barText());
        }
        Path svg = Screenshots.dir().resolve("recovery-timeline.svg");
        timeline.export(svg);
        assertTrue(Files.readString(svg).contains("<svg"));
        screenshot("experiment-recovery-timeline");

        TrafficView traffic = show(UiIds.TRAFFIC_VIEW, TrafficView.class);
        assertTrue(traffic.totalsRows() > 0);
        screenshot("experiment-traffic");

        CompareRunsView compare = show(UiIds.COMPARE_RUNS_VIEW, CompareRunsView.class);
        assertTrue(compare.runs() >= 1);
        // one row per metric name of any run in the session (an opened replay's results add their own names)
        assertEquals(session.history().stream().flatMap(r -> r.results().getMetrics().stream())
                .map(m -> m.getName()).distinct().count(), compare.metricRows());
        assertTrue(results.getMetrics().size() <= compare.metricRows());
        screenshot("experiment-compare");

        page.activate(editor);
        window.getShell().forceActive();
        UiWait.settle(display, Duration.ofSeconds(2));
        ShellScreenshot.save(window.getShell(), Screenshots.dir().resolve("experiment-workbench.png"));
        screenshot("experiment-editor");
    }

    @Test
    void aBuffersRunShowsItsGroupsWithMembersAndOccupancy() throws Exception {
        ExperimentEditor editor = newExperiment("buffers");
        Results results = run(editor);

        BufferGroupsView groups = show(UiIds.BUFFER_GROUPS_VIEW, BufferGroupsView.class);
        List<BufferGroupResult> expected = results.getBufferGroups();
        if (expected.isEmpty()) {
            // a runner that does not apply buffer groups yet: the view lists the experiment's rules instead
            BufferGroupRule rule = editor.experiment().getPolicies().getBufferGroupRules().get(0);
            assertEquals(1, groups.rows());
            assertEquals(rule.getGroup(), groups.cell(0, "group"));
            assertEquals(rule.getAttribute() + " = " + rule.getValue(), groups.cell(0, "rules"));
        } else {
            assertEquals(expected.size(), groups.rows());
            assertEquals(expected.get(0).getName(), groups.cell(0, "group"));
            assertEquals(Integer.toString(expected.get(0).getMembers()), groups.cell(0, "members"));
            long charted = results.getSeries().stream().filter(x -> "buffer-group".equals(x.getKind())).count();
            assertTrue(charted > 0, "the runner recorded no buffer-group occupancy series");
            assertTrue(groups.statusText().endsWith(charted + " occupancy series"), groups.statusText());
        }
        screenshot("experiment-buffer-groups");
    }

    @Test
    void pauseAndStepHoldTheRunWhileTheViewsShowItsLiveState() throws Exception {
        ExperimentEditor editor = newExperiment("failover");
        OffloadConnectionsView connections = show(UiIds.OFFLOAD_CONNECTIONS_VIEW, OffloadConnectionsView.class);
        RunSnapshot before = session.current();
        assertTrue(editor.run(), editor.validationText());
        UiWait.until(display, TIMEOUT, "the run's control exists", () -> session.control() != null);
        session.control().setPaused(true);
        UiWait.until(display, TIMEOUT, "the run pauses",
                () -> session.current() != before && session.current().state() == RunState.PAUSED);
        // the pause may come before the first connection is notified to the host (bulk notification): step on
        for (int i = 0; i < 200 && (session.current().live() == null
                || session.current().live().connections().isEmpty()); i++) {
            long at = session.current().virtualNanos();
            session.control().step();
            UiWait.until(display, TIMEOUT, "a step runs one slice", () -> session.current().virtualNanos() > at
                    && session.current().state() == RunState.PAUSED);
        }
        UiWait.until(display, TIMEOUT, "the paused run shows live rows",
                () -> session.current().state() == RunState.PAUSED && session.current().live() != null
                        && !session.current().live().connections().isEmpty());
        // delivery to the views is throttled: wait until the view shows the newest snapshot, then compare with it
        UiWait.until(display, TIMEOUT, "the view shows the paused run's newest snapshot",
                () -> connections.shown() == session.current());
        RunSnapshot paused = session.current();
        assertEquals(paused.live().connections().size(), connections.rows());
        assertEquals(paused.live().connections().get(0).state(), connections.cell(0, "TCP state"),
                () -> "live " + paused.live().connections().stream().map(c -> c.state()).toList() + " shown "
                        + java.util.stream.IntStream.range(0, connections.rows())
                                .mapToObj(i -> connections.cell(i, "TCP state") + "/" + connections.cell(i, "adapter"))
                                .toList()
                        + " view shows " + (connections.shown() == paused));
        assertTrue(connections.statusText().contains("shown live"), connections.statusText());

        session.control().step();
        UiWait.until(display, TIMEOUT, "one more slice ran",
                () -> session.current().virtualNanos() > paused.virtualNanos());
        assertTrue(session.isRunning(), "a step leaves the run paused, not ended");

        session.control().setPaused(false);
        UiWait.until(display, TIMEOUT, "the run ends", () -> session.current().state() == RunState.DONE);
        assertNotNull(session.current().results());
    }

    @Test
    void aSweepPutsOneRunPerValueIntoCompareRuns() throws Exception {
        ExperimentEditor editor = newExperiment("failover");
        assertEquals("Unknown setting 'colour': use one of " + String.join(", ", Settings.NAMES),
                ExperimentEditor.checkSweep("colour=red"));
        int before = session.history().size();
        RunSnapshot last = session.current();

        assertTrue(editor.sweep("recovery=hard-state,none"));
        UiWait.until(display, TIMEOUT, "the sweep ends",
                () -> session.current() != last && session.current().state() == RunState.DONE
                        && session.history().size() == before + 2);

        List<String> labels = session.history().stream().skip(before).map(r -> r.label()).toList();
        assertEquals(List.of("failover recovery=hard-state", "failover recovery=none"), labels);
        CompareRunsView compare = show(UiIds.COMPARE_RUNS_VIEW, CompareRunsView.class);
        assertTrue(compare.runs() >= 2);
    }

    /**
     * A capture replay's results file (as {@code replay --out} writes it) opens like a run's: the monitor replay's
     * connections fill the connections view, the trace replay's failover the recovery timeline.
     */
    @Test
    void replayResultsFilesOpenLikeRunResults() throws Exception {
        ReplaySource source = ReplaySource.create(CaptureAnalyzer.create());
        Path monitorFile = Files.createTempDirectory("replay-monitor").resolve("results.xmi");
        MonitorResult monitored = source.monitor(TestCaptures.capture("many_short_200.pcap"), ReplayOptions.monitor(),
                null);
        OffloadFiles.save(ReplayResults.monitor(monitored, new ReplayResults.Source("test", 0, null)), monitorFile);
        Results monitor = OffloadFiles.loadResults(monitorFile);
        session.showResults("many_short_200 monitor", monitor);
        OffloadConnectionsView connections = show(UiIds.OFFLOAD_CONNECTIONS_VIEW, OffloadConnectionsView.class);
        assertEquals(monitored.connections().size(), connections.rows());
        assertEquals(monitored.connections().get(0).finalState().name(), connections.cell(0, "TCP state"));

        Path traceFile = Files.createTempDirectory("replay-trace").resolve("results.xmi");
        TraceResult traced = source.trace(TestCaptures.capture("bulk_1mb.pcap"),
                ReplayOptions.monitor().withFailAt(FailurePoint.parse("40%")), null, 1, null);
        OffloadFiles.save(ReplayResults.trace(traced, new ReplayResults.Source("test", 1, null)), traceFile);
        Results trace = OffloadFiles.loadResults(traceFile);
        session.showResults("bulk_1mb trace", trace);
        RecoveryTimelineView timeline = show(UiIds.RECOVERY_TIMELINE_VIEW, RecoveryTimelineView.class);
        assertEquals(traced.failovers().size(), timeline.tableRows());
        assertTrue(timeline.barText().get(0).contains("|" + traced.failovers().get(0).failedAt() + "|"),
                timeline.barText()::toString);
        CompareRunsView compare = show(UiIds.COMPARE_RUNS_VIEW, CompareRunsView.class);
        assertTrue(compare.runs() >= 2);
    }

    /**
     * A trace experiment naming its capture relatively finds it beside the experiment file, as {@code offloadlab run}
     * does — not in the workbench's working directory — and the user's experiment keeps the relative name.
     */
    @Test
    void aTraceExperimentRunsTheCaptureBesideItsFile() throws Exception {
        ExperimentEditor editor = newExperiment("replay");
        Path capture = editor.file().resolveSibling("neighbour-" + System.nanoTime() + ".pcap");
        Files.copy(TestCaptures.capture("bulk_1mb.pcap"), capture);
        assertFalse(Files.exists(Path.of(capture.getFileName().toString())), "not in the working directory");
        Text path = (Text) editor.field("capturePath");
        path.setText(capture.getFileName().toString());
        editor.doSave(null);

        Results results = run(editor);
        assertEquals(ReplayResults.captureChecksum(capture), results.getProvenance().getCaptureChecksum());
        assertTrue(results.getIntegrity().isOk());
        assertEquals(capture.getFileName().toString(),
                ((TraceWorkload) editor.experiment().getWorkload()).getCapturePath());
        // the session keeps the whole run, so an export of it carries the run's own facts, not placeholders
        org.offloadlab.ui.internal.export.ExportSource exported = org.offloadlab.ui.internal.export.ExportSource
                .ofSession(session).get(0);
        assertTrue(exported.run().results() == results && exported.run().finished(), exported::toString);
        assertFalse(exported.run().started().equals(java.time.Instant.EPOCH));
        assertFalse(exported.run().notes().contains(org.offloadlab.ui.internal.export.ExportSource.NOTE_RUN_INFO));
    }

    private ExperimentEditor newExperiment(String template) throws PartInitException {
        ExperimentsView experiments = show(UiIds.EXPERIMENTS_VIEW, ExperimentsView.class);
        Path file = experiments.createFromTemplate(template);
        assertNotNull(file);
        assertTrue(experiments.files().contains(file), "the navigator lists the new experiment");
        IEditorPart editor = page.getActiveEditor();
        return assertInstanceOf(ExperimentEditor.class, editor);
    }

    private Results run(ExperimentEditor editor) {
        RunSnapshot before = session.current();
        assertTrue(editor.run(), editor.validationText());
        UiWait.until(display, TIMEOUT, "the run ends", () -> session.current() != before
                && (session.current().state() == RunState.DONE || session.current().state() == RunState.FAILED));
        RunSnapshot done = session.current();
        assertEquals(RunState.DONE, done.state(), done.message());
        return done.results();
    }

    private <T extends IViewPart> T show(String id, Class<T> type) throws PartInitException {
        IViewPart view = page.showView(id);
        UiWait.settle(display, Duration.ofSeconds(2));
        return type.cast(view);
    }

    /** Saves the window with the active part maximized, so the picture shows that part in full. */
    private void screenshot(String name) throws Exception {
        IWorkbenchPartReference active = page.getActivePartReference();
        page.setPartState(active, IWorkbenchPage.STATE_MAXIMIZED);
        window.getShell().forceActive();
        UiWait.settle(display, Duration.ofSeconds(2));
        try {
            ShellScreenshot.save(window.getShell(), Screenshots.dir().resolve(name + ".png"));
        } finally {
            page.setPartState(active, IWorkbenchPage.STATE_RESTORED);
            UiWait.settle(display, Duration.ofSeconds(1));
        }
    }
}
