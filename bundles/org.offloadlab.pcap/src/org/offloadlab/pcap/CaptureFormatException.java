package org.offloadlab.pcap;

import java.io.IOException;
import java.nio.file.Path;

/** The capture file is damaged or not a capture at all; says which file and where. */
public class CaptureFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final Path file;
    private final long offset;
    private final String reason;

    public CaptureFormatException(Path file, long offset, String reason) {
        super(file + ": at byte offset " + offset + ": " + reason);
        this.file = file;
        this.offset = offset;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** Byte offset in the file where the damage was detected (start of the damaged record or field). */
    public long offset() {
        return offset;
    }

    /** The problem alone, without file and offset. */
    public String reason() {
        return reason;
    }
}
