package org.offloadlab.ui.internal.app;

import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.offloadlab.ui.internal.UiIds;
import org.offloadlab.ui.internal.results.ChartWarmup;

/** Opens windows on the Offload Lab perspective, and knows the exit code the workbench ends with. */
final class OffloadLabWorkbenchAdvisor extends WorkbenchAdvisor {

    private final LaunchArguments launch;
    /* UI thread only. A --screenshot run that ends before its screenshot has failed. */
    private int exitCode;

    OffloadLabWorkbenchAdvisor(LaunchArguments launch) {
        this.launch = launch;
        this.exitCode = launch.screenshot().isPresent() ? ExitCode.SCREENSHOT_FAILED : ExitCode.OK;
    }

    int exitCode() {
        return exitCode;
    }

    /** Closes the workbench; the application then ends with {@code code}. UI thread. */
    void exit(int code) {
        exitCode = code;
        getWorkbenchConfigurer().getWorkbench().close();
    }

    /**
     * Prepares the charts in the background as soon as the workbench is up: their first paint would otherwise load and
     * initialise JFreeChart and its Swing-backed SWT bridge on the UI thread while the user's first run starts.
     */
    @Override
    public void postStartup() {
        ChartWarmup.schedule();
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return UiIds.PERSPECTIVE;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new OffloadLabWindowAdvisor(configurer, launch, this::exit);
    }
}
