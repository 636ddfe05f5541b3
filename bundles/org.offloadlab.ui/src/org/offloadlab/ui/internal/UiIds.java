package org.offloadlab.ui.internal;

/** Identifiers declared in this bundle's {@code plugin.xml}; code and tests refer to them through these names. */
public final class UiIds {

    public static final String BUNDLE = "org.offloadlab.ui";

    public static final String APPLICATION = BUNDLE + ".workbench";
    public static final String PRODUCT = BUNDLE + ".product";
    public static final String PERSPECTIVE = BUNDLE + ".perspective";

    public static final String CONNECTIONS_VIEW = BUNDLE + ".views.connections";
    public static final String DETAIL_VIEW = BUNDLE + ".views.detail";
    public static final String PROGRESS_VIEW = BUNDLE + ".views.progress";
    public static final String EXPERIMENTS_VIEW = BUNDLE + ".views.experiments";
    public static final String OFFLOAD_CONNECTIONS_VIEW = BUNDLE + ".views.offloadConnections";
    public static final String BUFFER_GROUPS_VIEW = BUNDLE + ".views.bufferGroups";
    public static final String RECOVERY_TIMELINE_VIEW = BUNDLE + ".views.recoveryTimeline";
    public static final String TRAFFIC_VIEW = BUNDLE + ".views.traffic";
    public static final String COMPARE_RUNS_VIEW = BUNDLE + ".views.compareRuns";
    public static final String EXPERIMENT_EDITOR = BUNDLE + ".editors.experiment";
    public static final String PREFERENCE_PAGE = BUNDLE + ".preferences";
    public static final String PROPERTIES_VIEW = "org.eclipse.ui.views.PropertySheet";

    public static final String OPEN_CAPTURE_COMMAND = BUNDLE + ".commands.openCapture";
    /** Optional parameter of {@link #OPEN_CAPTURE_COMMAND}: the file to open; without it a file dialog asks. */
    public static final String OPEN_CAPTURE_FILE = OPEN_CAPTURE_COMMAND + ".file";
    public static final String EXPORT_CONNECTIONS_COMMAND = BUNDLE + ".commands.exportConnections";
    /** Optional parameter of {@link #EXPORT_CONNECTIONS_COMMAND}: {@code csv} or {@code json}. */
    public static final String EXPORT_CONNECTIONS_FORMAT = EXPORT_CONNECTIONS_COMMAND + ".format";

    public static final String EXPORT_WIZARD_CATEGORY = BUNDLE + ".export.category";
    /** File ▸ Export… ▸ Offload Lab ▸ Experiment Results. */
    public static final String EXPORT_RESULTS_WIZARD = BUNDLE + ".export.results";

    private UiIds() {
    }
}
