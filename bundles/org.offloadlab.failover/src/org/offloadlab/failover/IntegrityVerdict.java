package org.offloadlab.failover;

/**
 * End-to-end check of every byte stream, both directions, from the workload's own accounting (each receiver compares
 * every octet with the sender's pattern at its offset and a running CRC-32C). {@code bytesLost}: octets the
 * applications wrote that never reached the other application; {@code bytesDuplicated}: octets received beyond what was
 * sent; {@code bytesReordered}: octets received at an offset where the pattern differs (misplaced — reordered,
 * duplicated or lost inside a stream); {@code connectionsReset}: connections that ended by reset or timeout. Aggregated
 * over all streams (a loss in one stream and a duplicate in another do not cancel in {@code bytesReordered} or
 * {@code connectionsReset}, see docs/FAILOVER.md).
 */
public record IntegrityVerdict(boolean ok, long connections, long completed, long bytesSent, long bytesReceived,
        long bytesLost, long bytesDuplicated, long bytesReordered, long connectionsReset, boolean finished) {

    static IntegrityVerdict of(org.offloadlab.sim.app.WorkloadStats s, boolean finished) {
        long lost = Math.max(0, s.bytesSent() - s.bytesReceived());
        long dup = Math.max(0, s.bytesReceived() - s.bytesSent());
        long reordered = s.mismatchedBytes();
        long resets = s.reset() + s.timedOut();
        boolean ok = finished && lost == 0 && dup == 0 && reordered == 0 && resets == 0 && s.integrityFailures() == 0;
        return new IntegrityVerdict(ok, s.opened(), s.completed(), s.bytesSent(), s.bytesReceived(), lost, dup,
                reordered, resets, finished);
    }
}
