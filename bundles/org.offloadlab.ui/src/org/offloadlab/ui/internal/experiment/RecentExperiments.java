package org.offloadlab.ui.internal.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.offloadlab.ui.internal.UiIds;
import org.osgi.service.prefs.BackingStoreException;

/** The most recently opened experiment files, newest first, kept in this bundle's instance preferences. */
public final class RecentExperiments {

    public static final int LIMIT = 8;
    private static final String KEY = "recentExperiments";

    private final IEclipsePreferences preferences;

    public RecentExperiments(IEclipsePreferences preferences) {
        this.preferences = preferences;
    }

    /** Stored with the workbench's instance data ({@code -data}). */
    public static RecentExperiments inInstanceScope() {
        return new RecentExperiments(InstanceScope.INSTANCE.getNode(UiIds.BUNDLE));
    }

    public synchronized List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (String line : preferences.get(KEY, "").split("\n")) {
            if (!line.isBlank()) {
                files.add(Path.of(line));
            }
        }
        return files;
    }

    /** Puts {@code file} first, dropping the oldest beyond {@link #LIMIT}. */
    public synchronized void add(Path file) {
        List<Path> files = list();
        files.remove(file);
        files.add(0, file);
        store(files.subList(0, Math.min(LIMIT, files.size())));
    }

    public synchronized void remove(Path file) {
        List<Path> files = list();
        if (files.remove(file)) {
            store(files);
        }
    }

    private void store(List<Path> files) {
        StringBuilder text = new StringBuilder();
        for (Path file : files) {
            text.append(file).append('\n');
        }
        preferences.put(KEY, text.toString());
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // Losing the list is an inconvenience, not a reason to bother the user.
            ILog.of(getClass()).warn("Cannot store the recent experiments list", e);
        }
    }
}
