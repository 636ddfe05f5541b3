package org.offloadlab.ui.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offloadlab.analysis.AnalysisFlags;
import org.offloadlab.analysis.ConnectionState;
import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.analysis.DirectionStats;
import org.offloadlab.pcap.Endpoint;
import org.offloadlab.pcap.IpAddress;
import org.offloadlab.ui.internal.RecentFiles;
import org.offloadlab.ui.tests.UiWait;
import org.offloadlab.ui.internal.session.SessionListener.Change;
import org.osgi.framework.FrameworkUtil;

/** A session of its own (not the workbench's), to watch how it notifies. Runs on the UI thread. */
class CaptureSessionTest {

    private final Display display = Display.getCurrent();
    private final List<Set<Change>> notifications = new ArrayList<>();
    private CaptureSession session;

    @BeforeEach
    void newSession() {
        session = new CaptureSession(display,
                new AnalyzerSource(FrameworkUtil.getBundle(CaptureSession.class).getBundleContext()),
                RecentFiles.captures(InstanceScope.INSTANCE.getNode("org.offloadlab.ui.tests/" + System.nanoTime())));
        session.addListener((snapshot, changes) -> notifications.add(changes));
    }

    @AfterEach
    void dispose() {
        session.dispose();
    }

    private void dispatchPending() {
        while (display.readAndDispatch()) {
            // deliver queued notifications
        }
    }

    @Test
    void aBurstOfChangesIsOneNotificationOnTheUiThread() {
        session.select(connection(1));
        session.select(connection(2));
        session.select(connection(3));
        assertTrue(notifications.isEmpty(), "nothing is delivered synchronously");

        dispatchPending();

        assertEquals(List.of(Set.of(Change.SELECTION)), notifications);
        assertEquals(3, session.snapshot().selection().index());
    }

    @Test
    void selectingTheSameConnectionAgainIsNoChange() {
        session.select(connection(1));
        dispatchPending();
        session.select(connection(1));
        dispatchPending();
        assertEquals(1, notifications.size());
    }

    @Test
    void aMissingFileFailsWithAStatusAndIsForgottenFromTheRecentList() {
        Path missing = Path.of("/nonexistent/capture.pcap");
        session.open(missing);

        UiWait.until(display, Duration.ofSeconds(60), "the analysis job has finished",
                () -> session.snapshot().phase() != CaptureSnapshot.Phase.LOADING);

        CaptureSnapshot failed = session.snapshot();
        assertEquals(CaptureSnapshot.Phase.FAILED, failed.phase());
        assertNull(failed.result());
        assertTrue(failed.status().getMessage().contains("capture.pcap"), failed.status().getMessage());
        assertTrue(session.recentCaptures().list().isEmpty());
    }

    private static ConnectionSummary connection(int index) {
        Endpoint a = new Endpoint(IpAddress.parse("10.0.0.1"), 40000 + index);
        Endpoint b = new Endpoint(IpAddress.parse("10.0.0.2"), 80);
        DirectionStats none = new DirectionStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, false, false, false, false);
        return new ConnectionSummary(index, a, b, a, 0, 0, 1, 1, none, none, ConnectionState.SYN_SENT, false,
                new AnalysisFlags(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), 0, -1, -1);
    }
}
