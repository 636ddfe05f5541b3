package org.offloadlab.analysis;

import org.offloadlab.pcap.Frame;
import org.offloadlab.pcap.TcpSegment;

/**
 * Sees every TCP segment of an analysis run together with the connection the analysis filed it under, so another
 * pass-through consumer (the replay monitor) uses exactly the analysis's connection boundaries instead of re-deriving
 * them.
 */
@FunctionalInterface
public interface PacketListener {

    /**
     * @param connection
     *            the connection's {@link ConnectionSummary#index()}
     * @param fromA
     *            the segment was sent by the connection's side {@code a}
     */
    void segment(int connection, boolean fromA, TcpSegment segment, Frame frame);
}
