package org.offloadlab.nic;

/** The host's interrupt service routine, called at the virtual time the interrupt reaches the host. */
@FunctionalInterface
public interface InterruptHandler {
    void interrupt(long nowNanos);
}
