package org.offloadlab.ui.internal.handlers;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.ui.internal.UiIds;
import org.offloadlab.ui.internal.session.CaptureSession;
import org.offloadlab.ui.internal.session.ConnectionsExport;
import org.offloadlab.ui.internal.session.ConnectionsExport.Format;

/**
 * File ▸ Export Connections…: every connection of the open capture as CSV or JSON (the formats of
 * {@code AnalysisReports}, shared with the command line). Written by a job; the parameter {@code format} preselects one
 * format, as the Connections view's toolbar does for CSV.
 */
public final class ExportConnectionsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = Windows.of(event);
        Shell shell = window.getShell();
        AnalysisResult result = window.getService(CaptureSession.class).snapshot().result();
        if (result == null) {
            MessageDialog.openInformation(shell, "Export Connections", "Open a capture first.");
            return null;
        }
        String only = event.getParameter(UiIds.EXPORT_CONNECTIONS_FORMAT);
        Format[] formats = only == null ? Format.values() : new Format[]{Format.valueOf(only.toUpperCase(Locale.ROOT))};
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export Connections");
        dialog.setOverwrite(true);
        String[] extensions = new String[formats.length];
        String[] names = new String[formats.length];
        for (int i = 0; i < formats.length; i++) {
            extensions[i] = "*." + formats[i].extension();
            names[i] = formats[i].label() + " (*." + formats[i].extension() + ")";
        }
        dialog.setFilterExtensions(extensions);
        dialog.setFilterNames(names);
        if (result.file() != null) {
            Path dir = result.file().toAbsolutePath().getParent();
            if (dir != null) {
                dialog.setFilterPath(dir.toString());
            }
            dialog.setFileName(ConnectionsExport.defaultName(result.file(), formats[0]));
        }
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path target = Path.of(chosen);
        Format format = Format.forFile(target).orElse(formats[Math.max(0, dialog.getFilterIndex())]);
        ConnectionsExport.inJob(result, target, format, shell);
        return null;
    }
}
