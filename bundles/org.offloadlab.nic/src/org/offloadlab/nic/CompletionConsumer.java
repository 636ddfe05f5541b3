package org.offloadlab.nic;

/** Receives completions read from the completion queue by {@link HostInterface#poll}. */
@FunctionalInterface
public interface CompletionConsumer {
    void accept(Completion completion, long nowNanos);
}
