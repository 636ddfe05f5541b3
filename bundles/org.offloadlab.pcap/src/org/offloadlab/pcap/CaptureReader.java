package org.offloadlab.pcap;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A forward-only stream of frames from a capture file. Memory use does not depend on the file's size.
 * <p>
 * On damage the reader throws {@link CaptureFormatException} naming the file and byte offset; every frame returned
 * before that stays valid, and further calls to {@link #next()} return {@code null}.
 */
public interface CaptureReader extends AutoCloseable {

    Path file();

    CaptureFormat format();

    /** @return the next frame, or {@code null} at the end of the capture (or after damage was reported) */
    Frame next() throws IOException;

    /** Bytes of the file consumed so far, for progress reporting. */
    long position();

    /** Size of the file in bytes. */
    long size();

    @Override
    void close() throws IOException;
}
