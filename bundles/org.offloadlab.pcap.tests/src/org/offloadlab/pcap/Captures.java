package org.offloadlab.pcap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Small helpers for reading whole (small) captures in tests. */
final class Captures {

    private Captures() {
    }

    /** Every frame up to the end; the reader's exception, if any, propagates. */
    static List<Frame> readAll(CaptureReader reader) throws IOException {
        List<Frame> frames = new ArrayList<>();
        for (Frame f = reader.next(); f != null; f = reader.next()) {
            frames.add(f);
        }
        return frames;
    }

    /** Frames read before the reader stopped, and the exception that stopped it (or null). */
    record Outcome(List<Frame> frames, CaptureFormatException error) {
    }

    static Outcome readUntilError(CaptureReader reader) throws IOException {
        List<Frame> frames = new ArrayList<>();
        try {
            for (Frame f = reader.next(); f != null; f = reader.next()) {
                frames.add(f);
            }
            return new Outcome(frames, null);
        } catch (CaptureFormatException e) {
            return new Outcome(frames, e);
        }
    }
}
