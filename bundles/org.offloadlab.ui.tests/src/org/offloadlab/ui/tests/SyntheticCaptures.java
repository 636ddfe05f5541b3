package org.offloadlab.ui.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes pcap files too large to commit: many connections that each consist of one SYN. */
final class SyntheticCaptures {

    private static final int FRAME_LENGTH = 14 + 20 + 20;

    private SyntheticCaptures() {
    }

    /**
     * {@code connections} SYNs from distinct clients 10.x.y.z:40000 to 10.255.0.1:80, 10 µs apart, Ethernet link type,
     * checksums left zero (the analyzer does not check them by default).
     */
    static Path syns(Path file, int connections) throws IOException {
        ByteBuffer record = ByteBuffer.allocate(16 + FRAME_LENGTH);
        try (OutputStream out = Files.newOutputStream(file)) {
            ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
            header.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535)
                    .putInt(1);
            out.write(header.array());
            for (int i = 0; i < connections; i++) {
                long micros = 10L * i;
                record.clear();
                record.order(ByteOrder.LITTLE_ENDIAN);
                record.putInt((int) (1_764_000_000 + micros / 1_000_000)).putInt((int) (micros % 1_000_000))
                        .putInt(FRAME_LENGTH).putInt(FRAME_LENGTH);
                record.order(ByteOrder.BIG_ENDIAN);
                // Ethernet
                record.put(new byte[]{2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1}).putShort((short) 0x0800);
                // IPv4: 20-byte header, 40 bytes in all, don't fragment, TTL 64, TCP
                record.put((byte) 0x45).put((byte) 0).putShort((short) 40).putShort((short) i)
                        .putShort((short) 0x4000).put((byte) 64).put((byte) 6).putShort((short) 0);
                record.put((byte) 10).put((byte) (i >>> 16)).put((byte) (i >>> 8)).put((byte) i);
                record.put((byte) 10).put((byte) 255).put((byte) 0).put((byte) 1);
                // TCP: SYN, 20-byte header
                record.putShort((short) 40000).putShort((short) 80).putInt(1000 + i).putInt(0)
                        .put((byte) 0x50).put((byte) 0x02).putShort((short) 65535).putShort((short) 0)
                        .putShort((short) 0);
                out.write(record.array());
            }
        }
        return file;
    }
}
