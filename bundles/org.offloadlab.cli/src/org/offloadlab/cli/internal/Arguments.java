package org.offloadlab.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GNU-style options for one command: {@code --name value} or {@code --name=value} for valued options, {@code --name}
 * for flags, {@code --} ends options. Anything else starting with {@code -} is an unknown option (a usage error); the
 * rest are positional arguments, in order.
 */
public final class Arguments {

    private final List<String> positional;
    private final Map<String, String> values;
    private final Set<String> flags;
    private final Map<String, List<String>> repeated;

    private Arguments(List<String> positional, Map<String, String> values, Set<String> flags,
            Map<String, List<String>> repeated) {
        this.positional = positional;
        this.values = values;
        this.flags = flags;
        this.repeated = repeated;
    }

    /** Which options a command accepts. Names include the dashes: {@code "--format"}. */
    public static final class Spec {
        private final Set<String> valued = new HashSet<>();
        private final Set<String> flags = new HashSet<>();
        private final Set<String> repeatable = new HashSet<>();

        public Spec value(String name) {
            valued.add(name);
            return this;
        }

        /** A valued option that may be given several times ({@code --set A=1 --set B=2}). */
        public Spec repeatable(String name) {
            valued.add(name);
            repeatable.add(name);
            return this;
        }

        public Spec flag(String name) {
            flags.add(name);
            return this;
        }

        public Arguments parse(List<String> args) throws UsageException {
            List<String> positional = new ArrayList<>();
            Map<String, String> values = new HashMap<>();
            Set<String> seenFlags = new HashSet<>();
            Map<String, List<String>> repeated = new HashMap<>();
            boolean optionsEnded = false;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                    positional.add(arg);
                    continue;
                }
                if (arg.equals("--")) {
                    optionsEnded = true;
                    continue;
                }
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg : arg.substring(0, eq);
                if (valued.contains(name)) {
                    String value;
                    if (eq >= 0) {
                        value = arg.substring(eq + 1);
                    } else if (i + 1 < args.size()) {
                        value = args.get(++i);
                    } else {
                        throw new UsageException("option " + name + " needs a value");
                    }
                    if (repeatable.contains(name)) {
                        repeated.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                    } else if (values.put(name, value) != null) {
                        throw new UsageException("option " + name + " given twice");
                    }
                } else if (flags.contains(name)) {
                    if (eq >= 0) {
                        throw new UsageException("option " + name + " takes no value");
                    }
                    seenFlags.add(name);
                } else {
                    throw new UsageException("unknown option " + name);
                }
            }
            return new Arguments(positional, values, seenFlags, repeated);
        }
    }

    public List<String> positional() {
        return positional;
    }

    /** The value of a valued option, or {@code fallback} when it was not given. */
    public String value(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** Every value of a repeatable option, in the order given; empty when it was not given. */
    public List<String> values(String name) {
        return repeated.getOrDefault(name, List.of());
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    /** Exactly {@code count} positional arguments, named in the error message when the count is wrong. */
    public List<String> expectPositional(String... names) throws UsageException {
        if (positional.size() < names.length) {
            throw new UsageException("missing " + names[positional.size()]);
        }
        if (positional.size() > names.length) {
            throw new UsageException("unexpected argument '" + positional.get(names.length) + "'");
        }
        return positional;
    }
}
