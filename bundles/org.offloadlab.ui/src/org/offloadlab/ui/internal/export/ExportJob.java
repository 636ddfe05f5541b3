package org.offloadlab.ui.internal.export;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.progress.IProgressConstants;
import org.offloadlab.ui.internal.UiIds;

/**
 * Writes a planned export in the background. The Progress view shows one step per file and keeps the finished job with
 * its summary; the summary also goes to the status line. A file that cannot be written is reported in a message dialog
 * naming it (the exception goes to the log only when it is a bug, not an I/O problem).
 */
final class ExportJob extends Job {

    private final ResultsExport export;
    private final IWorkbenchWindow window;
    private final Display display;
    private volatile ResultsExport.Outcome outcome;
    private volatile String error;

    ExportJob(String label, ResultsExport export, IWorkbenchWindow window) {
        super("Exporting " + label);
        this.export = export;
        this.window = window;
        this.display = window == null ? null : window.getShell().getDisplay();
        setUser(false);
        setProperty(IProgressConstants.KEEP_PROPERTY, Boolean.TRUE);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            ResultsExport.Outcome done = export.write(monitor);
            outcome = done;
            inUi(() -> statusLine(done.summary(), false));
            return new Status(done.cancelled() ? IStatus.CANCEL : IStatus.OK, UiIds.BUNDLE, done.summary());
        } catch (ExportException e) {
            return failed(e.getMessage());
        } catch (RuntimeException e) {
            ILog.of(getClass()).log(new Status(IStatus.ERROR, UiIds.BUNDLE, "Export failed", e));
            return failed("Internal error while exporting: " + e + " (details in the error log)");
        } finally {
            monitor.done();
        }
    }

    /**
     * A warning rather than an error: the job framework would show an error in its own dialog, with details this dialog
     * leaves out.
     */
    private IStatus failed(String message) {
        error = message;
        inUi(() -> {
            statusLine(message, true);
            if (!window.getShell().isDisposed()) {
                MessageDialog.openError(window.getShell(), "Export Failed", message);
            }
        });
        return Status.warning(message);
    }

    /** Runs {@code r} on the UI thread later, if the window is still there then. */
    private void inUi(Runnable r) {
        if (display != null && !display.isDisposed()) {
            display.asyncExec(r);
        }
    }

    /** The active part's status line: the one on show (each part has its own). */
    private void statusLine(String message, boolean isError) {
        IWorkbenchPage page = window.getShell().isDisposed() ? null : window.getActivePage();
        IWorkbenchPart part = page == null ? null : page.getActivePart();
        IWorkbenchPartSite site = part == null ? null : part.getSite();
        IStatusLineManager line = site instanceof IViewSite v
                ? v.getActionBars().getStatusLineManager()
                : site instanceof IEditorSite e ? e.getActionBars().getStatusLineManager() : null;
        if (line != null && isError) {
            line.setErrorMessage(message);
        } else if (line != null) {
            line.setErrorMessage(null);
            line.setMessage(message);
        }
    }

    /** What the export did, once it ended without an error; else null. */
    ResultsExport.Outcome outcome() {
        return outcome;
    }

    /** The message of the error that ended the export, or null. */
    String error() {
        return error;
    }
}
