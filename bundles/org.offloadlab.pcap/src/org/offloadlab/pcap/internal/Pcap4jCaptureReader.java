package org.offloadlab.pcap.internal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.util.concurrent.TimeoutException;

import org.offloadlab.pcap.CaptureFormat;
import org.offloadlab.pcap.CaptureFormatException;
import org.offloadlab.pcap.CaptureReader;
import org.offloadlab.pcap.Frame;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapHandle.TimestampPrecision;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.Pcaps;

/**
 * The same {@link CaptureReader} contract over libpcap ({@code pcap_open_offline_with_tstamp_precision} through
 * pcap4j), to cross-check the pure-Java reader and to compare speed. libpcap does not say where it is in the file:
 * {@link #position()} and {@link Frame#fileOffset()} are exact for classic pcap and estimates (offset -1) for pcapng.
 */
public final class Pcap4jCaptureReader implements CaptureReader {

    private final Path file;
    private final CaptureFormat format;
    private final long size;
    private final PcapHandle handle;
    private final int linkType;
    private long frameCount;
    private long position;
    private boolean done;

    private Pcap4jCaptureReader(Path file, CaptureFormat format, long size, PcapHandle handle, int linkType) {
        this.file = file;
        this.format = format;
        this.size = size;
        this.handle = handle;
        this.linkType = linkType;
        this.position = format == CaptureFormat.PCAP ? PcapStreamReader.FILE_HEADER_LENGTH : 0;
    }

    /**
     * @throws IOException
     *             saying to install libpcap0.8 when libpcap cannot be loaded; {@link CaptureFormatException} when
     *             libpcap rejects the file
     */
    public static CaptureReader open(Path file) throws IOException {
        CaptureFormat format;
        long size;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            size = channel.size();
            ByteBuffer magic = ByteBuffer.allocate(4).order(ByteOrder.BIG_ENDIAN);
            while (magic.hasRemaining() && channel.read(magic) >= 0) {
                // read the first four bytes
            }
            format = magic.hasRemaining() ? null : StreamReaders.formatOf(magic.getInt(0)).orElse(null);
        }
        try {
            Libpcap.ensureLoadable();
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
        try {
            PcapHandle handle = Pcaps.openOffline(file.toString(), TimestampPrecision.NANO);
            if (format == null) {
                handle.close();
                throw new CaptureFormatException(file, 0, "libpcap opened a file that is neither pcap nor pcapng");
            }
            return new Pcap4jCaptureReader(file, format, size, handle, Libpcap.linkTypeOfDlt(handle.getDlt().value()));
        } catch (PcapNativeException e) {
            throw new CaptureFormatException(file, 0, "libpcap: " + e.getMessage());
        } catch (LinkageError e) {
            throw new IOException(Libpcap.notLoadable(e).getMessage(), e);
        }
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public CaptureFormat format() {
        return format;
    }

    @Override
    public Frame next() throws IOException {
        if (done) {
            return null;
        }
        byte[] data;
        try {
            data = handle.getNextRawPacketEx();
        } catch (EOFException e) {
            done = true;
            position = size;
            return null;
        } catch (PcapNativeException | NotOpenException | TimeoutException e) {
            // an offline handle never times out; treat it like any other failure
            done = true;
            throw new CaptureFormatException(file, position, "libpcap: " + e.getMessage());
        }
        Timestamp ts = handle.getTimestamp();
        long nanos = Math.floorDiv(ts.getTime(), 1000L) * 1_000_000_000L + ts.getNanos();
        long offset = format == CaptureFormat.PCAP ? position : -1;
        // pcapng: at least an Enhanced Packet Block's 32 bytes of framing; an estimate for progress only
        position = Math.min(size,
                position + data.length + (format == CaptureFormat.PCAP ? 16 : 32 + (-data.length & 3)));
        return new Frame(++frameCount, nanos, linkType, 0, handle.getOriginalLength().intValue(), data, offset);
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void close() {
        done = true;
        if (handle.isOpen()) {
            handle.close();
        }
    }
}
