package org.offloadlab.ui.internal.app;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The OffloadLab workbench application ({@code org.offloadlab.ui.workbench}); its arguments are described in
 * {@link LaunchArguments}, its exit codes in {@link ExitCode}.
 */
public final class OffloadLabApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        LaunchArguments launch;
        try {
            launch = LaunchArguments.parse((String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS));
        } catch (IllegalArgumentException e) {
            System.err.println("offloadlab: " + e.getMessage());
            return Integer.valueOf(ExitCode.USAGE);
        }
        Display.setAppName("OffloadLab");
        Display display = PlatformUI.createDisplay();
        try {
            OffloadLabWorkbenchAdvisor advisor = new OffloadLabWorkbenchAdvisor(launch);
            int code = PlatformUI.createAndRunWorkbench(display, advisor);
            // The Integer becomes the process exit code.
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : Integer.valueOf(advisor.exitCode());
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
