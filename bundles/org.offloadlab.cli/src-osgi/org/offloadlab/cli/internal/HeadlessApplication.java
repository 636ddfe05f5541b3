package org.offloadlab.cli.internal;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The Equinox application {@code org.offloadlab.cli.headless}: adapts the OSGi world (arguments, the analyzer service,
 * the bundle version) to a {@link CommandContext} and hands over to the framework-free {@link CommandLine}. The
 * returned Integer becomes the process exit code.
 */
public final class HeadlessApplication implements IApplication {

    static final String PROGRAM = "offloadlab";

    @Override
    public Object start(IApplicationContext context) {
        // Charts are drawn with AWT; a headless tool must never try to open a display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        // pcap4j logs every opened handle at INFO through slf4j-simple, onto stderr: noise in a command's output.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        String[] args = arguments(context);
        context.applicationRunning();
        FileErrorLog errorLog = new FileErrorLog(FileErrorLog.defaultFile(), PROGRAM + " " + String.join(" ", args));
        try {
            Bundle bundle = FrameworkUtil.getBundle(getClass());
            try (AnalyzerLookup analyzers = new AnalyzerLookup(bundle.getBundleContext())) {
                CommandContext commandContext = new CommandContext(PROGRAM, bundle.getVersion().toString(),
                        System.out, System.err, analyzers, isTerminal(), new ShutdownHookInterrupts(),
                        System::nanoTime, errorLog);
                return new CommandLine(CommandRegistry.standard(), commandContext).execute(args);
            }
        } catch (RuntimeException | LinkageError e) {
            // CommandLine reports what commands throw; this is for the wiring around it, which should never fail.
            System.err.println(PROGRAM + ": internal error: " + CommandLine.oneLine(e) + " (details in "
                    + errorLog.apply(e) + ")");
            return ExitCode.INTERNAL;
        }
    }

    @Override
    public void stop() {
        // Commands end on their own or through Ctrl-C; the framework only calls this while shutting down.
    }

    private static String[] arguments(IApplicationContext context) {
        Object args = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        return args instanceof String[] strings ? strings : new String[0];
    }

    /**
     * Whether stderr, where the progress bar goes, is a terminal. On Linux /proc tells exactly, even when stdout is
     * redirected to a file (the usual {@code analyze big.pcap --format json > out.json}); elsewhere the console is the
     * best Java offers. Java 22+ may return a console when redirected and then answers {@code isTerminal()}; Java 21
     * has no such method but returns null when redirected.
     */
    static boolean isTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException noProcfs) {
            // not Linux: fall back to the console
        }
        Object console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = console.getClass().getMethod("isTerminal");
            return Boolean.TRUE.equals(isTerminal.invoke(console));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }
}
