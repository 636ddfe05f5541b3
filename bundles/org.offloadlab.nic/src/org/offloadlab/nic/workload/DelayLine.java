package org.offloadlab.nic.workload;

import org.offloadlab.sim.PacketReceiver;
import org.offloadlab.sim.Simulator;

/** A lossless wire with a fixed one-way delay and no bandwidth limit: the minimal link for establishment loads. */
public final class DelayLine {

    private DelayLine() {
    }

    /** A receiver that hands each packet to {@code target} {@code delayNanos} later. */
    public static PacketReceiver to(Simulator sim, long delayNanos, PacketReceiver target) {
        if (delayNanos < 0) {
            throw new IllegalArgumentException("negative delay: " + delayNanos);
        }
        return (p, now) -> sim.at(now + delayNanos, t -> target.receive(p, t));
    }
}
