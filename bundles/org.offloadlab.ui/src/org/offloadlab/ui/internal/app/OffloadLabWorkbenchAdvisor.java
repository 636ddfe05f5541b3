package org.offloadlab.ui.internal.app;

import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.offloadlab.ui.internal.UiIds;

/** Opens windows on the Offload Lab perspective. */
final class OffloadLabWorkbenchAdvisor extends WorkbenchAdvisor {

    private final LaunchArguments launch;

    OffloadLabWorkbenchAdvisor(LaunchArguments launch) {
        this.launch = launch;
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return UiIds.PERSPECTIVE;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new OffloadLabWindowAdvisor(configurer, launch);
    }
}
