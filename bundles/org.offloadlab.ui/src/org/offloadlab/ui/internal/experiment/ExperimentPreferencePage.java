package org.offloadlab.ui.internal.experiment;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window ▸ Preferences ▸ Offload Lab: defaults for new experiments, sweeps and live views. */
public final class ExperimentPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public ExperimentPreferencePage() {
        super(GRID);
        setDescription("Defaults for experiments run from the workbench.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(UiPreferences.instance().store());
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor seed = new IntegerFieldEditor(UiPreferences.SEED, "Seed of new experiments:",
                getFieldEditorParent());
        seed.setValidRange(0, Integer.MAX_VALUE);
        addField(seed);
        IntegerFieldEditor jobs = new IntegerFieldEditor(UiPreferences.JOBS, "Parallel runs in sweeps:",
                getFieldEditorParent());
        jobs.setValidRange(1, 256);
        addField(jobs);
        IntegerFieldEditor refresh = new IntegerFieldEditor(UiPreferences.REFRESH_MILLIS,
                "Live view refresh interval (ms):", getFieldEditorParent());
        refresh.setValidRange(UiPreferences.MIN_REFRESH_MILLIS, UiPreferences.MAX_REFRESH_MILLIS);
        addField(refresh);
    }
}
