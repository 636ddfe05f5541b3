package org.offloadlab.tcp;

/**
 * Loss-recovery events of the sending side, counted per connection (statistics like Linux's {@code TcpExtTCPTimeouts},
 * {@code TCPFastRetrans}, {@code TCPLossProbes}); the counters are allocated on the first event, so a connection that
 * never lost anything holds none.
 */
public enum RecoveryEvent {
    /** The retransmission timer expired with data outstanding (RFC 6298 §5.4). */
    TIMEOUT,
    /** Loss recovery entered by duplicate ACKs, SACK or RACK (RFC 5681 §3.2, RFC 6675 §5, RFC 8985 §7.3). */
    FAST_RECOVERY,
    /** A segment resent after a timeout (go-back-N from SND.UNA, RFC 5681 §3.1). */
    TIMEOUT_RETRANSMIT,
    /** A segment resent in SACK-based recovery by NextSeg rules 1 and 3 (RFC 6675 §4). */
    SACK_RETRANSMIT,
    /** The first retransmission when recovery starts, or after a NewReno partial ACK (RFC 6582 §3.2). */
    FAST_RETRANSMIT,
    /** The one rescue retransmission per recovery episode (RFC 6675 §4 NextSeg rule 4). */
    RESCUE_RETRANSMIT,
    /** A tail loss probe was sent (RFC 8985 §7). */
    TAIL_LOSS_PROBE,
    /** A segment was marked lost by RACK's time-based rule (RFC 8985 §6.2 step 5). */
    RACK_LOST
}
