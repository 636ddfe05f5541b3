package org.offloadlab.nic;

import org.offloadlab.tcp.HardState;

/**
 * One established connection as a notification reports it: the adapter's connection id, the 4-tuple and the hard state
 * at establishment (ISS, IRS, negotiated MSS, window scales, SACK and timestamps, timestamp offset). It is all the host
 * needs to own the connection and to start its hard-state shadow. On the bus it is {@link #BYTES} bytes.
 */
public record EstablishedEntry(int tid, int localAddress, int localPort, int remoteHost, int remotePort,
        HardState hardState, long synArrivalNanos) {

    /** Size of one record in a notification (4-tuple 12 B, tid 4 B, ISS/IRS 8 B, options and windows ~40 B). */
    public static final int BYTES = 64;
}
