package org.offloadlab.pcap.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.offloadlab.pcap.CaptureFormat;
import org.offloadlab.pcap.CaptureFormatException;
import org.offloadlab.pcap.Frame;

/**
 * pcapng files (draft-ietf-opsawg-pcapng): a sequence of sections, each a Section Header Block in its own byte order
 * followed by Interface Description Blocks and packet blocks. Enhanced, Simple and the obsolete Packet Block yield
 * frames; every other block type (name resolution, statistics, decryption secrets, custom, unknown) is skipped by its
 * length, as §3.1 requires. Every block's two length fields must agree before anything in it is trusted.
 */
final class PcapngStreamReader extends StreamReader {

    static final int SECTION_HEADER = 0x0A0D0D0A;
    static final int INTERFACE_DESCRIPTION = 1;
    static final int PACKET_OBSOLETE = 2;
    static final int SIMPLE_PACKET = 3;
    static final int ENHANCED_PACKET = 6;
    static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;

    private static final int OPT_ENDOFOPT = 0;
    private static final int IF_TSRESOL = 9;
    private static final int IF_TSOFFSET = 14;

    /** Block type and Block Total Length lead every block; the length is repeated at its end. */
    private static final int BLOCK_HEADER = 8;
    private static final int MIN_BLOCK = 12;

    private final List<PcapngInterface> interfaces = new ArrayList<>();

    private PcapngStreamReader(Path file, FileInput in) {
        super(file, in);
    }

    /** {@code in} is at offset 0 and its first four bytes are the Section Header Block type. */
    static PcapngStreamReader open(Path file, FileInput in) throws IOException {
        PcapngStreamReader reader = new PcapngStreamReader(file, in);
        reader.readSectionHeader(0);
        return reader;
    }

    @Override
    public CaptureFormat format() {
        return CaptureFormat.PCAPNG;
    }

    @Override
    Frame readFrame() throws IOException {
        while (true) {
            long offset = in.position();
            int available = in.ensure(BLOCK_HEADER);
            if (available == 0) {
                return null;
            }
            if (available < BLOCK_HEADER) {
                throw damaged(offset, "file ends inside a block header: " + available + " of " + BLOCK_HEADER
                        + " bytes present");
            }
            ByteBuffer b = in.buffer();
            int type = b.getInt(in.index());
            if (type == SECTION_HEADER) {
                readSectionHeader(offset);
                continue;
            }
            long length = blockLength(offset, Integer.toUnsignedLong(b.getInt(in.index() + 4)));
            switch (type) {
                case ENHANCED_PACKET, PACKET_OBSOLETE, SIMPLE_PACKET -> {
                    return readPacket(offset, type, length);
                }
                case INTERFACE_DESCRIPTION -> readInterface(offset, length);
                default -> endBlock(offset, length);
            }
        }
    }

    /** Checks the leading Block Total Length against the rules every block obeys (§3.1). */
    private long blockLength(long offset, long length) throws CaptureFormatException {
        if (length < MIN_BLOCK) {
            throw damaged(offset, "block total length " + length + " is below the minimum of " + MIN_BLOCK);
        }
        if (length % 4 != 0) {
            throw damaged(offset, "block total length " + length + " is not a multiple of 4");
        }
        long present = in.size() - offset;
        if (length > present) {
            throw damaged(offset, "file ends inside a block: its length is " + length + " bytes, " + present
                    + " present");
        }
        return length;
    }

    /** Verifies the trailing Block Total Length and moves past the block. */
    private void endBlock(long offset, long length) throws IOException {
        long trailer = Integer.toUnsignedLong(peekInt(offset + length - 4));
        if (trailer != length) {
            throw damaged(offset,
                    "block total lengths differ: " + length + " at the start, " + trailer + " at the end");
        }
        in.seek(offset + length);
    }

    /** Reads an int at a file offset inside a block whose length was checked against the file size. */
    private int peekInt(long fileOffset) throws IOException {
        long relative = fileOffset - in.position();
        if (relative >= 0 && relative + 4 <= in.buffered()) {
            return in.buffer().getInt(in.index() + (int) relative);
        }
        in.seek(fileOffset);
        in.ensure(4);
        return in.buffer().getInt(in.index());
    }

    /** A new section: byte order from the byte-order magic, and a fresh set of interfaces (§4.1). */
    private void readSectionHeader(long offset) throws IOException {
        // type, length, byte-order magic, major and minor version: enough to decide, before any index is taken
        int available = in.ensure(16);
        if (available < 16) {
            throw damaged(offset, "file ends inside a Section Header Block: " + available + " bytes present");
        }
        ByteBuffer b = in.buffer();
        int i = in.index();
        int magic = b.order(ByteOrder.BIG_ENDIAN).getInt(i + 8);
        if (magic == BYTE_ORDER_MAGIC) {
            in.order(ByteOrder.BIG_ENDIAN);
        } else if (magic == Integer.reverseBytes(BYTE_ORDER_MAGIC)) {
            in.order(ByteOrder.LITTLE_ENDIAN);
        } else {
            throw damaged(offset, "Section Header Block has no valid byte-order magic (0x"
                    + Integer.toHexString(magic) + ")");
        }
        long length = blockLength(offset, Integer.toUnsignedLong(b.getInt(i + 4)));
        if (length < 28) {
            throw damaged(offset, "Section Header Block of " + length + " bytes is shorter than its 28 fixed bytes");
        }
        int major = b.getShort(i + 12) & 0xFFFF;
        int minor = b.getShort(i + 14) & 0xFFFF;
        if (major != 1) {
            throw damaged(offset, "unsupported pcapng version " + major + "." + minor);
        }
        interfaces.clear();
        endBlock(offset, length);
    }

    private void readInterface(long offset, long length) throws IOException {
        if (length < 20) {
            throw damaged(offset,
                    "Interface Description Block of " + length + " bytes is shorter than its 20 fixed bytes");
        }
        if (length > in.capacity()) {
            throw damaged(offset, "Interface Description Block of " + length + " bytes is implausibly large");
        }
        in.ensure((int) length);
        ByteBuffer b = in.buffer();
        int i = in.index();
        int linkType = b.getShort(i + 8) & 0xFFFF;
        long snaplen = Integer.toUnsignedLong(b.getInt(i + 12));
        int tsresol = 6;
        long tsoffset = 0;
        int pos = i + 16;
        int end = i + (int) length - 4;
        while (pos + 4 <= end) {
            int code = b.getShort(pos) & 0xFFFF;
            int optionLength = b.getShort(pos + 2) & 0xFFFF;
            if (code == OPT_ENDOFOPT) {
                break;
            }
            if (pos + 4 + optionLength > end) {
                throw damaged(offset, "Interface Description Block option " + code + " runs past the block end");
            }
            if (code == IF_TSRESOL && optionLength == 1) {
                tsresol = b.get(pos + 4) & 0xFF;
            } else if (code == IF_TSOFFSET && optionLength == 8) {
                tsoffset = b.getLong(pos + 4);
            }
            pos += 4 + (optionLength + 3 & ~3);
        }
        TimestampScale scale;
        try {
            scale = tsresol == 6 && tsoffset == 0 ? TimestampScale.MICROS : TimestampScale.of(tsresol, tsoffset);
        } catch (IllegalArgumentException e) {
            throw damaged(offset, "Interface Description Block: " + e.getMessage());
        }
        endBlock(offset, length);
        interfaces.add(new PcapngInterface(linkType, snaplen, scale, maxCapturedLength(snaplen)));
    }

    /** Enhanced (§4.3), Simple (§4.4) or obsolete Packet Block (Appendix A). */
    private Frame readPacket(long offset, int type, long length) throws IOException {
        int dataStart = type == SIMPLE_PACKET ? 12 : 28;
        String name = type == SIMPLE_PACKET
                ? "Simple Packet Block"
                : type == ENHANCED_PACKET ? "Enhanced Packet Block" : "Packet Block";
        if (length < dataStart + 4) {
            throw damaged(offset, name + " of " + length + " bytes is shorter than its fixed fields");
        }
        in.ensure((int) Math.min(length, in.capacity()));
        ByteBuffer b = in.buffer();
        int i = in.index();
        long interfaceId;
        long ticks = 0;
        long captured;
        long original;
        if (type == SIMPLE_PACKET) {
            interfaceId = 0;
            original = Integer.toUnsignedLong(b.getInt(i + 8));
            captured = -1;
        } else {
            interfaceId = type == ENHANCED_PACKET
                    ? Integer.toUnsignedLong(b.getInt(i + 8))
                    : b.getShort(i + 8) & 0xFFFF;
            ticks = Integer.toUnsignedLong(b.getInt(i + 12)) << 32 | Integer.toUnsignedLong(b.getInt(i + 16));
            captured = Integer.toUnsignedLong(b.getInt(i + 20));
            original = Integer.toUnsignedLong(b.getInt(i + 24));
        }
        if (interfaceId >= interfaces.size()) {
            throw damaged(offset, name + " refers to interface " + interfaceId + " but the section describes "
                    + interfaces.size());
        }
        PcapngInterface iface = interfaces.get((int) interfaceId);
        long room = length - dataStart - 4;
        if (type == SIMPLE_PACKET) {
            // §4.4: the captured length is implied by the block, the original length and interface 0's snaplen
            captured = Math.min(original, room);
            if (iface.snaplen() > 0) {
                captured = Math.min(captured, iface.snaplen());
            }
        } else if (captured > room) {
            throw damaged(offset, name + " claims " + captured + " captured bytes but has room for " + room);
        }
        if (captured > iface.maxCaptured()) {
            throw damaged(offset, name + " claims " + captured + " captured bytes, more than the maximum of "
                    + iface.maxCaptured() + " (snaplen " + iface.snaplen() + ")");
        }
        long trailer = Integer.toUnsignedLong(peekInt(offset + length - 4));
        if (trailer != length) {
            throw damaged(offset,
                    "block total lengths differ: " + length + " at the start, " + trailer + " at the end");
        }
        int count = (int) captured;
        byte[] data = new byte[count];
        in.seek(offset + dataStart);
        if (count <= in.buffered()) {
            in.buffer().get(in.index(), data, 0, count);
        } else if (in.read(data, 0, count) < count) {
            throw damaged(offset, "file ends inside the packet data");
        }
        in.seek(offset + length);
        long nanos = type == SIMPLE_PACKET ? 0 : iface.timestamps().toNanos(ticks);
        int originalLength = (int) Math.min(original, Integer.MAX_VALUE);
        return new Frame(nextFrameNumber(), nanos, iface.linkType(), (int) interfaceId, originalLength, data, offset);
    }
}
