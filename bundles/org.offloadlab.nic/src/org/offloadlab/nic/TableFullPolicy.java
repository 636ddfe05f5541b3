package org.offloadlab.nic;

/** What the adapter does with a new connection when its table is full. Both are counted. */
public enum TableFullPolicy {
    /** Answer the SYN (or cookie ACK) with RST: the client learns at once (RFC 9293 §3.10.7.1 "no connection"). */
    RESET,
    /** Drop silently: the client retries after its SYN timeout, perhaps when a slot is free again. */
    IGNORE
}
