package org.offloadlab.nic;

import java.nio.ByteBuffer;

/**
 * Where received in-order data goes in host memory: the seam where the DMA buffer manager (buffer groups, zero-copy,
 * delayed DMA) plugs in. The adapter calls it once per delivery and counts one DMA write of the placed bytes.
 */
@FunctionalInterface
public interface DataPlacement {

    /**
     * Places {@code data} (position to limit) for connection {@code tid} into host memory and returns the host buffer
     * holding it, which the RX_DATA completion hands to the driver.
     */
    byte[] place(int tid, ByteBuffer data);

    /** The trivial placement: a copy into a fresh host buffer (one copy per delivery). */
    static DataPlacement copyToHostMemory() {
        return (tid, data) -> {
            if (data.hasArray() && data.arrayOffset() == 0 && data.position() == 0
                    && data.remaining() == data.array().length) {
                return data.array(); // the adapter's staging buffer already is a fresh host buffer
            }
            byte[] b = new byte[data.remaining()];
            data.get(b);
            return b;
        };
    }
}
