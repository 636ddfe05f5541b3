package org.offloadlab.ui.internal.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.offloadlab.ui.internal.UiIds;

/**
 * Offload Lab: the Experiments navigator at the left, the experiment editor in the middle, below it the result views of
 * a run (Connections (offload), Buffer Groups, Recovery Timeline, Host↔Adapter Traffic, Compare Runs) stacked with the
 * capture's Connections table, and at the lower right the selected capture connection's charts, Properties and
 * Progress.
 */
public final class OffloadLabPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        // Ratios give the top or left part's share of the reference part's space.
        layout.addView(UiIds.EXPERIMENTS_VIEW, IPageLayout.LEFT, 0.18f, editorArea);
        IFolderLayout results = layout.createFolder(UiIds.BUNDLE + ".folders.results", IPageLayout.BOTTOM, 0.42f,
                editorArea);
        results.addView(UiIds.CONNECTIONS_VIEW);
        results.addView(UiIds.OFFLOAD_CONNECTIONS_VIEW);
        results.addView(UiIds.BUFFER_GROUPS_VIEW);
        results.addView(UiIds.RECOVERY_TIMELINE_VIEW);
        results.addView(UiIds.TRAFFIC_VIEW);
        results.addView(UiIds.COMPARE_RUNS_VIEW);
        IFolderLayout detail = layout.createFolder(UiIds.BUNDLE + ".folders.detail", IPageLayout.RIGHT, 0.62f,
                UiIds.BUNDLE + ".folders.results");
        detail.addView(UiIds.DETAIL_VIEW);
        detail.addView(UiIds.PROPERTIES_VIEW);
        detail.addView(UiIds.PROGRESS_VIEW);

        for (String view : new String[]{UiIds.EXPERIMENTS_VIEW, UiIds.OFFLOAD_CONNECTIONS_VIEW,
                UiIds.BUFFER_GROUPS_VIEW, UiIds.RECOVERY_TIMELINE_VIEW, UiIds.TRAFFIC_VIEW, UiIds.COMPARE_RUNS_VIEW,
                UiIds.CONNECTIONS_VIEW, UiIds.DETAIL_VIEW, UiIds.PROPERTIES_VIEW, UiIds.PROGRESS_VIEW}) {
            layout.addShowViewShortcut(view);
        }
    }
}
