package org.offloadlab.sim.app;

/** Why a connection ended, as the application learns it. */
public enum CloseReason {
    /** Both directions were closed by FIN exchange. */
    NORMAL,
    /** The connection attempt was refused (RST to SYN, or the listener/adapter table refused it). */
    REFUSED,
    /** Reset by the peer or by the local stack. */
    RESET,
    /** User timeout, keep-alive or connect timeout. */
    TIMED_OUT
}
