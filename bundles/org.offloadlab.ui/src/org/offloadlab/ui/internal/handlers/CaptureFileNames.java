package org.offloadlab.ui.internal.handlers;

import java.util.Locale;

/** What a capture file is called. */
public final class CaptureFileNames {

    private CaptureFileNames() {
    }

    /** Ends in {@code .pcap}, {@code .pcapng} or {@code .cap}, in any case. */
    public static boolean isCapture(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".pcap") || lower.endsWith(".pcapng") || lower.endsWith(".cap");
    }
}
