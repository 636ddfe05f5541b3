package org.offloadlab.ui.internal.handlers;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.services.IServiceLocator;
import org.offloadlab.ui.internal.UiIds;

/** Executes File ▸ Open Capture for a known file, exactly as the menu does (same command, same handler). */
public final class OpenCaptureCommand {

    private OpenCaptureCommand() {
    }

    /** Opens {@code file} in the workbench of {@code locator} (a window or a part site); call on the UI thread. */
    public static void execute(IServiceLocator locator, Path file) {
        Command command = locator.getService(ICommandService.class).getCommand(UiIds.OPEN_CAPTURE_COMMAND);
        ParameterizedCommand open = ParameterizedCommand.generateCommand(command,
                Map.of(UiIds.OPEN_CAPTURE_FILE, file.toAbsolutePath().toString()));
        try {
            locator.getService(IHandlerService.class).executeCommand(open, null);
        } catch (CommandException e) {
            // Only a broken plugin.xml gets here; the handler itself reports every problem with the file.
            ILog.of(OpenCaptureCommand.class).error("Cannot execute " + UiIds.OPEN_CAPTURE_COMMAND, e);
        }
    }
}
