package org.offloadlab.cli.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The commands the command line knows, in the order help lists them. New subcommands register here. */
public final class CommandRegistry {

    private final Map<String, Command> commands = new LinkedHashMap<>();

    /**
     * The commands of this release: analyze, packetdrill, replay, run, sweep, new, help, version and the hidden
     * bench-read.
     */
    public static CommandRegistry standard() {
        CommandRegistry registry = new CommandRegistry();
        registry.register(new AnalyzeCommand());
        registry.register(new HelpCommand(registry));
        registry.register(new PacketdrillCommand());
        registry.register(new ReplayCommand());
        registry.register(new RunCommand());
        registry.register(new SweepCommand());
        registry.register(new NewCommand());
        registry.register(new VersionCommand());
        registry.register(new BenchReadCommand());
        return registry;
    }

    public CommandRegistry register(Command command) {
        if (commands.putIfAbsent(command.name(), command) != null) {
            throw new IllegalArgumentException("command registered twice: " + command.name());
        }
        return this;
    }

    public Optional<Command> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    /** Commands shown by help, in registration order. */
    public List<Command> visible() {
        List<Command> out = new ArrayList<>();
        for (Command c : all()) {
            if (!c.hidden()) {
                out.add(c);
            }
        }
        return out;
    }

    public Collection<Command> all() {
        return commands.values();
    }
}
