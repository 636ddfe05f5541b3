package org.offloadlab.ui.internal.detail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.jfree.chart.JFreeChart;
import org.offloadlab.analysis.ConnectionSeries;
import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.pcap.Endpoint;
import org.offloadlab.ui.internal.session.AnalyzerSource;
import org.offloadlab.ui.internal.session.MonitorAdapter;

/**
 * Re-reads the capture for one connection and direction and builds its charts. The charts are plain JFreeChart objects
 * (no SWT), so building them here keeps the UI thread free; the view only puts them into its composites.
 */
final class ChartsJob extends Job {

    /** Where the outcome goes; called in the job's thread. */
    interface Outcome {
        void charts(Map<ChartKind, JFreeChart> charts);

        void failed(String message);
    }

    private final AnalyzerSource analyzers;
    private final Path capture;
    private final ConnectionSummary connection;
    private final Endpoint sender;
    private final Outcome outcome;

    ChartsJob(AnalyzerSource analyzers, Path capture, ConnectionSummary connection, Endpoint sender,
            Outcome outcome) {
        super("Charting connection #" + connection.index());
        this.analyzers = analyzers;
        this.capture = capture;
        this.connection = connection;
        this.sender = sender;
        this.outcome = outcome;
        setPriority(SHORT);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            ConnectionSeries series = analyzers.await().series(capture, connection, sender,
                    new MonitorAdapter(monitor));
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            Map<ChartKind, JFreeChart> charts = new EnumMap<>(ChartKind.class);
            for (ChartKind kind : ChartKind.values()) {
                charts.put(kind, kind.build(series));
            }
            outcome.charts(charts);
        } catch (IOException e) {
            outcome.failed("Cannot read " + capture.getFileName() + ": " + e.getMessage());
        } catch (CoreException e) {
            outcome.failed(e.getStatus().getMessage());
        } catch (RuntimeException e) {
            ILog.of(getClass()).error("Charting connection #" + connection.index() + " failed", e);
            outcome.failed("Charting failed: " + e + " (details in the error log)");
        } finally {
            monitor.done();
        }
        return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }
}
