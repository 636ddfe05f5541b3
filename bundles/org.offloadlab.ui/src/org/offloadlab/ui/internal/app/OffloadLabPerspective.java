package org.offloadlab.ui.internal.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.offloadlab.ui.internal.UiIds;

/**
 * Offload Lab: the connection table across the top, the selected connection's charts below it, and Properties and
 * Progress stacked at the lower right. No editor area.
 */
public final class OffloadLabPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(false);

        // Ratios give the top or left part's share of the reference part's space.
        layout.addView(UiIds.CONNECTIONS_VIEW, IPageLayout.TOP, 0.95f, editorArea);
        IFolderLayout detail = layout.createFolder(UiIds.BUNDLE + ".folders.detail", IPageLayout.BOTTOM, 0.40f,
                UiIds.CONNECTIONS_VIEW);
        detail.addView(UiIds.DETAIL_VIEW);
        IFolderLayout side = layout.createFolder(UiIds.BUNDLE + ".folders.side", IPageLayout.RIGHT, 0.74f,
                UiIds.BUNDLE + ".folders.detail");
        side.addView(UiIds.PROPERTIES_VIEW);
        side.addView(UiIds.PROGRESS_VIEW);

        layout.addShowViewShortcut(UiIds.CONNECTIONS_VIEW);
        layout.addShowViewShortcut(UiIds.DETAIL_VIEW);
        layout.addShowViewShortcut(UiIds.PROPERTIES_VIEW);
        layout.addShowViewShortcut(UiIds.PROGRESS_VIEW);
    }
}
