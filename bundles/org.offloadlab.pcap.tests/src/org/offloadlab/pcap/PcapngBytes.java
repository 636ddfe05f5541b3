package org.offloadlab.pcap;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Hand-built pcapng (draft-ietf-opsawg-pcapng), one block at a time, in the current section's byte order. */
final class PcapngBytes {

    static final int SHB = 0x0A0D0D0A;
    static final int IDB = 1;
    static final int PB = 2;
    static final int SPB = 3;
    static final int NRB = 4;
    static final int ISB = 5;
    static final int EPB = 6;
    static final int DSB = 0x0A;
    static final int CUSTOM = 0x00000BAD;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteOrder order = ByteOrder.LITTLE_ENDIAN;

    /** Starts a section: a Section Header Block, version 1.0, unknown section length, one comment option. */
    PcapngBytes section(ByteOrder sectionOrder) {
        order = sectionOrder;
        ByteBuffer body = buffer(16).putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0).putLong(-1);
        return block(SHB, concat(body.array(), option(1, "test".getBytes()), endOfOptions()));
    }

    PcapngBytes interfaceBlock(int linkType, int snaplen, byte[]... options) {
        ByteBuffer fixed = buffer(8).putShort((short) linkType).putShort((short) 0).putInt(snaplen);
        byte[] opts = options.length == 0 ? new byte[0] : concat(concat(options), endOfOptions());
        return block(IDB, concat(fixed.array(), opts));
    }

    PcapngBytes enhanced(int interfaceId, long ticks, byte[] data, int originalLength) {
        ByteBuffer fixed = buffer(20).putInt(interfaceId).putInt((int) (ticks >>> 32)).putInt((int) ticks)
                .putInt(data.length).putInt(originalLength);
        return block(EPB, concat(fixed.array(), padded(data)));
    }

    PcapngBytes obsoletePacket(int interfaceId, long ticks, byte[] data, int originalLength) {
        ByteBuffer fixed = buffer(20).putShort((short) interfaceId).putShort((short) 0).putInt((int) (ticks >>> 32))
                .putInt((int) ticks).putInt(data.length).putInt(originalLength);
        return block(PB, concat(fixed.array(), padded(data)));
    }

    PcapngBytes simple(byte[] capturedData, int originalLength) {
        return block(SPB, concat(buffer(4).putInt(originalLength).array(), padded(capturedData)));
    }

    /** Any block: type, total length, body (padded to 4), total length. */
    PcapngBytes block(int type, byte[] body) {
        byte[] p = padded(body);
        out.writeBytes(buffer(8).putInt(type).putInt(12 + p.length).array());
        out.writeBytes(p);
        out.writeBytes(buffer(4).putInt(12 + p.length).array());
        return this;
    }

    /** Raw bytes, for damage. */
    PcapngBytes raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    int size() {
        return out.size();
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    byte[] option(int code, byte[] value) {
        return concat(buffer(4).putShort((short) code).putShort((short) value.length).array(), padded(value));
    }

    byte[] tsresol(int value) {
        return option(9, new byte[]{(byte) value});
    }

    byte[] tsoffset(long seconds) {
        return option(14, buffer(8).putLong(seconds).array());
    }

    private byte[] endOfOptions() {
        return new byte[4];
    }

    private ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(order);
    }

    private static byte[] padded(byte[] data) {
        byte[] p = new byte[(data.length + 3) / 4 * 4];
        System.arraycopy(data, 0, p, 0, data.length);
        return p;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            o.writeBytes(part);
        }
        return o.toByteArray();
    }
}
