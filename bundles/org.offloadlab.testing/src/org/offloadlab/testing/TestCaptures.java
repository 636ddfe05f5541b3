package org.offloadlab.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the test captures are. The committed real captures live in this bundle's {@code captures/} folder (made by
 * {@code releng/captures/make-captures.sh}); the team's shared reference captures, when present, sit beside the
 * checkout in {@code ../shared/captures}. Found through the {@code offloadlab.root} system property, which the build
 * sets, or by walking up from the working directory.
 */
public final class TestCaptures {

    private TestCaptures() {
    }

    /** The repository root. */
    public static Path root() {
        String property = System.getProperty("offloadlab.root");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("bundles/org.offloadlab.testing"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the OffloadLab checkout: set -Doffloadlab.root");
    }

    /** The committed captures folder. */
    public static Path dir() {
        return root().resolve("bundles/org.offloadlab.testing/captures");
    }

    /** A committed capture (or its ground-truth file) by file name. */
    public static Path capture(String fileName) {
        Path p = dir().resolve(fileName);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("no committed test capture " + p);
        }
        return p;
    }

    /** The damaged captures used by bad-input tests. */
    public static Path malformed(String fileName) {
        return capture("malformed/" + fileName);
    }

    /** The shared reference captures beside the checkout, if this machine has them. */
    public static Optional<Path> sharedDir() {
        Path p = root().resolveSibling("shared").resolve("captures");
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }

    /** Every {@code .pcap}/{@code .pcapng} directly in {@code dir} that has a {@code NAME.streams.csv} beside it. */
    public static List<Path> capturesWithTruth(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return (n.endsWith(".pcap") || n.endsWith(".pcapng"))
                        && Files.isRegularFile(dir.resolve(baseName(n) + ".streams.csv"));
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File name without the {@code .pcap}/{@code .pcapng} extension. */
    public static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }
}
