package org.offloadlab.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.offloadlab.ui.internal.UiIds;
import org.offloadlab.ui.internal.session.CaptureSession;
import org.offloadlab.ui.internal.RecentFiles;

/**
 * File ▸ Open Capture…: the one way a capture gets opened. The menu, the recent-captures list, drag-and-drop and the
 * {@code --open} command-line option all execute this command ({@link OpenCaptureCommand}); with the file parameter no
 * dialog is shown.
 */
public final class OpenCaptureHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = Windows.of(event);
        CaptureSession session = window.getService(CaptureSession.class);
        String given = event.getParameter(UiIds.OPEN_CAPTURE_FILE);
        Path file = given != null ? Path.of(given) : askForCapture(window.getShell(), session.recentCaptures());
        if (file == null) {
            return null;
        }
        session.open(file);
        showConnections(window.getActivePage());
        return null;
    }

    private static Path askForCapture(Shell shell, RecentFiles recent) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.SINGLE);
        dialog.setText("Open Capture");
        dialog.setFilterExtensions(new String[]{"*.pcap;*.pcapng;*.cap", "*"});
        dialog.setFilterNames(new String[]{"Packet captures (*.pcap, *.pcapng, *.cap)", "All files"});
        recent.list().stream().findFirst().map(Path::getParent).ifPresent(dir -> dialog.setFilterPath(dir.toString()));
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }

    private static void showConnections(IWorkbenchPage page) {
        if (page == null) {
            return;
        }
        try {
            page.showView(UiIds.CONNECTIONS_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            ILog.of(OpenCaptureHandler.class).error("Cannot show the Connections view", e);
        }
    }
}
