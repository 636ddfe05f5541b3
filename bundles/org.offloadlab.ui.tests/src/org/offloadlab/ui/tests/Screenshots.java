package org.offloadlab.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** PNG screenshots of shells, for looking at the workbench a test drove. */
final class Screenshots {

    private Screenshots() {
    }

    /** The folder the build names ({@code target/screenshots} of this bundle). */
    static Path dir() {
        String configured = System.getProperty("offloadlab.ui.screenshots");
        return configured != null ? Path.of(configured) : Path.of("target", "screenshots").toAbsolutePath();
    }

    /**
     * The shell's area on the screen. Without a window manager GTK still counts an estimated title bar into the shell's
     * height, so the bottom is taken from the client area instead.
     */
    private static Rectangle visibleBounds(Shell shell) {
        Rectangle bounds = shell.getBounds();
        Rectangle client = shell.getClientArea();
        Point clientOrigin = shell.getDisplay().map(shell, null, client.x, client.y);
        int bottom = Math.min(bounds.y + bounds.height, clientOrigin.y + client.height);
        return new Rectangle(bounds.x, bounds.y, bounds.width, Math.max(1, bottom - bounds.y))
                .intersection(shell.getDisplay().getBounds());
    }

    /** Copies the shell's screen area into {@code file}. */
    static Path save(Shell shell, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Rectangle bounds = visibleBounds(shell);
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[]{image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
        return file;
    }
}
