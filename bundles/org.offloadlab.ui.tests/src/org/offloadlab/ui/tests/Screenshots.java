package org.offloadlab.ui.tests;

import java.nio.file.Path;

/** Where tests put screenshots of the workbench they drove ({@code ShellScreenshot} takes them). */
public final class Screenshots {

    private Screenshots() {
    }

    /** The folder the build names ({@code target/screenshots} of this bundle). */
    public static Path dir() {
        String configured = System.getProperty("offloadlab.ui.screenshots");
        return configured != null ? Path.of(configured) : Path.of("target", "screenshots").toAbsolutePath();
    }
}
