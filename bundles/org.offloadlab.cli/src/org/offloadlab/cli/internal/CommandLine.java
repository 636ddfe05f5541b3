package org.offloadlab.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The top of the command line: picks the command, runs it, and turns every failure into one line on stderr and an
 * {@link ExitCode}. Users never see a stack trace; internal errors are logged in full through the context.
 */
public final class CommandLine {

    private final CommandRegistry registry;
    private final CommandContext context;

    public CommandLine(CommandRegistry registry, CommandContext context) {
        this.registry = registry;
        this.context = context;
    }

    public int execute(String... args) {
        List<String> all = Arrays.asList(args);
        if (all.isEmpty()) {
            context.err().println(HelpCommand.overview(context.program(), registry));
            return ExitCode.USAGE;
        }
        String name = switch (all.get(0)) {
            case "--help", "-h", "-help", "-?" -> "help";
            case "--version", "-version" -> "version";
            default -> all.get(0);
        };
        Optional<Command> command = registry.find(name);
        if (command.isEmpty()) {
            context.err().printf("%s: unknown command '%s'%n%n%s%n", context.program(), name,
                    HelpCommand.overview(context.program(), registry));
            return ExitCode.USAGE;
        }
        return run(command.get(), all.subList(1, all.size()));
    }

    private int run(Command command, List<String> args) {
        try {
            return command.run(args, context);
        } catch (UsageException e) {
            context.err().printf("%s %s: %s%nusage: %s %s %s%nRun '%s help %s' for details.%n", context.program(),
                    command.name(), e.getMessage(), context.program(), command.name(), command.synopsis(),
                    context.program(), command.name());
            return ExitCode.USAGE;
        } catch (OutOfMemoryError e) {
            context.err().printf("%s %s: out of memory; give Java more (e.g. OFFLOADLAB_JAVA_OPTS=-Xmx8g)%n",
                    context.program(), command.name());
            return ExitCode.INTERNAL;
        } catch (Throwable e) {
            String where = logQuietly(e);
            context.err().printf("%s %s: internal error: %s%s%n", context.program(), command.name(), oneLine(e),
                    where == null ? "" : " (details in " + where + ")");
            return ExitCode.INTERNAL;
        }
    }

    /** The error log may fail too (disk full); the one-line report must still come out. */
    private String logQuietly(Throwable e) {
        try {
            return context.errorLog().apply(e);
        } catch (RuntimeException logFailed) {
            return null;
        }
    }

    /** "IllegalStateException: boom", on one line, naming the root cause when it differs. */
    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = describe(e);
        if (root != e) {
            text += ", caused by " + describe(root);
        }
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
