package org.offloadlab.pcap.internal;

import static org.offloadlab.pcap.internal.Bytes.u16;
import static org.offloadlab.pcap.internal.Bytes.u32;
import static org.offloadlab.pcap.internal.Bytes.u8;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.offloadlab.pcap.TcpOptions;
import org.offloadlab.pcap.TcpOptions.SackBlock;
import org.offloadlab.pcap.TcpOptions.UnknownOption;

/**
 * The TCP option area (RFC 9293 §3.1, §3.2): kind-only EOL and NOP, everything else kind-length-value. A length that is
 * impossible for its kind, or runs past the area, stops parsing with {@code malformed} set; options before it are kept.
 */
final class TcpOptionsParser {

    static final int EOL = 0;
    static final int NOP = 1;
    static final int MSS = 2;
    static final int WINDOW_SCALE = 3;
    static final int SACK_PERMITTED = 4;
    static final int SACK = 5;
    static final int TIMESTAMPS = 8;

    private int mss = -1;
    private int windowScale = -1;
    private boolean sackPermitted;
    private List<SackBlock> sackBlocks = List.of();
    private long timestampValue = -1;
    private long timestampEcho = -1;
    private List<UnknownOption> unknown = List.of();
    /** Why parsing stopped early, else {@code null}. */
    private String problem;

    private TcpOptionsParser() {
    }

    /** @return the options and, when malformed, why */
    static Result parse(byte[] d, int from, int to) {
        if (from >= to) {
            return new Result(TcpOptions.NONE, null);
        }
        TcpOptionsParser p = new TcpOptionsParser();
        p.run(d, from, to);
        TcpOptions options = new TcpOptions(p.mss, p.windowScale, p.sackPermitted, p.sackBlocks, p.timestampValue,
                p.timestampEcho, p.unknown, p.problem != null);
        return new Result(options, p.problem);
    }

    record Result(TcpOptions options, String problem) {
    }

    private void run(byte[] d, int from, int to) {
        int pos = from;
        while (pos < to) {
            int kind = u8(d, pos);
            if (kind == EOL) {
                return;
            }
            if (kind == NOP) {
                pos++;
                continue;
            }
            if (pos + 1 >= to) {
                problem = "TCP option " + kind + " has no length byte";
                return;
            }
            int length = u8(d, pos + 1);
            if (length < 2 || pos + length > to) {
                problem = "TCP option " + kind + " has length " + length + ", " + (to - pos) + " bytes left";
                return;
            }
            if (!accept(d, pos, kind, length)) {
                problem = "TCP option " + kind + " has invalid length " + length;
                return;
            }
            pos += length;
        }
    }

    private boolean accept(byte[] d, int pos, int kind, int length) {
        switch (kind) {
            case MSS -> { // RFC 9293 §3.7.1, RFC 6691
                if (length != 4) {
                    return false;
                }
                mss = u16(d, pos + 2);
            }
            case WINDOW_SCALE -> { // RFC 7323 §2.2; a shift above 14 is kept as sent, the receiver clamps it
                if (length != 3) {
                    return false;
                }
                windowScale = u8(d, pos + 2);
            }
            case SACK_PERMITTED -> { // RFC 2018 §2
                if (length != 2) {
                    return false;
                }
                sackPermitted = true;
            }
            case SACK -> { // RFC 2018 §3: 1..4 blocks of two 32-bit edges
                if (length < 10 || (length - 2) % 8 != 0) {
                    return false;
                }
                List<SackBlock> blocks = new ArrayList<>(sackBlocks);
                for (int i = pos + 2; i < pos + length; i += 8) {
                    blocks.add(new SackBlock(u32(d, i), u32(d, i + 4)));
                }
                sackBlocks = List.copyOf(blocks);
            }
            case TIMESTAMPS -> { // RFC 7323 §3.2
                if (length != 10) {
                    return false;
                }
                timestampValue = u32(d, pos + 2);
                timestampEcho = u32(d, pos + 6);
            }
            default -> {
                List<UnknownOption> list = new ArrayList<>(unknown);
                list.add(new UnknownOption(kind, Arrays.copyOfRange(d, pos + 2, pos + length)));
                unknown = List.copyOf(list);
            }
        }
        return true;
    }
}
