package org.offloadlab.ui.internal;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * Shows a capture's status in a status line: errors in red, anything else as a plain message. The window and each of
 * OffloadLab's views show it, since an active view's status line replaces the window's.
 */
public final class StatusLines {

    private StatusLines() {
    }

    public static void show(IStatusLineManager statusLine, IStatus status) {
        boolean error = status.getSeverity() == IStatus.ERROR;
        statusLine.setErrorMessage(error ? image(ISharedImages.IMG_OBJS_ERROR_TSK) : null,
                error ? status.getMessage() : null);
        String icon = switch (status.getSeverity()) {
            case IStatus.WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
            case IStatus.CANCEL, IStatus.INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
            default -> null;
        };
        statusLine.setMessage(icon == null ? null : image(icon), error ? null : status.getMessage());
    }

    private static Image image(String id) {
        return PlatformUI.getWorkbench().getSharedImages().getImage(id);
    }
}
