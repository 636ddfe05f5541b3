package org.offloadlab.pcap.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.offloadlab.pcap.CaptureFormatException;
import org.offloadlab.pcap.CaptureReader;
import org.offloadlab.pcap.Frame;

/**
 * What the pure-Java readers share: the file window, frame numbering, and the rule that after reporting damage the
 * reader only returns {@code null}.
 */
abstract sealed class StreamReader implements CaptureReader permits PcapStreamReader, PcapngStreamReader {

    /** Wireshark's limit for most link types (WTAP_MAX_PACKET_SIZE_STANDARD); a larger snaplen raises it. */
    static final int STANDARD_MAX_CAPTURED = 256 * 1024;
    /** Never allocate more than this for one frame, whatever a header claims. */
    static final int HARD_MAX_CAPTURED = 64 * 1024 * 1024;

    final Path file;
    final FileInput in;
    private long frameCount;
    private boolean done;

    StreamReader(Path file, FileInput in) {
        this.file = file;
        this.in = in;
    }

    /** The largest captured length accepted from a record of an interface with this snaplen (0 = unknown). */
    static int maxCapturedLength(long snaplen) {
        return (int) Math.min(HARD_MAX_CAPTURED, Math.max(snaplen, STANDARD_MAX_CAPTURED));
    }

    @Override
    public final Path file() {
        return file;
    }

    @Override
    public final Frame next() throws IOException {
        if (done) {
            return null;
        }
        Frame frame;
        try {
            frame = readFrame();
        } catch (IOException | RuntimeException e) {
            done = true;
            throw e;
        }
        if (frame == null) {
            done = true;
        }
        return frame;
    }

    /** @return the next frame, or {@code null} at a clean end of file */
    abstract Frame readFrame() throws IOException;

    long nextFrameNumber() {
        return ++frameCount;
    }

    CaptureFormatException damaged(long offset, String reason) {
        return new CaptureFormatException(file, offset, reason);
    }

    /** Reads {@code length} frame bytes at the current position; the caller has checked that the file holds them. */
    byte[] readData(long recordOffset, int length) throws IOException {
        byte[] data = new byte[length];
        int n = in.read(data, 0, length);
        if (n < length) {
            // the file shrank under us
            throw damaged(recordOffset, "file ends inside the packet data: " + n + " of " + length + " bytes present");
        }
        return data;
    }

    @Override
    public final long position() {
        return in.position();
    }

    @Override
    public final long size() {
        return in.size();
    }

    @Override
    public final void close() throws IOException {
        done = true;
        in.close();
    }
}
