package org.offloadlab.cli.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.offloadlab.experiment.ExperimentException;
import org.offloadlab.experiment.Templates;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.TraceWorkload;
import org.offloadlab.model.io.ModelFileException;
import org.offloadlab.model.io.OffloadFiles;

/** {@code new --template failover|establishment|buffers|replay FILE [--force]}: writes a ready example experiment. */
final class NewCommand implements Command {

    private static final Arguments.Spec OPTIONS = new Arguments.Spec().value("--template").flag("--force");

    @Override
    public String name() {
        return "new";
    }

    @Override
    public String synopsis() {
        return "--template " + String.join("|", Templates.NAMES) + " FILE.offload [--force]";
    }

    @Override
    public String summary() {
        return "Write a ready-to-run example experiment.";
    }

    @Override
    public String help() {
        return """
                Writes an example experiment to FILE.offload, to run with 'run' or to edit.

                  --template T   failover: bulk transfers, the adapter crashes, hard-state recovery onto a
                                 substitute; establishment: many short connections, bulk notification;
                                 buffers: request/response with buffer groups and delayed DMA;
                                 replay: trace-driven from a capture (not runnable in this release)
                  --force        replace FILE if it exists (otherwise an existing file is left alone)""";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws Exception {
        Arguments arguments = OPTIONS.parse(args);
        String template = arguments.value("--template", null);
        if (template == null) {
            throw new UsageException("missing --template: use one of " + String.join(", ", Templates.NAMES));
        }
        String name = arguments.expectPositional("FILE").get(0);
        Path file;
        try {
            file = Path.of(name);
        } catch (InvalidPathException e) {
            throw new UsageException("bad file name '" + name + "'");
        }
        if (Files.exists(file) && !arguments.flag("--force")) {
            throw new UsageException(name + " exists; use --force to replace it");
        }
        if (Files.isDirectory(file)) {
            throw new UsageException(name + " is a directory");
        }
        Experiment experiment;
        try {
            experiment = Templates.create(template);
        } catch (ExperimentException e) {
            throw new UsageException(e.getMessage());
        }
        if (experiment.getWorkload() instanceof TraceWorkload trace) {
            shippedCapture(trace);
        }
        try {
            OffloadFiles.save(experiment, file);
        } catch (ModelFileException e) {
            throw new UsageException(e.getMessage());
        }
        context.err().printf("%s new: wrote %s (template %s); run it with: %s run %s%n", context.program(), file,
                template, context.program(), file);
        return ExitCode.OK;
    }

    /**
     * The replay template names the sample capture the product ships (samples/ in the install folder): written as an
     * absolute path so the experiment runs wherever it is saved. Left relative when not run from a product.
     */
    private static void shippedCapture(TraceWorkload trace) {
        String home = System.getProperty("eclipse.home.location");
        if (home == null || !home.startsWith("file:")) {
            return;
        }
        try {
            Path sample = Path.of(java.net.URI.create(home)).resolve(trace.getCapturePath());
            if (Files.isRegularFile(sample)) {
                trace.setCapturePath(sample.toString());
            }
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // a home location that is not a plain file URI: keep the relative path, resolved when the run starts
        }
    }
}
