package org.offloadlab.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** PNG screenshots of a shell as it is on the screen: the workbench's {@code --screenshot} option and the UI tests. */
public final class ShellScreenshot {

    private ShellScreenshot() {
    }

    /**
     * The shell's area on the screen, which a screenshot copies. Without a window manager GTK still counts an estimated
     * title bar into the shell's height, so the bottom is taken from the client area instead.
     */
    public static Rectangle visibleBounds(Shell shell) {
        Rectangle bounds = shell.getBounds();
        Rectangle client = shell.getClientArea();
        Point clientOrigin = shell.getDisplay().map(shell, null, client.x, client.y);
        int bottom = Math.min(bounds.y + bounds.height, clientOrigin.y + client.height);
        return new Rectangle(bounds.x, bounds.y, bounds.width, Math.max(1, bottom - bounds.y))
                .intersection(shell.getDisplay().getBounds());
    }

    /**
     * Copies the shell's screen area into the PNG {@code file}, creating its folder; call on the UI thread.
     *
     * @return the file's absolute path
     */
    public static Path save(Shell shell, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Rectangle bounds = visibleBounds(shell);
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[]{image.getImageData()};
            loader.save(target.toString(), SWT.IMAGE_PNG);
        } catch (SWTException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            gc.dispose();
            image.dispose();
        }
        return target;
    }
}
