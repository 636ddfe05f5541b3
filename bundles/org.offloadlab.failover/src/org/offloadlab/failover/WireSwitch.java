package org.offloadlab.failover;

import org.offloadlab.sim.Packet;
import org.offloadlab.sim.PacketReceiver;

/**
 * The host's end of the wire: delivers arriving packets to the active adapter, or — while a failover blocks reception
 * (EP1609063 step 1) — drops them and counts them, so no adapter answers a segment of a connection whose state is being
 * recovered (a substitute without the state would reset it).
 */
final class WireSwitch implements PacketReceiver {

    private PacketReceiver target;
    private boolean blocked;
    private long droppedWhileBlocked;

    WireSwitch(PacketReceiver target) {
        this.target = target;
    }

    void block() {
        blocked = true;
    }

    void route(PacketReceiver to) {
        target = to;
        blocked = false;
    }

    long droppedWhileBlocked() {
        return droppedWhileBlocked;
    }

    @Override
    public void receive(Packet packet, long nowNanos) {
        if (blocked) {
            droppedWhileBlocked++;
        } else {
            target.receive(packet, nowNanos);
        }
    }
}
