package org.offloadlab.pcap.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A forward window over a file: one reusable direct buffer filled by positional {@link FileChannel} reads, so memory
 * stays constant however large the file is. Readers parse headers straight from {@link #buffer()} at {@link #index()},
 * which is cheaper than any stream abstraction; only frame payloads are copied out.
 */
final class FileInput implements Closeable {

    /** Large enough that almost every record fits, so the slow path in {@link #read} stays rare. */
    static final int DEFAULT_CAPACITY = 1 << 20;

    private final FileChannel channel;
    private final long size;
    private final ByteBuffer buffer;
    /** File offset of {@code buffer[0]}. */
    private long bufferStart;
    private int index;
    private int limit;

    FileInput(Path file, int capacity) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            this.size = channel.size();
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        this.buffer = ByteBuffer.allocateDirect(capacity);
    }

    long size() {
        return size;
    }

    /** File offset of the next unread byte. */
    long position() {
        return bufferStart + index;
    }

    long remaining() {
        return size - position();
    }

    int capacity() {
        return buffer.capacity();
    }

    /** The window; valid bytes are {@code [index(), index() + buffered())}. Absolute get/put only. */
    ByteBuffer buffer() {
        return buffer;
    }

    int index() {
        return index;
    }

    int buffered() {
        return limit - index;
    }

    void order(ByteOrder order) {
        buffer.order(order);
    }

    /**
     * Makes at least {@code n} bytes available at {@link #index()} unless the file ends first.
     *
     * @param n
     *            at most {@link #capacity()}
     * @return the bytes now available, {@code < n} only at the end of the file
     */
    int ensure(int n) throws IOException {
        if (limit - index >= n) {
            return limit - index;
        }
        if (n > buffer.capacity()) {
            throw new IllegalArgumentException(n + " bytes do not fit the " + buffer.capacity() + "-byte window");
        }
        if (index > 0) {
            // compact: keep the unread tail, move the window forward
            buffer.limit(limit).position(index);
            buffer.compact();
            bufferStart += index;
            limit -= index;
            index = 0;
        }
        buffer.limit(buffer.capacity()).position(limit);
        while (limit < n) {
            int r = channel.read(buffer, bufferStart + limit);
            if (r < 0) {
                break;
            }
            limit += r;
        }
        return limit - index;
    }

    void advance(int n) {
        index += n;
    }

    /** Moves to a file offset at or after the window start; forward jumps beyond the window just drop it. */
    void seek(long offset) {
        long relative = offset - bufferStart;
        if (relative >= 0 && relative <= limit) {
            index = (int) relative;
        } else {
            bufferStart = offset;
            index = 0;
            limit = 0;
        }
    }

    /**
     * Copies {@code length} bytes from the current position into {@code dst} and advances past them. Bytes already
     * buffered are copied; anything beyond the window is read from the channel straight into {@code dst}.
     *
     * @return bytes copied, {@code < length} only at the end of the file
     */
    int read(byte[] dst, int offset, int length) throws IOException {
        int fromBuffer = Math.min(length, limit - index);
        buffer.get(index, dst, offset, fromBuffer);
        index += fromBuffer;
        int done = fromBuffer;
        if (done < length) {
            long filePos = position();
            ByteBuffer target = ByteBuffer.wrap(dst, offset + done, length - done);
            while (target.hasRemaining()) {
                int r = channel.read(target, filePos + (target.position() - offset - done));
                if (r < 0) {
                    break;
                }
            }
            int direct = target.position() - offset - done;
            done += direct;
            seek(filePos + direct);
        }
        return done;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
