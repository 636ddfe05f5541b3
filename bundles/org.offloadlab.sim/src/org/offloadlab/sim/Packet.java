package org.offloadlab.sim;

import org.offloadlab.tcp.Segment;

/**
 * What travels on a simulated link: a TCP segment between two hosts (opaque {@code int} addresses, as in
 * {@link org.offloadlab.tcp.TcpStack}), its size on the wire for bandwidth accounting, and whether the link corrupted
 * it. A corrupted packet arrives but fails the receiver's checksum check (RFC 9293 §3.1), which is what the engine
 * would do with the damaged bytes; a corruption the 16-bit checksum misses is not modelled.
 */
public record Packet(int sourceHost, int destinationHost, Segment segment, int wireBytes, boolean corrupted) {

    /** IPv4 (20) + Ethernet framing (14 + 4 FCS + 8 preamble + 12 inter-frame gap) bytes around the TCP segment. */
    public static final int FRAMING_OVERHEAD = 20 + 38;

    /** A packet for {@code segment} with Ethernet/IPv4 framing overhead added to its TCP length. */
    public static Packet of(int sourceHost, int destinationHost, Segment segment) {
        return new Packet(sourceHost, destinationHost, segment, segment.wireLength() + FRAMING_OVERHEAD, false);
    }

    /** This packet, damaged in transit. */
    public Packet corrupt() {
        return new Packet(sourceHost, destinationHost, segment, wireBytes, true);
    }
}
