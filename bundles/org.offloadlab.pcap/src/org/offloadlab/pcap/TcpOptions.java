package org.offloadlab.pcap;

import java.util.List;

/**
 * The options of one TCP header, parsed. Absent values are -1 (or false / empty).
 *
 * @param mss
 *            MSS option (RFC 9293 §3.7.1), or -1
 * @param windowScale
 *            window-scale shift count (RFC 7323 §2), or -1
 * @param sackPermitted
 *            SACK-permitted option present (RFC 2018 §2)
 * @param sackBlocks
 *            SACK blocks in header order (RFC 2018 §3)
 * @param timestampValue
 *            TSval (RFC 7323 §3), or -1 when there is no timestamp option
 * @param timestampEcho
 *            TSecr, or -1 when there is no timestamp option
 * @param unknown
 *            options the decoder does not interpret, kept verbatim
 * @param malformed
 *            the option area could not be parsed to its end (bad length byte); what came before is kept
 */
public record TcpOptions(int mss, int windowScale, boolean sackPermitted, List<SackBlock> sackBlocks,
        long timestampValue, long timestampEcho, List<UnknownOption> unknown, boolean malformed) {

    public static final TcpOptions NONE = new TcpOptions(-1, -1, false, List.of(), -1, -1, List.of(), false);

    public boolean hasTimestamps() {
        return timestampValue >= 0;
    }

    /** A SACK block: sequence numbers, modulo 2^32, left edge inclusive and right edge exclusive. */
    public record SackBlock(long left, long right) {
    }

    /** An option kind the decoder does not interpret, with its data (without kind and length bytes). */
    public record UnknownOption(int kind, byte[] data) {
    }
}
