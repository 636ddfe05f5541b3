package org.offloadlab.cli.internal;

import java.util.List;

/**
 * One subcommand ({@code analyze}, later {@code replay}, {@code run}, …). Implementations are plain classes: all they
 * need from the outside comes through the {@link CommandContext}, so tests run them without a framework.
 */
public interface Command {

    /** The word that selects the command. */
    String name();

    /** Arguments after the name, for the usage line: {@code CAPTURE [--format table|csv|json]}. */
    String synopsis();

    /** One sentence for the command list. */
    String summary();

    /** The full help text: options and what they do. */
    String help();

    /** Hidden commands work but are not listed (developer tools such as benchmarks). */
    default boolean hidden() {
        return false;
    }

    /**
     * Runs the command.
     *
     * @param args
     *            the arguments after the command's name
     * @return an {@link ExitCode}
     * @throws UsageException
     *             when the arguments are wrong; the caller prints the message and the usage
     * @throws Exception
     *             anything else is an internal error, reported in one line and logged in full
     */
    int run(List<String> args, CommandContext context) throws Exception;
}
