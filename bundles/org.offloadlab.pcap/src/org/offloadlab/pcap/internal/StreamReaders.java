package org.offloadlab.pcap.internal;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Optional;

import org.offloadlab.pcap.CaptureFormat;
import org.offloadlab.pcap.CaptureFormatException;
import org.offloadlab.pcap.CaptureReader;

/** Opens the pure-Java reader that fits a file's magic number. */
public final class StreamReaders {

    private StreamReaders() {
    }

    public static CaptureReader open(Path file) throws IOException {
        return open(file, FileInput.DEFAULT_CAPACITY);
    }

    /**
     * @param bufferCapacity
     *            window size in bytes; tests use small windows to exercise the refill paths
     */
    public static CaptureReader open(Path file, int bufferCapacity) throws IOException {
        FileInput in = new FileInput(file, Math.max(bufferCapacity, 64));
        try {
            return switch (detect(file, in)) {
                case PCAP -> PcapStreamReader.open(file, in);
                case PCAPNG -> PcapngStreamReader.open(file, in);
            };
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Tells pcap from pcapng by the first four bytes; anything else is not a capture. */
    static CaptureFormat detect(Path file, FileInput in) throws IOException {
        if (in.size() == 0) {
            throw new CaptureFormatException(file, 0, "empty file (0 bytes): not a pcap or pcapng capture");
        }
        int available = in.ensure(4);
        if (available < 4) {
            throw new CaptureFormatException(file, 0,
                    "file of " + available + " bytes is too short to be a pcap or pcapng capture");
        }
        int magic = in.buffer().order(ByteOrder.BIG_ENDIAN).getInt(in.index());
        return formatOf(magic).orElseThrow(() -> new CaptureFormatException(file, 0,
                "not a pcap or pcapng capture (first bytes " + String.format("%02x %02x %02x %02x", magic >>> 24,
                        magic >> 16 & 0xFF, magic >> 8 & 0xFF, magic & 0xFF) + ")"));
    }

    /**
     * @param magicBigEndian
     *            the file's first four bytes read big-endian
     */
    public static Optional<CaptureFormat> formatOf(int magicBigEndian) {
        if (magicBigEndian == PcapngStreamReader.SECTION_HEADER) {
            return Optional.of(CaptureFormat.PCAPNG);
        }
        for (int magic : new int[]{PcapStreamReader.MAGIC_MICROS, PcapStreamReader.MAGIC_NANOS}) {
            if (magicBigEndian == magic || magicBigEndian == Integer.reverseBytes(magic)) {
                return Optional.of(CaptureFormat.PCAP);
            }
        }
        return Optional.empty();
    }
}
