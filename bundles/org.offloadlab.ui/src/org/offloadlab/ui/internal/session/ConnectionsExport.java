package org.offloadlab.ui.internal.session;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.offloadlab.analysis.AnalysisResult;
import org.offloadlab.analysis.report.AnalysisReports;

/** Writes the connection table of a result in the report formats shared with the command line. */
public final class ConnectionsExport {

    /** The export formats. */
    public enum Format {
        CSV("csv", "CSV"), JSON("json", "JSON");

        private final String extension;
        private final String label;

        Format(String extension, String label) {
            this.extension = extension;
            this.label = label;
        }

        public String extension() {
            return extension;
        }

        public String label() {
            return label;
        }

        /** The format a file name asks for by its extension. */
        public static Optional<Format> forFile(Path file) {
            String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (name.endsWith("." + f.extension)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    private ConnectionsExport() {
    }

    /** {@code capture-connections.csv} for {@code capture.pcap}. */
    public static String defaultName(Path capture, Format format) {
        String name = String.valueOf(capture.getFileName());
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "-connections." + format.extension();
    }

    public static void write(AnalysisResult result, Path target, Format format) throws IOException {
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            if (format == Format.CSV) {
                AnalysisReports.writeCsv(result, out);
            } else {
                AnalysisReports.writeJson(result, out);
            }
        }
    }

    /** Writes in a job; a failure is reported in a plain message dialog on {@code shell}. */
    public static Job inJob(AnalysisResult result, Path target, Format format, Shell shell) {
        Display display = shell.getDisplay();
        Job job = Job.create("Exporting connections to " + target.getFileName(), (IProgressMonitor monitor) -> {
            try {
                write(result, target, format);
                return Status.OK_STATUS;
            } catch (IOException e) {
                String message = "Cannot write " + target + ": " + LoadStatus.describe(e);
                if (!display.isDisposed()) {
                    display.asyncExec(() -> {
                        if (!shell.isDisposed()) {
                            MessageDialog.openError(shell, "Export Connections", message);
                        }
                    });
                }
                return Status.OK_STATUS;
            }
        });
        job.schedule();
        return job;
    }
}
