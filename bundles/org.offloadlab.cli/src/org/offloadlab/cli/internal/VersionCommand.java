package org.offloadlab.cli.internal;

import java.util.List;

/** {@code version}: the product version and the Java running it (the first thing a bug report needs). */
final class VersionCommand implements Command {

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String summary() {
        return "Print the version.";
    }

    @Override
    public String help() {
        return "Prints the OffloadLab version and the Java runtime in use.";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws UsageException {
        new Arguments.Spec().parse(args).expectPositional();
        context.out().printf("%s %s%nJava %s (%s) on %s %s%n", context.program(), context.version(),
                System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name"), System.getProperty("os.arch"));
        return ExitCode.OK;
    }
}
