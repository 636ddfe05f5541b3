package org.offloadlab.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** The window a command acts on. */
final class Windows {

    private Windows() {
    }

    /**
     * The active workbench window, or the first one when none is active (a command run from the command line or a test
     * before the window manager has activated the shell).
     */
    static IWorkbenchWindow of(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window != null) {
            return window;
        }
        IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
        if (windows.length == 0) {
            throw new IllegalStateException("no workbench window is open");
        }
        return windows[0];
    }
}
