package org.offloadlab.failover;

import java.util.Objects;

import org.offloadlab.nic.OffloadAdapter;
import org.offloadlab.sim.Simulator;

/**
 * An offload adapter offered to the host, the service contract of the failover bundle: in an OSGi framework a driver
 * registers one per adapter it finds, and withdraws it when the adapter goes away (hot-unplug); the failover component
 * plugs each into the host's {@link FailoverController} and turns the withdrawal of the active one into a failover
 * (docs/FAILOVER.md, "OSGi service"). Plain Java: nothing here depends on OSGi.
 *
 * @param name
 *            the adapter's name, unique within its controller
 * @param role
 *            whether it carries the connections first or waits to take over
 * @param adapter
 *            the adapter itself
 * @param simulator
 *            the simulator it runs in, whose clock dates the withdrawal
 * @param controller
 *            the failover controller of the host the adapter is plugged into, already wired to the host driver and the
 *            link (everything but {@link FailoverController#addAdapter} and {@link FailoverController#start})
 */
public record AdapterService(String name, Role role, OffloadAdapter adapter, Simulator simulator,
        FailoverController controller) {

    /** What an adapter is for at the host. */
    public enum Role {
        /** Carries the connections until it fails; one per controller. */
        PRIMARY,
        /** Takes over when the adapter before it fails, in the order the standbys were offered. */
        STANDBY
    }

    public AdapterService {
        Objects.requireNonNull(name, "adapter service: name");
        Objects.requireNonNull(role, "adapter service: role");
        Objects.requireNonNull(adapter, "adapter service: adapter");
        Objects.requireNonNull(simulator, "adapter service: simulator");
        Objects.requireNonNull(controller, "adapter service: controller");
        if (name.isBlank()) {
            throw new IllegalArgumentException("adapter service: the name must not be blank");
        }
    }
}
