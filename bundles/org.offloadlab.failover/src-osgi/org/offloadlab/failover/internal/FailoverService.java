package org.offloadlab.failover.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.offloadlab.failover.AdapterService;
import org.offloadlab.failover.FailoverController;
import org.offloadlab.failover.FailoverController.Phase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The failover controller as an OSGi component (docs/FAILOVER.md, "OSGi service"): tracks every {@link AdapterService}
 * offered, plugs it into its host's {@link FailoverController} (the primary first, standbys in the order offered), and
 * treats the withdrawal of the active adapter's service as its removal ({@link FailoverController#withdraw}: block,
 * recover hard state from the host's shadow, install on the next standby, resume). Each phase of each failover is
 * published through the event admin on {@link Phase#topic()}.
 * <p>
 * Threading: the simulation is single-threaded and not thread-safe, so an adapter service must be registered and
 * unregistered on the thread that drives its simulator (the withdrawal calls into the controller at once, which is also
 * what makes its virtual time exact). Events are sent synchronously ({@link EventAdmin#sendEvent}), so handlers see
 * them in phase order, before the simulation goes on.
 */
@Component(immediate = true)
public final class FailoverService {

    /** What the component knows of one host (one controller). */
    private static final class Host {
        boolean primary;
        /** Standbys offered before the primary: added after it, in the order offered. */
        final List<AdapterService> waiting = new ArrayList<>();
    }

    private final EventAdmin events;
    private final Map<FailoverController, Host> hosts = new IdentityHashMap<>();
    // the controllers outlive the component, and a controller cannot forget a listener: a deactivated one stays mute
    private volatile boolean active = true;

    /** Also the plain-Java entry point: pass the event admin the timeline is published through. */
    @Activate
    public FailoverService(@Reference(name = "events") EventAdmin events) {
        this.events = Objects.requireNonNull(events, "events");
    }

    /** An adapter was offered: plug it into its host's controller (a standby waits for the primary). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public synchronized void addAdapter(AdapterService s) {
        FailoverController c = s.controller();
        Host h = hosts.get(c);
        if (h == null) {
            h = new Host();
            hosts.put(c, h);
            c.onPhase(this::publish);
        }
        if (s.role() == AdapterService.Role.PRIMARY) {
            if (h.primary) {
                throw new IllegalStateException("failover service: adapter '" + s.name()
                        + "' offered as a second primary to a host that has " + c.adapterNames());
            }
            c.addAdapter(s.name(), s.adapter());
            h.primary = true;
            for (AdapterService w : h.waiting) {
                c.addAdapter(w.name(), w.adapter());
            }
            h.waiting.clear();
        } else if (h.primary) {
            c.addAdapter(s.name(), s.adapter());
        } else {
            h.waiting.add(s);
        }
    }

    /**
     * An adapter's service was withdrawn: the adapter is gone; if it carried the connections, fail over now, if it was
     * a standby, no failover will pick it.
     */
    public void removeAdapter(AdapterService s) {
        synchronized (this) {
            Host h = hosts.get(s.controller());
            if (h == null || h.waiting.remove(s) || !s.controller().adapterNames().contains(s.name())) {
                return;
            }
        }
        // outside the lock: the failover's first phases are published from inside this call
        s.controller().withdraw(s.name(), s.simulator().now());
    }

    @Deactivate
    synchronized void deactivate() {
        active = false;
        hosts.clear();
    }

    private void publish(Phase phase, String adapter, String substitute, long atNanos) {
        if (!active) {
            return;
        }
        events.sendEvent(new Event(phase.topic(), Map.of(Phase.PROPERTY_ADAPTER, adapter, Phase.PROPERTY_SUBSTITUTE,
                substitute, Phase.PROPERTY_TIME, atNanos)));
    }
}
