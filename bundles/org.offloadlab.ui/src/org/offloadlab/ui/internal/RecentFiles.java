package org.offloadlab.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The most recently opened files of one kind (captures, experiments), newest first, kept in this bundle's instance
 * preferences under a key per kind.
 */
public final class RecentFiles {

    public static final int LIMIT = 8;

    private final IEclipsePreferences preferences;
    private final String key;
    private final String what;

    private RecentFiles(IEclipsePreferences preferences, String key, String what) {
        this.preferences = preferences;
        this.key = key;
        this.what = what;
    }

    /** Recent captures in {@code preferences} (tests pass their own node). */
    public static RecentFiles captures(IEclipsePreferences preferences) {
        return new RecentFiles(preferences, "recentCaptures", "captures");
    }

    /** Recent captures, stored with the workbench's instance data ({@code -data}). */
    public static RecentFiles captures() {
        return captures(InstanceScope.INSTANCE.getNode(UiIds.BUNDLE));
    }

    /** Recent experiment files, stored with the workbench's instance data. */
    public static RecentFiles experiments() {
        return new RecentFiles(InstanceScope.INSTANCE.getNode(UiIds.BUNDLE), "recentExperiments", "experiments");
    }

    public synchronized List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (String line : preferences.get(key, "").split("\n")) {
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
        preferences.put(key, text.toString());
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // Losing the list is an inconvenience, not a reason to bother the user.
            ILog.of(getClass()).warn("Cannot store the recent " + what + " list", e);
        }
    }
}
