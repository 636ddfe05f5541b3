package org.offloadlab.tcp;

/**
 * Why a TCP header failed the one-time check of {@link TcpHeaderView} (counted by reason, never thrown at the engine).
 */
public enum Malformation {
    /** Fewer than 20 octets (RFC 9293 §3.1 fixed header). */
    TRUNCATED_HEADER,
    /** Data offset below 5 words or beyond the buffer (RFC 9293 §3.1). */
    BAD_DATA_OFFSET,
    /** An option's length octet runs past the end of the header (RFC 9293 §3.1, §3.2). */
    OPTION_OVERRUN,
    /** A known option with an illegal length, e.g. zero or an MSS option of length 3 (RFC 9293 §3.2 MUST-7). */
    BAD_OPTION_LENGTH,
    /** Checksum mismatch over pseudo-header and segment (RFC 9293 §3.1). */
    BAD_CHECKSUM
}
