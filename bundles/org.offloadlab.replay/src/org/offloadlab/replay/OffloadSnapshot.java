package org.offloadlab.replay;

import org.offloadlab.pcap.Endpoint;
import org.offloadlab.tcp.HardState;
import org.offloadlab.tcp.HardStateCodec;

/**
 * What the adapter holds for one connection at one moment: the {@link HardState} a failover must recover from the host
 * (its data arrays left empty: a tap sees the payload, but the snapshot records only how much there is), the amount of
 * unacknowledged send data the host must supply again, and the soft state that would be lost.
 *
 * @param connection
 *            the connection's index in the capture analysis
 * @param local
 *            the side the adapter terminates
 * @param remote
 *            the peer
 * @param timeNanos
 *            capture time of the snapshot
 * @param hardState
 *            the hard state (sequence numbers as on the wire)
 * @param unackedSendBytes
 *            octets sent by the local side and not yet acknowledged: they must be retransmittable after a failover
 * @param soft
 *            the soft state estimate
 */
public record OffloadSnapshot(int connection, Endpoint local, Endpoint remote, long timeNanos, HardState hardState,
        long unackedSendBytes, SoftEstimate soft) {

    /** Size of the hard state once serialized for recovery: the fixed record plus the send data to recover. */
    public long hardStateBytes() {
        return HardStateCodec.encode(hardState).length + unackedSendBytes;
    }
}
