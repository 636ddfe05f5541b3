package org.offloadlab.sim.app;

/**
 * Counters of a workload, updated as it runs. A connection is <em>completed</em> when both ends saw the other's end of
 * stream, closed normally, and the integrity check passed: each direction's receiver got exactly the octets the sender
 * queued (count, every octet against the pattern, and the running CRC-32C of each side). Otherwise it <em>failed</em>,
 * with the reason counted.
 */
public final class WorkloadStats {

    long opened;
    long established;
    long completed;
    long failed;
    long refused;
    long reset;
    long timedOut;
    long integrityFailures;
    long bytesSent;
    long bytesReceived;
    long mismatchedBytes;
    long requests;
    long firstByteNanos = -1;
    long lastByteNanos = -1;
    final LatencyHistogram latency = new LatencyHistogram();

    /** Connections opened (connect calls). */
    public long opened() {
        return opened;
    }

    /** Connections whose handshake completed at the client. */
    public long established() {
        return established;
    }

    public long completed() {
        return completed;
    }

    public long failed() {
        return failed;
    }

    public long refused() {
        return refused;
    }

    public long reset() {
        return reset;
    }

    public long timedOut() {
        return timedOut;
    }

    /** Connections that closed normally but whose streams did not match what was sent. */
    public long integrityFailures() {
        return integrityFailures;
    }

    /** Octets the applications queued, both directions. */
    public long bytesSent() {
        return bytesSent;
    }

    /** Octets the applications received, both directions. */
    public long bytesReceived() {
        return bytesReceived;
    }

    /** Received octets that differed from the pattern. */
    public long mismatchedBytes() {
        return mismatchedBytes;
    }

    /** Request/response exchanges completed. */
    public long requests() {
        return requests;
    }

    /** Request latencies (request queued → last response octet received); empty for workloads without requests. */
    public LatencyHistogram latency() {
        return latency;
    }

    /** Virtual time of the first and last octet received by any application, -1 if none. */
    public long firstByteNanos() {
        return firstByteNanos;
    }

    public long lastByteNanos() {
        return lastByteNanos;
    }

    /** Application-level throughput (goodput) in bit/s between the first and the last received octet. */
    public double goodputBitsPerSecond() {
        long span = lastByteNanos - firstByteNanos;
        return span <= 0 ? 0 : bytesReceived * 8e9 / span;
    }

    /** Whether every opened connection completed with intact data. */
    public boolean allIntact() {
        return completed == opened && failed == 0 && mismatchedBytes == 0 && integrityFailures == 0;
    }

    @Override
    public String toString() {
        return "opened=" + opened + " established=" + established + " completed=" + completed + " failed=" + failed
                + " (refused=" + refused + " reset=" + reset + " timedOut=" + timedOut + " integrity="
                + integrityFailures + ") sent=" + bytesSent + " received=" + bytesReceived + " mismatched="
                + mismatchedBytes + (requests > 0 ? " requests=" + requests + " latency[" + latency + "]" : "");
    }
}
