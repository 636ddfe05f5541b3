package org.offloadlab.ui.internal.session;

import java.util.Set;

/** Told about changes of a {@link CaptureSession}, always on the UI thread, with bursts of changes merged into one. */
@FunctionalInterface
public interface SessionListener {

    /** What changed since the last notification. */
    enum Change {
        /** The capture, its loading phase, result or status. */
        CAPTURE,
        /** The selected connection. */
        SELECTION
    }

    void sessionChanged(CaptureSnapshot snapshot, Set<Change> changes);
}
