package org.offloadlab.tcp;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes the TCP option list (RFC 9293 §3.2, RFC 7323, RFC 2018). */
final class OptionCodec {

    static final int EOL = 0;
    static final int NOP = 1;
    static final int MSS = 2;
    static final int WSCALE = 3;
    static final int SACK_PERMITTED = 4;
    static final int SACK = 5;
    static final int TIMESTAMP = 8;
    static final int MAX_OPTION_SPACE = 40;

    private OptionCodec() {
    }

    /**
     * Walks the options in {@code [start, end)} of {@code buf} (absolute indices). Returns null if they are well
     * formed, otherwise the malformation; {@code errorOffset[0]} receives the offending index.
     */
    static Malformation check(ByteBuffer buf, int start, int end, int[] errorOffset) {
        int i = start;
        while (i < end) {
            int kind = buf.get(i) & 0xFF;
            if (kind == EOL) {
                return null; // the rest is padding (RFC 9293 §3.2)
            }
            if (kind == NOP) {
                i++;
                continue;
            }
            if (i + 1 >= end) {
                errorOffset[0] = i;
                return Malformation.OPTION_OVERRUN;
            }
            int len = buf.get(i + 1) & 0xFF;
            if (len < 2) {
                errorOffset[0] = i;
                return Malformation.BAD_OPTION_LENGTH;
            }
            if (i + len > end) {
                errorOffset[0] = i;
                return Malformation.OPTION_OVERRUN;
            }
            boolean ok = switch (kind) {
                case MSS -> len == 4;
                case WSCALE -> len == 3;
                case SACK_PERMITTED -> len == 2;
                case TIMESTAMP -> len == 10;
                case SACK -> len >= 10 && len <= 34 && (len - 2) % 8 == 0;
                default -> true;
            };
            if (!ok) {
                errorOffset[0] = i;
                return Malformation.BAD_OPTION_LENGTH;
            }
            i += len;
        }
        return null;
    }

    /** Decodes options already checked by {@link #check}; cannot fail. */
    static TcpOptions decode(ByteBuffer buf, int start, int end) {
        if (start == end) {
            return TcpOptions.NONE;
        }
        int mss = -1;
        int ws = -1;
        boolean sackOk = false;
        boolean ts = false;
        int tsVal = 0;
        int tsEcr = 0;
        List<SackBlock> blocks = List.of();
        List<UnknownOption> unknown = List.of();
        int i = start;
        while (i < end) {
            int kind = buf.get(i) & 0xFF;
            if (kind == EOL) {
                break;
            }
            if (kind == NOP) {
                i++;
                continue;
            }
            int len = buf.get(i + 1) & 0xFF;
            switch (kind) {
                case MSS -> mss = buf.getShort(i + 2) & 0xFFFF;
                case WSCALE -> ws = buf.get(i + 2) & 0xFF;
                case SACK_PERMITTED -> sackOk = true;
                case TIMESTAMP -> {
                    ts = true;
                    tsVal = buf.getInt(i + 2);
                    tsEcr = buf.getInt(i + 6);
                }
                case SACK -> {
                    List<SackBlock> list = new ArrayList<>();
                    for (int b = i + 2; b < i + len; b += 8) {
                        list.add(new SackBlock(buf.getInt(b), buf.getInt(b + 4)));
                    }
                    blocks = list;
                }
                default -> {
                    byte[] data = new byte[len - 2];
                    buf.get(i + 2, data);
                    if (unknown.isEmpty()) {
                        unknown = new ArrayList<>();
                    }
                    unknown.add(new UnknownOption(kind, data));
                }
            }
            i += len;
        }
        return new TcpOptions(mss, ws, sackOk, blocks, ts, tsVal, tsEcr, unknown);
    }

    /**
     * Octets the options take on the wire: Linux's NOP-aligned layout, or, when that would not fit the 40 octets of
     * option space, the same options packed without NOPs (a peer may send such a header legally, RFC 9293 §3.1, and
     * a parsed segment must be re-emittable).
     */
    static int encodedLength(TcpOptions o) {
        int aligned = alignedLength(o);
        return aligned <= MAX_OPTION_SPACE ? aligned : (packedLength(o) + 3) & ~3;
    }

    private static int packedLength(TcpOptions o) {
        int n = (o.mss() >= 0 ? 4 : 0) + (o.sackPermitted() ? 2 : 0) + (o.timestamps() ? 10 : 0)
                + (o.windowScale() >= 0 ? 3 : 0) + (o.sackBlocks().isEmpty() ? 0 : 2 + 8 * o.sackBlocks().size());
        for (UnknownOption u : o.unknown()) {
            n += u.wireLength();
        }
        return n;
    }

    private static int alignedLength(TcpOptions o) {
        int n = 0;
        if (o.mss() >= 0) {
            n += 4;
        }
        if (o.timestamps()) {
            n += 12; // SACK_PERM + TS, or NOP NOP TS
        } else if (o.sackPermitted()) {
            n += 4; // NOP NOP SACK_PERM
        }
        if (o.windowScale() >= 0) {
            n += 4;
        }
        if (!o.sackBlocks().isEmpty()) {
            n += 4 + 8 * o.sackBlocks().size();
        }
        for (UnknownOption u : o.unknown()) {
            n += u.wireLength();
        }
        return (n + 3) & ~3;
    }

    /**
     * Writes the options at the buffer's position in Linux order, padded with EOL to a multiple of 4; packed without
     * NOPs when the aligned layout would exceed the option space (see {@link #encodedLength}).
     */
    static void encode(TcpOptions o, ByteBuffer out) {
        int start = out.position();
        if (alignedLength(o) > MAX_OPTION_SPACE) {
            encodePacked(o, out);
            while (((out.position() - start) & 3) != 0) {
                out.put((byte) EOL);
            }
            return;
        }
        if (o.mss() >= 0) {
            out.put((byte) MSS).put((byte) 4).putShort((short) o.mss());
        }
        if (o.timestamps()) {
            if (o.sackPermitted()) {
                out.put((byte) SACK_PERMITTED).put((byte) 2);
            } else {
                out.put((byte) NOP).put((byte) NOP);
            }
            out.put((byte) TIMESTAMP).put((byte) 10).putInt(o.tsVal()).putInt(o.tsEcr());
        } else if (o.sackPermitted()) {
            out.put((byte) NOP).put((byte) NOP).put((byte) SACK_PERMITTED).put((byte) 2);
        }
        if (o.windowScale() >= 0) {
            out.put((byte) NOP).put((byte) WSCALE).put((byte) 3).put((byte) o.windowScale());
        }
        if (!o.sackBlocks().isEmpty()) {
            out.put((byte) NOP).put((byte) NOP).put((byte) SACK).put((byte) (2 + 8 * o.sackBlocks().size()));
            for (SackBlock b : o.sackBlocks()) {
                out.putInt(b.left()).putInt(b.right());
            }
        }
        for (UnknownOption u : o.unknown()) {
            out.put((byte) u.kind()).put((byte) u.wireLength()).put(u.data());
        }
        while (((out.position() - start) & 3) != 0) {
            out.put((byte) EOL);
        }
    }

    private static void encodePacked(TcpOptions o, ByteBuffer out) {
        if (o.mss() >= 0) {
            out.put((byte) MSS).put((byte) 4).putShort((short) o.mss());
        }
        if (o.sackPermitted()) {
            out.put((byte) SACK_PERMITTED).put((byte) 2);
        }
        if (o.timestamps()) {
            out.put((byte) TIMESTAMP).put((byte) 10).putInt(o.tsVal()).putInt(o.tsEcr());
        }
        if (o.windowScale() >= 0) {
            out.put((byte) WSCALE).put((byte) 3).put((byte) o.windowScale());
        }
        if (!o.sackBlocks().isEmpty()) {
            out.put((byte) SACK).put((byte) (2 + 8 * o.sackBlocks().size()));
            for (SackBlock b : o.sackBlocks()) {
                out.putInt(b.left()).putInt(b.right());
            }
        }
        for (UnknownOption u : o.unknown()) {
            out.put((byte) u.kind()).put((byte) u.wireLength()).put(u.data());
        }
    }
}
