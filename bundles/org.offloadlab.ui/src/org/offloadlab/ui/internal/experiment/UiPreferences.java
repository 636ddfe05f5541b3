package org.offloadlab.ui.internal.experiment;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.offloadlab.ui.internal.UiIds;

/** The workbench's experiment preferences (Window ▸ Preferences ▸ Offload Lab), kept with the instance data. */
public final class UiPreferences {

    public static final String SEED = "experiment.defaultSeed";
    public static final String JOBS = "experiment.sweepJobs";
    public static final String REFRESH_MILLIS = "ui.refreshMillis";

    public static final int MIN_REFRESH_MILLIS = 20;
    public static final int MAX_REFRESH_MILLIS = 5000;

    private final IPreferenceStore store;

    private UiPreferences(IPreferenceStore store) {
        this.store = store;
        store.setDefault(SEED, 1);
        store.setDefault(JOBS, Math.max(1, Runtime.getRuntime().availableProcessors()));
        store.setDefault(REFRESH_MILLIS, 100);
    }

    /** The preferences stored in this bundle's instance scope. */
    public static UiPreferences instance() {
        return new UiPreferences(new ScopedPreferenceStore(InstanceScope.INSTANCE, UiIds.BUNDLE));
    }

    public IPreferenceStore store() {
        return store;
    }

    /** Seed given to experiments created from a template. */
    public long defaultSeed() {
        return store.getLong(SEED);
    }

    /** Parallel runs for sweeps started from the workbench. */
    public int jobs() {
        return Math.max(1, store.getInt(JOBS));
    }

    /** How often live views refresh while a run is under way, clamped to a sane range. */
    public int refreshMillis() {
        return Math.max(MIN_REFRESH_MILLIS, Math.min(MAX_REFRESH_MILLIS, store.getInt(REFRESH_MILLIS)));
    }
}
