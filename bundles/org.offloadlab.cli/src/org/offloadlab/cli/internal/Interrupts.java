package org.offloadlab.cli.internal;

/** Delivers the user's Ctrl-C to a running command so it can stop and still write what it has. */
public interface Interrupts {

    /**
     * Calls {@code cancel} if the user interrupts before the returned handle is closed. The caller closes it once its
     * output is complete; until then the process waits for it (for a bounded time) instead of dying mid-write.
     */
    Registration onInterrupt(Runnable cancel);

    /** Ends the interest in interrupts; never throws. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** For tests and non-interactive embedding: nobody ever interrupts. */
    Interrupts NONE = cancel -> () -> {
    };
}
