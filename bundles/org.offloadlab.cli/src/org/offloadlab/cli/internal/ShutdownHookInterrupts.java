package org.offloadlab.cli.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C through a JVM shutdown hook: SIGINT starts the JVM's shutdown, the hook cancels the command and then holds the
 * shutdown until the command has written its partial results (at most {@link #GRACE_SECONDS}), because the JVM halts as
 * soon as its hooks return.
 */
public final class ShutdownHookInterrupts implements Interrupts {

    static final int GRACE_SECONDS = 10;

    @Override
    public Registration onInterrupt(Runnable cancel) {
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancel.run();
            try {
                finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "offloadlab-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running (Ctrl-C came): it returns now that the latch is open.
            }
        };
    }
}
