package org.offloadlab.tcp;

/** Why the engine dropped an incoming segment (counted per connection; never an exception). */
public enum DropReason {
    /** Not addressed to this connection's ports. */
    WRONG_PORTS,
    /** SYN and RST together: contradictory control bits. */
    SYN_RST,
    /** SYN and FIN together (dropped like Linux; RFC 9293 gives them no meaning in an opening segment). */
    SYN_FIN,
    /** An MSS option of zero (RFC 9293 §3.7.1 does not allow it; it would stall the sender). */
    ZERO_MSS,
    /** Nothing to do with this segment in this state (e.g. no SYN in LISTEN, RST in LISTEN). */
    IGNORED_IN_STATE,
    /** Failed the acceptability test (RFC 9293 §3.10.7.4 first check); answered with an ACK. */
    OUT_OF_WINDOW,
    /** A RST not exactly at RCV.NXT (RFC 5961 §3.2); answered with a challenge ACK if in window. */
    RST_NOT_EXACT,
    /** A SYN in a synchronized state (RFC 5961 §4.2); answered with a challenge ACK. */
    SYN_IN_WINDOW,
    /** No ACK bit in a synchronized state (RFC 9293 §3.10.7.4 fifth check). */
    NO_ACK,
    /** SEG.ACK > SND.NXT: acknowledges data never sent (RFC 9293 §3.10.7.4, RFC 5961 §5.2). */
    ACK_UNSENT,
    /** SEG.ACK < SND.UNA − MAX.SND.WND (RFC 5961 §5.2). */
    ACK_TOO_OLD,
    /** An unacceptable ACK in SYN-SENT or SYN-RECEIVED (answered with RST). */
    BAD_HANDSHAKE_ACK,
    /** Failed PAWS (RFC 7323 §5.3). */
    PAWS,
    /** An out-of-order segment that could not be stored (too many holes). */
    REASSEMBLY_FULL
}
