package org.offloadlab.pcap.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class LibpcapTest {

    @Test
    void findsVersionedLibrariesForTheFallback() {
        // Debian's libpcap0.8 ships libpcap.so.0.8 without the unversioned libpcap.so (that is in libpcap-dev)
        Path debian = Path.of("/usr/lib/x86_64-linux-gnu/libpcap.so.0.8");
        Assumptions.assumeTrue(Files.exists(debian), "not a Debian amd64 machine with libpcap0.8");
        List<Path> candidates = Libpcap.versionedCandidates();
        assertTrue(candidates.contains(debian), candidates.toString());
        candidates.forEach(p -> assertTrue(p.getFileName().toString().startsWith("libpcap.so."), p.toString()));
    }

    @Test
    void libpcapIsLoadableHere() {
        Libpcap.ensureLoadable();
    }

    @Test
    void rawIpIsTheOneLinkTypeWhoseDltDiffers() {
        assertEquals(101, Libpcap.linkTypeOfDlt(12));
        assertEquals(12, Libpcap.dltOfLinkType(101));
        for (int same : new int[]{0, 1, 108, 113, 228, 229, 276}) {
            assertEquals(same, Libpcap.linkTypeOfDlt(same));
            assertEquals(same, Libpcap.dltOfLinkType(same));
        }
    }
}
