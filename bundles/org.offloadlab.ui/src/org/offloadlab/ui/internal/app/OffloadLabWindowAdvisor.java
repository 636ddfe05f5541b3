package org.offloadlab.ui.internal.app;

import java.util.Set;
import java.util.function.IntConsumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.offloadlab.ui.internal.StatusLines;
import org.offloadlab.ui.internal.handlers.CaptureDropListener;
import org.offloadlab.ui.internal.handlers.OpenCaptureCommand;
import org.offloadlab.ui.internal.session.CaptureSession;
import org.offloadlab.ui.internal.session.CaptureSnapshot;
import org.offloadlab.ui.internal.session.CaptureSnapshot.Phase;
import org.offloadlab.ui.internal.session.SessionListener;
import org.offloadlab.ui.internal.session.SessionListener.Change;

/**
 * The window: size, capture files dropped on it, the window title naming the capture, the capture's status in the
 * status line (with the progress of jobs beside it), a dialog when a capture cannot be opened at all, and the capture
 * given on the command line once the window is open. With {@code --screenshot}, once that capture is shown, a PNG of
 * the window is saved and the workbench exits.
 */
final class OffloadLabWindowAdvisor extends WorkbenchWindowAdvisor {

    private static final Point PREFERRED_SIZE = new Point(1440, 900);

    private final LaunchArguments launch;
    private final IntConsumer exit;
    private final SessionListener sessionListener = this::sessionChanged;
    private CaptureSession session;

    /** {@code exit} closes the workbench with an exit code. */
    OffloadLabWindowAdvisor(IWorkbenchWindowConfigurer configurer, LaunchArguments launch, IntConsumer exit) {
        super(configurer);
        this.launch = launch;
        this.exit = exit;
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new OffloadLabActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(PREFERRED_SIZE);
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(false);
        configurer.setTitle("OffloadLab");
        configurer.addEditorAreaTransfer(FileTransfer.getInstance());
        configurer.configureEditorAreaDropListener(new CaptureDropListener(configurer.getWindow()));
    }

    @Override
    public void postWindowCreate() {
        // Fit small screens: the preferred size, but never larger than the monitor's work area.
        Shell shell = getWindowConfigurer().getWindow().getShell();
        Rectangle area = shell.getDisplay().getPrimaryMonitor().getClientArea();
        int width = Math.min(PREFERRED_SIZE.x, area.width);
        int height = Math.min(PREFERRED_SIZE.y, area.height);
        shell.setBounds(area.x + (area.width - width) / 2, area.y + (area.height - height) / 2, width, height);
    }

    @Override
    public void postWindowOpen() {
        IWorkbenchWindow window = getWindowConfigurer().getWindow();
        session = window.getService(CaptureSession.class);
        session.addListener(sessionListener);
        launch.capture().ifPresent(file -> OpenCaptureCommand.execute(window, file));
        launch.screenshot().ifPresent(file -> LaunchScreenshot.take(window, launch.capture(), file,
                LaunchScreenshot.TIMEOUT, this::screenshotTaken));
    }

    private void screenshotTaken(LaunchScreenshot.Result result) {
        if (result.file() != null) {
            System.out.println("screenshot: " + result.file());
            System.out.flush();
        }
        if (result.error() != null) {
            System.err.println("offloadlab: " + result.error());
        }
        exit.accept(result.exitCode());
    }

    @Override
    public void postWindowClose() {
        if (session != null) {
            session.removeListener(sessionListener);
        }
    }

    private void sessionChanged(CaptureSnapshot snapshot, Set<Change> changes) {
        Shell shell = getWindowConfigurer().getWindow().getShell();
        if (shell == null || shell.isDisposed() || !changes.contains(Change.CAPTURE)) {
            return;
        }
        shell.setText(snapshot.file() == null ? "OffloadLab" : snapshot.file().getFileName() + " — OffloadLab");
        StatusLines.show(getWindowConfigurer().getActionBarConfigurer().getStatusLineManager(), snapshot.status());
        // Damage and cancellation leave results to look at and are told in the views; only "nothing at all" is
        // worth interrupting the user for. The message is one sentence, never a stack trace. A --screenshot run tells
        // it on standard error instead: nobody is there to close a dialog.
        if (snapshot.phase() == Phase.FAILED && snapshot.status().getSeverity() == IStatus.ERROR
                && launch.screenshot().isEmpty()) {
            shell.getDisplay().asyncExec(() -> {
                if (!shell.isDisposed()) {
                    MessageDialog.openError(shell, "Cannot Open Capture", snapshot.status().getMessage());
                }
            });
        }
    }
}
