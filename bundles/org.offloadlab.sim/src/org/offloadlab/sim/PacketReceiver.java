package org.offloadlab.sim;

/** The far end of a link direction: a NIC port, a peer host, a switch. */
@FunctionalInterface
public interface PacketReceiver {

    void receive(Packet packet, long nowNanos);
}
