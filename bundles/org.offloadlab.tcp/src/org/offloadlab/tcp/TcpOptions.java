package org.offloadlab.tcp;

import java.util.List;

/**
 * The parsed options of one segment. Absent numeric options are {@code -1}. Emission uses Linux's option order (MSS,
 * SACK-permitted+timestamps, window scale, SACK blocks, then unknown options) so that segments compare byte for byte
 * with a Linux peer's.
 *
 * @param mss
 *            Maximum Segment Size (RFC 9293 §3.7.1), SYN only, or -1
 * @param windowScale
 *            window scale shift count (RFC 7323 §2), SYN only, or -1
 * @param sackPermitted
 *            SACK-permitted (RFC 2018 §2), SYN only
 * @param sackBlocks
 *            SACK blocks (RFC 2018 §3), at most 4
 * @param timestamps
 *            whether the timestamps option (RFC 7323 §3) is present
 * @param tsVal
 *            TSval when {@code timestamps}
 * @param tsEcr
 *            TSecr when {@code timestamps}
 * @param unknown
 *            options not interpreted, in wire order
 */
public record TcpOptions(int mss, int windowScale, boolean sackPermitted, List<SackBlock> sackBlocks,
        boolean timestamps, int tsVal, int tsEcr, List<UnknownOption> unknown) {

    /** No options at all. */
    public static final TcpOptions NONE = new TcpOptions(-1, -1, false, List.of(), false, 0, 0, List.of());

    public TcpOptions {
        sackBlocks = List.copyOf(sackBlocks);
        unknown = List.copyOf(unknown);
        if (sackBlocks.size() > 4) {
            throw new IllegalArgumentException("at most 4 SACK blocks fit in the option space");
        }
    }

    public TcpOptions withMss(int value) {
        return new TcpOptions(value, windowScale, sackPermitted, sackBlocks, timestamps, tsVal, tsEcr, unknown);
    }

    public TcpOptions withWindowScale(int shift) {
        return new TcpOptions(mss, shift, sackPermitted, sackBlocks, timestamps, tsVal, tsEcr, unknown);
    }

    public TcpOptions withSackPermitted(boolean value) {
        return new TcpOptions(mss, windowScale, value, sackBlocks, timestamps, tsVal, tsEcr, unknown);
    }

    public TcpOptions withSackBlocks(List<SackBlock> blocks) {
        return new TcpOptions(mss, windowScale, sackPermitted, blocks, timestamps, tsVal, tsEcr, unknown);
    }

    public TcpOptions withTimestamps(int val, int ecr) {
        return new TcpOptions(mss, windowScale, sackPermitted, sackBlocks, true, val, ecr, unknown);
    }

    public TcpOptions withoutTimestamps() {
        return new TcpOptions(mss, windowScale, sackPermitted, sackBlocks, false, 0, 0, unknown);
    }

    public TcpOptions withUnknown(List<UnknownOption> options) {
        return new TcpOptions(mss, windowScale, sackPermitted, sackBlocks, timestamps, tsVal, tsEcr, options);
    }

    /** Octets these options take on the wire, padded to a multiple of 4. */
    public int wireLength() {
        return OptionCodec.encodedLength(this);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("<");
        if (mss >= 0) {
            b.append("mss ").append(mss).append(',');
        }
        if (sackPermitted) {
            b.append("sackOK,");
        }
        if (timestamps) {
            b.append("TS val ").append(Integer.toUnsignedString(tsVal)).append(" ecr ")
                    .append(Integer.toUnsignedString(tsEcr)).append(',');
        }
        if (windowScale >= 0) {
            b.append("wscale ").append(windowScale).append(',');
        }
        if (!sackBlocks.isEmpty()) {
            b.append("sack ").append(sackBlocks).append(',');
        }
        for (UnknownOption u : unknown) {
            b.append(u).append(',');
        }
        if (b.length() > 1) {
            b.setLength(b.length() - 1);
        }
        return b.append('>').toString();
    }
}
