package org.offloadlab.pcap;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes classic pcap files (draft-ietf-opsawg-pcap), buffered in 1 MiB, with microsecond or nanosecond timestamps.
 * Little-endian by default, as every current writer; big-endian on request, to test readers.
 */
public final class PcapWriter implements AutoCloseable {

    /** Timestamp resolution of the file; chosen by the magic number. */
    public enum Resolution {
        MICROS(0xA1B2C3D4, 1_000), NANOS(0xA1B23C4D, 1);

        final int magic;
        final int nanosPerUnit;

        Resolution(int magic, int nanosPerUnit) {
            this.magic = magic;
            this.nanosPerUnit = nanosPerUnit;
        }
    }

    public static final int DEFAULT_SNAPLEN = 262_144;
    private static final int BUFFER_SIZE = 1 << 20;

    private final FileChannel channel;
    private final ByteBuffer buffer;
    private final Resolution resolution;
    private final int snaplen;
    private long frames;

    private PcapWriter(FileChannel channel, int linkType, int snaplen, Resolution resolution, ByteOrder order)
            throws IOException {
        this.channel = channel;
        this.snaplen = snaplen;
        this.resolution = resolution;
        this.buffer = ByteBuffer.allocateDirect(BUFFER_SIZE).order(order);
        buffer.putInt(resolution.magic).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(snaplen)
                .putInt(linkType);
    }

    /** Microseconds, snaplen 262144, little-endian. */
    public static PcapWriter create(Path file, int linkType) throws IOException {
        return create(file, linkType, DEFAULT_SNAPLEN, Resolution.MICROS, ByteOrder.LITTLE_ENDIAN);
    }

    /** Creates or truncates {@code file} and writes the file header. */
    public static PcapWriter create(Path file, int linkType, int snaplen, Resolution resolution, ByteOrder order)
            throws IOException {
        if (snaplen <= 0) {
            throw new IllegalArgumentException("snaplen must be positive: " + snaplen);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        return new PcapWriter(channel, linkType, snaplen, resolution, order);
    }

    /**
     * Appends one record. Bytes beyond the snaplen are not written, as a capture tool would cut them.
     *
     * @param timestampNanos
     *            capture time in nanoseconds since the epoch (rounded down to µs for a µs file)
     * @param data
     *            the frame bytes
     * @param originalLength
     *            the frame's length on the wire, at least {@code data.length}
     */
    public void write(long timestampNanos, byte[] data, int originalLength) throws IOException {
        if (originalLength < data.length) {
            throw new IllegalArgumentException("original length " + originalLength + " < captured " + data.length);
        }
        int captured = Math.min(data.length, snaplen);
        long seconds = Math.floorDiv(timestampNanos, 1_000_000_000L);
        long fraction = Math.floorMod(timestampNanos, 1_000_000_000L) / resolution.nanosPerUnit;
        if (buffer.remaining() < 16) {
            flush();
        }
        buffer.putInt((int) seconds).putInt((int) fraction).putInt(captured).putInt(originalLength);
        if (captured <= buffer.remaining()) {
            buffer.put(data, 0, captured);
        } else {
            flush();
            if (captured <= buffer.remaining()) {
                buffer.put(data, 0, captured);
            } else {
                ByteBuffer big = ByteBuffer.wrap(data, 0, captured);
                while (big.hasRemaining()) {
                    channel.write(big);
                }
            }
        }
        frames++;
    }

    /** Same as {@code write(timestampNanos, data, data.length)}. */
    public void write(long timestampNanos, byte[] data) throws IOException {
        write(timestampNanos, data, data.length);
    }

    /** Copies a frame as read from another capture (its link type is not checked against this file's). */
    public void write(Frame frame) throws IOException {
        write(frame.timestampNanos(), frame.data(), Math.max(frame.originalLength(), frame.capturedLength()));
    }

    public long framesWritten() {
        return frames;
    }

    public void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    @Override
    public void close() throws IOException {
        try (FileChannel c = channel) {
            flush();
        }
    }
}
