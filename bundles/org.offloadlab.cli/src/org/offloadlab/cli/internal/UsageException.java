package org.offloadlab.cli.internal;

/** The command line is wrong; the message tells the user what to change and ends up on stderr with the usage. */
public class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
