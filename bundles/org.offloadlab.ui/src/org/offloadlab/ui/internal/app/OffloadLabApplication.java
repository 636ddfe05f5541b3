package org.offloadlab.ui.internal.app;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The OffloadLab workbench application ({@code org.offloadlab.ui.workbench}). */
public final class OffloadLabApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        LaunchArguments launch = LaunchArguments
                .parse((String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS));
        Display.setAppName("OffloadLab");
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new OffloadLabWorkbenchAdvisor(launch));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
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
