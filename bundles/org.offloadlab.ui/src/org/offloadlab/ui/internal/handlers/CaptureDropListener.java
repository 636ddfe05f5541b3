package org.offloadlab.ui.internal.handlers;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.services.IServiceLocator;

/** Opens a capture file dropped on the window or a view, through File ▸ Open Capture. */
public final class CaptureDropListener extends DropTargetAdapter {

    private final IServiceLocator locator;

    public CaptureDropListener(IServiceLocator locator) {
        this.locator = locator;
    }

    /** Makes {@code control} accept dropped capture files; the drop target goes away with the control. */
    public static void install(Control control, IServiceLocator locator) {
        DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_LINK | DND.DROP_DEFAULT);
        target.setTransfer(new Transfer[]{FileTransfer.getInstance()});
        target.addDropListener(new CaptureDropListener(locator));
    }

    @Override
    public void dragEnter(DropTargetEvent event) {
        if (event.detail == DND.DROP_DEFAULT || event.detail == DND.DROP_MOVE) {
            event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_NONE;
        }
    }

    @Override
    public void drop(DropTargetEvent event) {
        if (FileTransfer.getInstance().isSupportedType(event.currentDataType) && event.data instanceof String[] files) {
            choose(files).ifPresent(file -> OpenCaptureCommand.execute(locator, file));
        }
    }

    /** The first capture among the dropped files, or the first file when none is named like a capture. */
    static Optional<Path> choose(String[] files) {
        return Arrays.stream(files).filter(CaptureFileNames::isCapture).findFirst()
                .or(() -> Arrays.stream(files).findFirst()).map(Path::of);
    }
}
