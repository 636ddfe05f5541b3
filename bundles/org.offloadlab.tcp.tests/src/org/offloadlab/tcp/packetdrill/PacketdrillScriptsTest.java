package org.offloadlab.tcp.packetdrill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offloadlab.testing.TestCaptures;

/** Every committed script under {@code packetdrill/} passes against the engine (Linux defaults). */
class PacketdrillScriptsTest {

    static Path dir() {
        return TestCaptures.root().resolve("bundles/org.offloadlab.tcp.tests/packetdrill");
    }

    static List<Path> scripts() throws IOException {
        try (Stream<Path> s = Files.list(dir())) {
            List<Path> all = s.filter(p -> p.toString().endsWith(".pkt")).sorted().toList();
            assertTrue(all.size() >= 20, "at least 20 scripts, found " + all.size());
            return all;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void scriptPasses(Path script) {
        ScriptResult r = PacketdrillRunner.run(script);
        assertEquals(ScriptResult.Status.PASS, r.status(), r.summary());
    }
}
