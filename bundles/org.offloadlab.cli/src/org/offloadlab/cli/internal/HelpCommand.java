package org.offloadlab.cli.internal;

import java.util.List;
import java.util.Optional;

/** {@code help [COMMAND]}: the command list, or one command's full help. */
final class HelpCommand implements Command {

    private final CommandRegistry registry;

    HelpCommand(CommandRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String synopsis() {
        return "[COMMAND]";
    }

    @Override
    public String summary() {
        return "Show this overview, or a command's options.";
    }

    @Override
    public String help() {
        return "Shows the list of commands, or with COMMAND that command's options.";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws UsageException {
        List<String> topic = new Arguments.Spec().parse(args).positional();
        if (topic.isEmpty()) {
            context.out().println(overview(context.program(), registry));
            return ExitCode.OK;
        }
        if (topic.size() > 1) {
            throw new UsageException("help takes one command name");
        }
        Optional<Command> command = registry.find(topic.get(0));
        if (command.isEmpty()) {
            throw new UsageException("no command '" + topic.get(0) + "'");
        }
        Command c = command.get();
        context.out().printf("usage: %s %s %s%n%n%s%n", context.program(), c.name(), c.synopsis(), c.help());
        return ExitCode.OK;
    }

    /** The short usage: every visible command with its summary, and the exit codes. */
    static String overview(String program, CommandRegistry registry) {
        StringBuilder sb = new StringBuilder();
        sb.append("usage: ").append(program).append(" <command> [arguments]\n\nCommands:\n");
        int width = 0;
        for (Command c : registry.visible()) {
            width = Math.max(width, c.name().length());
        }
        for (Command c : registry.visible()) {
            sb.append("  ").append(c.name()).append(" ".repeat(width - c.name().length() + 3)).append(c.summary())
                    .append('\n');
        }
        sb.append("\nRun '").append(program).append(" help <command>' for a command's options.\n");
        sb.append("Exit codes: 0 ok, 1 damaged input (partial results), 2 usage error, 3 internal error,\n");
        sb.append("            130 interrupted (partial results).");
        return sb.toString();
    }
}
