package org.offloadlab.pcap;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.offloadlab.pcap.internal.Libpcap;

/**
 * Without libpcap the user is told what to install. Simulated by pointing pcap4j's library property at a file that does
 * not exist: the check runs before pcap4j itself is touched, so nothing global is damaged.
 */
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class MissingLibpcapTest {

    @TempDir
    Path dir;

    private String saved;

    @BeforeEach
    void pointAtNothing() {
        saved = System.getProperty(Libpcap.LIBRARY_NAME_PROPERTY);
        System.setProperty(Libpcap.LIBRARY_NAME_PROPERTY, dir.resolve("libpcap.so.404").toString());
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(Libpcap.LIBRARY_NAME_PROPERTY);
        } else {
            System.setProperty(Libpcap.LIBRARY_NAME_PROPERTY, saved);
        }
    }

    @Test
    void openWithPcap4jSaysToInstallLibpcap() throws IOException {
        Path file = dir.resolve("one.pcap");
        try (PcapWriter w = PcapWriter.create(file, LinkType.ETHERNET)) {
            w.write(0, new byte[60]);
        }
        IOException e = assertThrows(IOException.class, () -> CaptureFiles.openWithPcap4j(file));
        assertTrue(e.getMessage().contains("libpcap0.8"), e.getMessage());
        assertTrue(Files.exists(file));
    }

    @Test
    void bpfCompileSaysToInstallLibpcap() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> BpfFilter.compile("tcp"));
        assertTrue(e.getMessage().contains("libpcap0.8"), e.getMessage());
    }
}
