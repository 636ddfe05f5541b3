package org.offloadlab.cli.internal;

/** The process exit codes every command uses; documented in the usage text, scripts rely on them. */
public final class ExitCode {
    public static final int OK = 0;
    /** The input was damaged: results cover what came before the damage. */
    public static final int DAMAGED_INPUT = 1;
    /** A check the command ran did not hold, e.g. a packetdrill script failed; the same code as damaged input. */
    public static final int CHECK_FAILED = 1;
    /** Bad command line: unknown command or option, missing or unreadable file, bad value. */
    public static final int USAGE = 2;
    /** A bug or an environment problem; the stack trace went to the log. */
    public static final int INTERNAL = 3;
    /** Stopped by Ctrl-C (128 + SIGINT, as shells report it); partial results were written. */
    public static final int INTERRUPTED = 130;

    private ExitCode() {
    }
}
