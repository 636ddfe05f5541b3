package org.offloadlab.replay;

import java.util.Locale;

/** How a capture is replayed into the emulated adapter. */
public enum ReplayMode {
    /** The adapter watches both directions like a tap and tracks the state it would hold; it never reacts. */
    MONITOR,
    /** The adapter's TCP engine plays one endpoint against the capture's other endpoint; responses are compared. */
    CONFORMANCE,
    /** Application behaviour from the capture is re-simulated with both ends reactive. */
    TRACE;

    /** Parses the CLI spelling ({@code monitor}, {@code conformance}, {@code trace}). */
    public static ReplayMode parse(String text) {
        for (ReplayMode m : values()) {
            if (m.name().toLowerCase(Locale.ROOT).equals(text)) {
                return m;
            }
        }
        throw new IllegalArgumentException(
                "unknown replay mode '" + text + "' (expected monitor, conformance or trace)");
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
