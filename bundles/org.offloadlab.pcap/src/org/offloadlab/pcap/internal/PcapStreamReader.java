package org.offloadlab.pcap.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import org.offloadlab.pcap.CaptureFormat;
import org.offloadlab.pcap.CaptureFormatException;
import org.offloadlab.pcap.Frame;

/**
 * Classic libpcap files (draft-ietf-opsawg-pcap): a 24-byte file header, then 16-byte record headers each followed by
 * the captured bytes. The magic number tells the byte order and whether the fraction field counts microseconds or
 * nanoseconds.
 */
final class PcapStreamReader extends StreamReader {

    static final int MAGIC_MICROS = 0xA1B2C3D4;
    static final int MAGIC_NANOS = 0xA1B23C4D;
    static final int FILE_HEADER_LENGTH = 24;
    static final int RECORD_HEADER_LENGTH = 16;

    private final int linkType;
    private final long snaplen;
    private final int fractionToNanos;
    private final int maxCaptured;

    private PcapStreamReader(Path file, FileInput in, int linkType, long snaplen, boolean nanos) {
        super(file, in);
        this.linkType = linkType;
        this.snaplen = snaplen;
        this.fractionToNanos = nanos ? 1 : 1000;
        this.maxCaptured = maxCapturedLength(snaplen);
    }

    /** Reads the file header; {@code in} is at offset 0 and its first four bytes are a pcap magic. */
    static PcapStreamReader open(Path file, FileInput in) throws IOException {
        int available = in.ensure(FILE_HEADER_LENGTH);
        if (available < FILE_HEADER_LENGTH) {
            throw new CaptureFormatException(file, 0,
                    "pcap file header cut short: " + available + " of " + FILE_HEADER_LENGTH + " bytes");
        }
        ByteBuffer b = in.buffer();
        int magicBigEndian = b.order(ByteOrder.BIG_ENDIAN).getInt(0);
        boolean swappedToLittle = magicBigEndian == Integer.reverseBytes(MAGIC_MICROS)
                || magicBigEndian == Integer.reverseBytes(MAGIC_NANOS);
        in.order(swappedToLittle ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int magic = b.getInt(0);
        // version (4..7) and thiszone/sigfigs (8..15) are ignored, as libpcap does: thiszone is always 0 in practice
        long snaplen = Integer.toUnsignedLong(b.getInt(16));
        // bits 26..31 of the link-type field carry FCS information, not the link type
        int linkType = b.getInt(20) & 0x03FF_FFFF;
        in.advance(FILE_HEADER_LENGTH);
        return new PcapStreamReader(file, in, linkType, snaplen, magic == MAGIC_NANOS);
    }

    @Override
    public CaptureFormat format() {
        return CaptureFormat.PCAP;
    }

    /** The file header's link type. */
    int linkType() {
        return linkType;
    }

    long snaplen() {
        return snaplen;
    }

    @Override
    Frame readFrame() throws IOException {
        long recordOffset = in.position();
        int available = in.ensure(RECORD_HEADER_LENGTH);
        if (available == 0) {
            return null;
        }
        if (available < RECORD_HEADER_LENGTH) {
            throw damaged(recordOffset, "file ends inside a record header: " + available + " of "
                    + RECORD_HEADER_LENGTH + " bytes present");
        }
        ByteBuffer b = in.buffer();
        int i = in.index();
        long seconds = Integer.toUnsignedLong(b.getInt(i));
        long fraction = Integer.toUnsignedLong(b.getInt(i + 4));
        long captured = Integer.toUnsignedLong(b.getInt(i + 8));
        long original = Integer.toUnsignedLong(b.getInt(i + 12));
        in.advance(RECORD_HEADER_LENGTH);
        if (captured > maxCaptured) {
            throw damaged(recordOffset, "record claims " + captured + " captured bytes, more than the maximum of "
                    + maxCaptured + " (snaplen " + snaplen + ")");
        }
        if (captured > in.remaining()) {
            throw damaged(recordOffset, "file ends inside the packet data: record claims " + captured + " bytes, "
                    + in.remaining() + " present");
        }
        int length = (int) captured;
        byte[] data;
        if (length <= in.buffered()) {
            // fast path: the whole record is in the window
            data = new byte[length];
            b.get(in.index(), data, 0, length);
            in.advance(length);
        } else {
            data = readData(recordOffset, length);
        }
        // caplen > len is a writer bug; both values are kept as written, as tshark shows them (frame.len, cap_len)
        int originalLength = (int) Math.min(original, Integer.MAX_VALUE);
        long nanos = seconds * 1_000_000_000L + fraction * fractionToNanos;
        return new Frame(nextFrameNumber(), nanos, linkType, 0, originalLength, data, recordOffset);
    }
}
