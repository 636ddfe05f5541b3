package org.offloadlab.nic;

/**
 * The host bus (PCIe-like) between host and adapter, one independent channel per direction (PCIe links are full
 * duplex). A transaction of {@code n} payload bytes occupies its direction for (n + overhead) / bandwidth and arrives
 * {@code latencyNanos} after it left; a read (DMA read, the adapter fetching commands or send data) costs a request and
 * a completion, so twice the latency.
 *
 * @param latencyNanos
 *            one-way latency of a posted transaction (MMIO write, DMA write, MSI-X)
 * @param bytesPerSecond
 *            payload bandwidth per direction
 * @param transactionOverheadBytes
 *            header and framing per transaction (PCIe TLP header, DLLP, framing), counted in bus bytes
 */
public record BusModel(long latencyNanos, long bytesPerSecond, int transactionOverheadBytes) {

    public BusModel {
        if (latencyNanos < 0 || bytesPerSecond <= 0 || transactionOverheadBytes < 0) {
            throw new IllegalArgumentException(
                    "bad bus model: latency " + latencyNanos + " ns, " + bytesPerSecond + " B/s, overhead "
                            + transactionOverheadBytes);
        }
    }

    /**
     * PCIe 3.0 x8: ~7.9 GB/s per direction after 128b/130b encoding (8 GT/s × 8 lanes); 24 bytes per transaction
     * (16-byte 4DW TLP header + 8 bytes DLLP/framing); 400 ns one way — see docs/NIC.md for the sources.
     */
    public static BusModel pcieGen3x8() {
        return new BusModel(400, 7_880_000_000L, 24);
    }

    /** Nanoseconds a transaction of {@code bytes} payload occupies one direction. */
    public long transferNanos(int bytes) {
        return (long) ((bytes + transactionOverheadBytes) * 1e9 / bytesPerSecond);
    }
}
