package org.offloadlab.ui.internal.experiment;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.offloadlab.experiment.ExperimentException;
import org.offloadlab.experiment.Templates;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.io.OffloadFiles;
import org.offloadlab.ui.internal.UiIds;
import org.offloadlab.ui.internal.editor.ExperimentEditorInput;

/**
 * Where the workbench keeps experiments (no Eclipse workspace projects: a folder {@code experiments} in the instance
 * data area, plus recently opened files anywhere) and how they are created from templates and opened.
 */
public final class ExperimentFiles {

    private ExperimentFiles() {
    }

    /** {@code <instance data>/experiments}, or {@code ~/.offloadlab/experiments} without an instance area. */
    public static Path folder() {
        Location instance = Platform.getInstanceLocation();
        try {
            if (instance != null && instance.getURL() != null) {
                return Path.of(instance.getURL().toURI()).resolve("experiments");
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // an unusual location URL: fall back below
        }
        return Path.of(System.getProperty("user.home"), ".offloadlab", "experiments");
    }

    /** The experiment files of {@code folder} (sorted) followed by recent files elsewhere that still exist. */
    public static List<Path> list(Path folder, List<Path> recent) {
        Set<Path> files = new LinkedHashSet<>();
        if (Files.isDirectory(folder)) {
            List<Path> inFolder = new ArrayList<>();
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder,
                    "*." + OffloadFiles.EXPERIMENT_EXTENSION)) {
                dir.forEach(p -> inFolder.add(p.toAbsolutePath().normalize()));
            } catch (IOException e) {
                // an unreadable folder lists nothing; recent files still show
            }
            inFolder.sort(null);
            files.addAll(inFolder);
        }
        for (Path p : recent) {
            if (Files.isRegularFile(p)) {
                files.add(p.toAbsolutePath().normalize());
            }
        }
        return List.copyOf(files);
    }

    /**
     * Writes a new experiment from {@code template} into {@code folder} under a free name ({@code failover.offload},
     * {@code failover-2.offload}, …).
     *
     * @return the new file
     */
    public static Path createFromTemplate(String template, Path folder, long seed)
            throws ExperimentException, IOException {
        Experiment e = Templates.create(template);
        e.setSeed(seed);
        Files.createDirectories(folder);
        Path file = folder.resolve(template + "." + OffloadFiles.EXPERIMENT_EXTENSION);
        for (int i = 2; Files.exists(file); i++) {
            file = folder.resolve(template + "-" + i + "." + OffloadFiles.EXPERIMENT_EXTENSION);
        }
        OffloadFiles.save(e, file);
        return file;
    }

    /** Opens (or activates) the experiment editor on {@code file}. */
    public static IEditorPart open(IWorkbenchPage page, Path file) throws PartInitException {
        page.setEditorAreaVisible(true);
        return page.openEditor(new ExperimentEditorInput(file), UiIds.EXPERIMENT_EDITOR);
    }

    /** Template names for the New dialog. */
    public static List<String> templates() {
        return Templates.NAMES;
    }
}
