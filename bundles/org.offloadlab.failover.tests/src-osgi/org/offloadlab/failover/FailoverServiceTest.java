package org.offloadlab.failover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offloadlab.failover.FailoverController.Phase;
import org.offloadlab.host.HostCostModel;
import org.offloadlab.host.HostDriver;
import org.offloadlab.nic.NicConfig;
import org.offloadlab.nic.OffloadAdapter;
import org.offloadlab.sim.Link;
import org.offloadlab.sim.LinkConfig;
import org.offloadlab.sim.PeerHost;
import org.offloadlab.sim.Simulator;
import org.offloadlab.sim.app.Workload;
import org.offloadlab.tcp.TcpConfig;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * The failover component inside OSGi (docs/FAILOVER.md, "OSGi service"), enRoute style: the test plays the adapter
 * driver, offering two adapters as {@link AdapterService}s through the bundle context and withdrawing the primary's
 * mid-transfer (a hot-unplug); the component must plug both into the host's controller, fail over to the standby and
 * publish every phase of the timeline through the event admin, in order, at the controller's own virtual times.
 */
class FailoverServiceTest {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;

    /** One published timeline event. */
    private record Seen(Phase phase, String adapter, String substitute, long time) {
    }

    private final List<Seen> seen = new ArrayList<>();
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private BundleContext context;
    private Simulator sim;
    private FailoverController controller;
    private OffloadAdapter primary;
    private OffloadAdapter standby;
    private HostDriver host;
    private Workload workload;
    // unique per test: the event handler sees every controller's events in the framework
    private String prefix;

    @BeforeEach
    void setUp() throws BundleException {
        Bundle b = FrameworkUtil.getBundle(FailoverController.class);
        assertNotNull(b, "the failover bundle is not running inside an OSGi framework");
        if (b.getState() != Bundle.ACTIVE) {
            b.start(); // DS only looks at started bundles; the bundle is lazy
        }
        context = b.getBundleContext();
        prefix = "fo" + System.identityHashCode(this) + "-";
        Dictionary<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, Phase.TOPIC_ALL);
        EventHandler handler = e -> {
            String adapter = (String) e.getProperty(Phase.PROPERTY_ADAPTER);
            if (adapter != null && adapter.startsWith(prefix)) {
                String topic = e.getTopic();
                seen.add(new Seen(Phase.valueOf(topic.substring(topic.lastIndexOf('/') + 1)), adapter,
                        (String) e.getProperty(Phase.PROPERTY_SUBSTITUTE), (Long) e.getProperty(Phase.PROPERTY_TIME)));
            }
        };
        registrations.add(context.registerService(EventHandler.class, handler, topics));

        // the topology of FailoverRun with one standby: peer ↔ link ↔ primary (standby waiting), host driver
        sim = new Simulator(42);
        TcpConfig tcp = TcpConfig.linuxDefaults();
        NicConfig nic = NicConfig.defaults().toBuilder().tcp(tcp).build();
        controller = new FailoverController(sim, FailoverController.Settings.defaults(Strategy.HARD_STATE_ONLY, tcp));
        Link link = new Link(sim, "link",
                LinkConfig.builder().delayNanos(MS).bandwidthBitsPerSecond(1_000_000_000L).queuePackets(1000).build());
        controller.tapHostToWire(link.aToB());
        primary = new OffloadAdapter(sim, nic, 1);
        standby = new OffloadAdapter(sim, nic, 1);
        PeerHost peer = new PeerHost(sim, "peer", 2, tcp, controller.tapPeerToWire(link.bToA()));
        link.attach(controller.hostEnd(), peer);
        host = new HostDriver(sim, primary.hostInterface(), 1, HostCostModel.defaults());
        workload = WorkloadSpec.bulk(4, 1_000_000, 500_000).create(sim, peer, controller.applications(host));
    }

    @AfterEach
    void tearDown() {
        for (ServiceRegistration<?> r : registrations) {
            try {
                r.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the test withdrew it itself
            }
        }
    }

    private ServiceRegistration<AdapterService> offer(String name, AdapterService.Role role, OffloadAdapter a) {
        ServiceRegistration<AdapterService> r = context.registerService(AdapterService.class,
                new AdapterService(prefix + name, role, a, sim, controller), null);
        registrations.add(r);
        return r;
    }

    private void start() {
        assertEquals(List.of(prefix + "primary", prefix + "standby"), controller.adapterNames(),
                "the failover component did not plug the offered adapters into the controller (is it active?)");
        workload.start(0);
        controller.start(0, workload::isFinished);
    }

    private void runUntilSettled() {
        for (long t = sim.now() + MS; t < 2 * S && !(workload.isFinished() && controller.isSettled()); t += MS) {
            sim.runUntil(t);
        }
    }

    @Test
    void withdrawingThePrimarysServiceFailsOverToTheStandbyAndPublishesTheTimeline() {
        // the standby first: it must wait for the primary and take over after it, not carry the connections
        offer("standby", AdapterService.Role.STANDBY, standby);
        ServiceRegistration<AdapterService> p = offer("primary", AdapterService.Role.PRIMARY, primary);
        start();
        sim.runUntil(5 * MS);
        assertTrue(seen.isEmpty(), () -> "events before any failure: " + seen);
        assertTrue(primary.connectionCount() > 0 && standby.connectionCount() == 0,
                "the connections start on the primary");
        assertFalse(workload.isFinished(), "the withdrawal must hit a running transfer");

        long withdrawnAt = sim.now();
        p.unregister(); // hot-unplug: the component handles it on this thread, at this virtual time
        assertEquals(List.of(Phase.FAILED, Phase.DETECTED, Phase.BLOCKED, Phase.HARD_STATE_RECOVERED), phases(),
                "the withdrawal starts the failover at once");
        for (long t = withdrawnAt + MS; t < withdrawnAt + 100 * MS && !phases().contains(Phase.RESUMED); t += MS) {
            sim.runUntil(t);
        }
        assertTrue(phases().contains(Phase.RESUMED), () -> "no resumption within 100 ms: " + seen);
        assertEquals(host.connectionIds().length, standby.connectionCount(),
                "every connection the host knows is on the standby at the resumption");
        assertTrue(standby.connectionCount() > 0);
        runUntilSettled();

        assertEquals(prefix + "standby", controller.activeAdapter());
        IntegrityVerdict v = IntegrityVerdict.of(workload.stats(), workload.isFinished());
        assertTrue(v.ok(), () -> "byte streams after the failover: " + v);
        List<RecoveryTimeline> timelines = controller.timelines();
        assertEquals(1, timelines.size());
        RecoveryTimeline t = timelines.get(0);
        assertEquals(0, t.connectionsLost(), t.toText());
        assertEquals(withdrawnAt, t.failedAt(), "failed when the service was withdrawn");
        assertEquals(withdrawnAt, t.detectedAt(), "a withdrawal needs no heartbeat to be detected");

        assertEquals(List.of(Phase.values()), phases(), () -> "every phase once, in order: " + seen);
        long[] expected = {t.failedAt(), t.detectedAt(), t.blockedAt(), t.hardStateRecoveredAt(),
                t.substituteActiveAt(), t.resumedAt(), t.firstSegmentAt(), t.softStateConvergedAt()};
        for (int i = 0; i < expected.length; i++) {
            Seen e = seen.get(i);
            assertEquals(expected[i], e.time(), () -> e + " vs the controller's timeline\n" + t.toText());
            assertEquals(prefix + "primary", e.adapter(), e::toString);
            // the substitute is chosen after reception is blocked
            assertEquals(i <= Phase.BLOCKED.ordinal() ? "" : prefix + "standby", e.substitute(), e::toString);
            if (i > 0 && i <= Phase.RESUMED.ordinal()) {
                assertTrue(e.time() >= seen.get(i - 1).time(), () -> "times go backwards: " + seen);
            }
        }
        assertTrue(t.firstSegmentAt() >= t.resumedAt() && t.softStateConvergedAt() >= t.resumedAt(), t.toText());
    }

    @Test
    void aWithdrawnStandbyIsNoFailoverAndNoLongerASubstitute() {
        ServiceRegistration<AdapterService> p = offer("primary", AdapterService.Role.PRIMARY, primary);
        ServiceRegistration<AdapterService> s = offer("standby", AdapterService.Role.STANDBY, standby);
        start();
        sim.runUntil(5 * MS);
        s.unregister();
        sim.runUntil(8 * MS);
        assertTrue(seen.isEmpty(), () -> "a standby's withdrawal is no failover: " + seen);
        assertEquals(prefix + "primary", controller.activeAdapter());
        assertTrue(controller.timelines().isEmpty());
        assertTrue(primary.connectionCount() > 0 && standby.connectionCount() == 0);

        int open = host.connectionIds().length;
        assertTrue(open > 0);
        p.unregister();
        assertEquals(List.of(Phase.FAILED, Phase.DETECTED, Phase.BLOCKED), phases(),
                () -> "no substitute is left to recover onto: " + seen);
        for (Seen e : seen) {
            assertEquals("", e.substitute(), e::toString);
        }
        assertEquals(0, standby.connectionCount(), "nothing may be installed on the withdrawn standby");
        RecoveryTimeline t = controller.timelines().get(0);
        assertEquals(open, t.connectionsLost(), t.toText());
    }

    private List<Phase> phases() {
        List<Phase> out = new ArrayList<>();
        for (Seen e : seen) {
            out.add(e.phase());
        }
        return out;
    }
}
