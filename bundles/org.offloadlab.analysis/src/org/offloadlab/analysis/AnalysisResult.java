package org.offloadlab.analysis;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a passive analysis learnt from one capture. Immutable.
 *
 * @param file
 *            the capture analysed
 * @param format
 *            "pcap" or "pcapng"
 * @param linkTypes
 *            link types seen, by name
 * @param frames
 *            frames read
 * @param tcpFrames
 *            frames decoded as TCP (and passing the filter, when one was given)
 * @param otherFrames
 *            frames that were not TCP or did not pass the filter
 * @param malformedFrames
 *            frames whose headers could not be decoded
 * @param firstTimestampNanos
 *            first frame's time, -1 when empty
 * @param lastTimestampNanos
 *            last frame's time, -1 when empty
 * @param connections
 *            connections in {@link ConnectionSummary#index()} order
 * @param problems
 *            damage and decoding problems, in file order (bounded: at most 1000 kept, then counted)
 * @param problemsDropped
 *            problems counted but not kept
 * @param complete
 *            false when reading stopped early (damage or cancellation)
 * @param cancelled
 *            the user cancelled
 */
public record AnalysisResult(Path file, String format, List<String> linkTypes, long frames, long tcpFrames,
        long otherFrames, long malformedFrames, long firstTimestampNanos, long lastTimestampNanos,
        List<ConnectionSummary> connections, List<CaptureProblem> problems, long problemsDropped, boolean complete,
        boolean cancelled) {

    /** True when the file was damaged (a fatal problem was met). */
    public boolean damaged() {
        return problems.stream().anyMatch(CaptureProblem::fatal);
    }
}
