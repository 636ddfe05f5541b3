package org.offloadlab.ui.internal.session;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.offloadlab.analysis.AnalysisOptions;
import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.analysis.CaptureAnalyzer;
import org.offloadlab.ui.internal.UiIds;

/**
 * Analyses one capture for a {@link CaptureSession}. Every outcome goes to the session as a status; the job itself
 * always ends OK or CANCEL, so the workbench never pops up its own error dialog with a stack trace.
 */
final class AnalyzeCaptureJob extends Job {

    private final CaptureSession session;
    private final Path file;
    private final long generation;

    AnalyzeCaptureJob(CaptureSession session, Path file, long generation) {
        super("Analysing " + file.getFileName());
        this.session = session;
        this.file = file;
        this.generation = generation;
        setPriority(LONG);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            CaptureAnalyzer analyzer = session.analyzers().await();
            AnalysisResult result = analyzer.analyze(file, AnalysisOptions.DEFAULT, new MonitorAdapter(monitor));
            session.loaded(generation, result, LoadStatus.of(result));
            return result.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (NoSuchFileException e) {
            session.failed(generation, LoadStatus.error("There is no file " + file + "."), true);
        } catch (IOException e) {
            session.failed(generation, LoadStatus.error("Cannot read " + file + ": " + LoadStatus.describe(e)), false);
        } catch (CoreException e) {
            session.failed(generation, e.getStatus(), false);
        } catch (RuntimeException e) {
            // A bug rather than bad input: the user gets one sentence, the log gets the stack trace.
            ILog.of(getClass()).error("Analysis of " + file + " failed", e);
            session.failed(generation, LoadStatus.error("Analysis of " + file.getFileName() + " failed: "
                    + LoadStatus.describe(e) + " (details in the error log)."), false);
        } finally {
            monitor.done();
        }
        return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == session || UiIds.BUNDLE.equals(family);
    }
}
