package org.offloadlab.pcap;

import java.io.IOException;
import java.nio.file.Path;

import org.offloadlab.pcap.internal.Pcap4jCaptureReader;
import org.offloadlab.pcap.internal.StreamReaders;

/** Opens capture files for reading. */
public final class CaptureFiles {

    private CaptureFiles() {
    }

    /**
     * Opens a classic pcap (µs or ns, either byte order) or pcapng file with the pure-Java streaming reader, chosen by
     * the file's magic number. Memory use is constant whatever the file size.
     *
     * @throws CaptureFormatException
     *             when the file is empty, too short, or not a capture (offset 0)
     */
    public static CaptureReader open(Path file) throws IOException {
        return StreamReaders.open(file);
    }

    /**
     * Opens the file through libpcap (pcap4j), for cross-checking and benchmarking. Frames carry no pcapng interface id
     * (always 0), and their {@link Frame#fileOffset()} is -1 for pcapng, where libpcap does not tell it.
     *
     * @throws IOException
     *             telling to install the Debian package libpcap0.8 when libpcap cannot be loaded
     * @throws CaptureFormatException
     *             when libpcap rejects the file
     */
    public static CaptureReader openWithPcap4j(Path file) throws IOException {
        return Pcap4jCaptureReader.open(file);
    }
}
