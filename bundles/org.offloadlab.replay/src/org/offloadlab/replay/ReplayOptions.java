package org.offloadlab.replay;

/**
 * How to replay a capture.
 *
 * @param mode
 *            monitor, conformance or trace-driven
 * @param endpoint
 *            which side of each connection the adapter terminates
 * @param bpfFilter
 *            a BPF (tcpdump) filter applied before anything else, or {@code null}
 * @param failAt
 *            when the adapter fails, or {@code null} for never
 * @param sampleIntervalNanos
 *            capture time between samples of the adapter's held state (the series is thinned to at most
 *            {@link #MAX_SAMPLES} samples by doubling the interval)
 * @param pacer
 *            real-time pacing, {@link Pacer#NONE} for as fast as possible
 */
public record ReplayOptions(ReplayMode mode, EndpointSelector endpoint, String bpfFilter, FailurePoint failAt,
        long sampleIntervalNanos, Pacer pacer) {

    /** Upper bound on the held-state series length, so memory does not grow with capture duration. */
    public static final int MAX_SAMPLES = 4096;

    public ReplayOptions {
        if (mode == null) {
            mode = ReplayMode.MONITOR;
        }
        if (endpoint == null) {
            endpoint = EndpointSelector.SERVERS;
        }
        if (sampleIntervalNanos <= 0) {
            sampleIntervalNanos = 10_000_000L;
        }
        if (pacer == null) {
            pacer = Pacer.NONE;
        }
    }

    /** Monitor mode on the servers, no filter, no failure, as fast as possible. */
    public static ReplayOptions monitor() {
        return new ReplayOptions(ReplayMode.MONITOR, EndpointSelector.SERVERS, null, null, 0, null);
    }

    public ReplayOptions withEndpoint(EndpointSelector e) {
        return new ReplayOptions(mode, e, bpfFilter, failAt, sampleIntervalNanos, pacer);
    }

    public ReplayOptions withFailAt(FailurePoint f) {
        return new ReplayOptions(mode, endpoint, bpfFilter, f, sampleIntervalNanos, pacer);
    }

    public ReplayOptions withBpfFilter(String filter) {
        return new ReplayOptions(mode, endpoint, filter, failAt, sampleIntervalNanos, pacer);
    }

    public ReplayOptions withPacer(Pacer p) {
        return new ReplayOptions(mode, endpoint, bpfFilter, failAt, sampleIntervalNanos, p);
    }
}
