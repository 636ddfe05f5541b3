package org.offloadlab.pcap.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.sun.jna.NativeLibrary;

/**
 * Makes sure pcap4j can load libpcap before anything touches it. pcap4j asks JNA for the library named by the system
 * property {@value #LIBRARY_NAME_PROPERTY} (default {@code pcap}). JNA finds {@code libpcap.so}, and on Linux also a
 * versioned {@code libpcap.so.N} through ldconfig's cache; only when neither works (no ldconfig cache, a minimal image)
 * is the property pointed at a versioned file found in the usual library directories. The property is the only way to
 * steer pcap4j; it is set at most once and never overrides a value someone else chose.
 */
public final class Libpcap {

    public static final String LIBRARY_NAME_PROPERTY = "org.pcap4j.core.pcapLibName";
    public static final String INSTALL_HINT = "install the Debian package libpcap0.8 (apt-get install libpcap0.8)";

    private static final List<String> LIBRARY_DIRECTORIES = List.of("/usr/lib/x86_64-linux-gnu",
            "/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/lib/aarch64-linux-gnu", "/usr/lib64", "/lib64",
            "/usr/local/lib", "/usr/lib", "/lib");

    private Libpcap() {
    }

    /**
     * @throws IllegalStateException
     *             saying to install libpcap0.8 when no libpcap can be loaded
     */
    public static void ensureLoadable() {
        String configured = System.getProperty(LIBRARY_NAME_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            if (!canLoad(configured)) {
                throw new IllegalStateException("libpcap \"" + configured + "\" (system property "
                        + LIBRARY_NAME_PROPERTY + ") cannot be loaded: " + INSTALL_HINT);
            }
            return;
        }
        if (canLoad("pcap")) {
            return;
        }
        for (Path candidate : versionedCandidates()) {
            if (canLoad(candidate.toString())) {
                System.setProperty(LIBRARY_NAME_PROPERTY, candidate.toString());
                return;
            }
        }
        throw new IllegalStateException("libpcap not found: " + INSTALL_HINT);
    }

    /**
     * Explains a failure to initialise pcap4j: the install advice when libpcap itself is missing, else the cause (for
     * example slf4j, which pcap4j's classes need, missing from the runtime).
     */
    public static IllegalStateException notLoadable(LinkageError error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UnsatisfiedLinkError) {
                return new IllegalStateException("libpcap cannot be loaded (" + t.getMessage() + "): " + INSTALL_HINT,
                        error);
            }
        }
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new IllegalStateException("pcap4j cannot be initialised: " + root, error);
    }

    private static boolean canLoad(String name) {
        try {
            NativeLibrary.getInstance(name);
            return true;
        } catch (LinkageError e) {
            // UnsatisfiedLinkError from JNA, or JNA's own native part missing
            return false;
        }
    }

    /** {@code libpcap.so.*} files, newest version first. */
    static List<Path> versionedCandidates() {
        List<Path> found = new ArrayList<>();
        for (String dir : LIBRARY_DIRECTORIES) {
            Path d = Path.of(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> files = Files.list(d)) {
                files.filter(p -> p.getFileName().toString().startsWith("libpcap.so.")).sorted(
                        Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).forEach(found::add);
            } catch (IOException e) {
                // an unreadable directory is simply not a candidate
            }
        }
        return found;
    }

    /** libpcap reports DLT_* values; a few differ from the LINKTYPE_* values files and {@code Frame} use. */
    public static int linkTypeOfDlt(int dlt) {
        return switch (dlt) {
            case 12 -> 101; // DLT_RAW (not OpenBSD) → LINKTYPE_RAW
            case 11 -> 100; // DLT_ATM_RFC1483
            default -> dlt;
        };
    }

    /** The DLT_* value libpcap's {@code pcap_open_dead} wants for a LINKTYPE_* value. */
    public static int dltOfLinkType(int linkType) {
        return switch (linkType) {
            case 101 -> 12;
            case 100 -> 11;
            default -> linkType;
        };
    }
}
