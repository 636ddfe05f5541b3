package org.offloadlab.cli.internal;

import java.io.PrintStream;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.offloadlab.analysis.CaptureAnalyzer;

/**
 * What commands get from their environment. The OSGi application fills it with the real streams, the analyzer service
 * and a shutdown hook; tests fill it with buffers, a constructed analyzer and fakes.
 *
 * @param program
 *            the name users type, for usage lines
 * @param version
 *            the product version
 * @param out
 *            standard output: only the report the user asked for, so it can be piped
 * @param err
 *            standard error: progress, notes, warnings, errors
 * @param analyzer
 *            gives the capture analyzer; called only by commands that need one
 * @param interactive
 *            stderr is a terminal: progress bars are welcome
 * @param interrupts
 *            tells how to learn about Ctrl-C
 * @param nanoTime
 *            the clock for progress and benchmarks
 * @param errorLog
 *            records an internal error in full and says where (for the one-line message)
 */
public record CommandContext(String program, String version, PrintStream out, PrintStream err,
        Supplier<CaptureAnalyzer> analyzer, boolean interactive, Interrupts interrupts, LongSupplier nanoTime,
        Function<Throwable, String> errorLog) {
}
