package org.offloadlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offloadlab.sim.app.AppConnection;
import org.offloadlab.sim.app.AppHandler;
import org.offloadlab.sim.app.CloseReason;
import org.offloadlab.tcp.TcpConfig;

class PeerHostTest {

    private static final long MS = 1_000_000L;

    private final Simulator sim = new Simulator(3);
    private final List<String> events = new ArrayList<>();

    private AppHandler recorder(String who) {
        return new AppHandler() {
            @Override
            public void connected(AppConnection c, long now) {
                events.add(who + " connected");
            }

            @Override
            public void accepted(AppConnection c, long now) {
                events.add(who + " accepted from " + c.remoteHost() + ":" + c.remotePort());
                c.send(ByteBuffer.wrap(new byte[]{1, 2, 3}), now);
                c.shutdownOutput(now);
            }

            @Override
            public void readable(AppConnection c, long now) {
                ByteBuffer b = ByteBuffer.allocate(100);
                int n = c.receive(b, now);
                if (n > 0) {
                    events.add(who + " read " + n);
                } else if (n < 0) {
                    events.add(who + " eof");
                    c.close(now);
                }
            }

            @Override
            public void closed(AppConnection c, CloseReason reason, long now) {
                events.add(who + " closed " + reason);
            }
        };
    }

    @Test
    void eventsReachTheApplicationInOrderAndIdleHostsScheduleNothing() {
        Link link = new Link(sim, "l", LinkConfig.builder().delayNanos(MS).build());
        PeerHost a = new PeerHost(sim, "a", 1, TcpConfig.linuxDefaults(), link.aToB());
        PeerHost b = new PeerHost(sim, "b", 2, TcpConfig.linuxDefaults(), link.bToA());
        link.attach(a, b);
        b.listen(7, 16, recorder("server"), 0);
        AppConnection c = a.connect(2, 7, recorder("client"), 0);
        assertTrue(c.localPort() >= 49152);
        sim.runUntil(100 * MS);
        assertEquals(List.of("client connected", "server accepted from 1:" + c.localPort(), "client read 3",
                "client eof", "server eof", "server closed NORMAL", "client closed NORMAL"), events);
        sim.run(); // TIME-WAIT expires; afterwards nothing is scheduled at all
        assertEquals(0, sim.pendingEvents());
        assertEquals(0, a.openConnections() + b.openConnections());
        assertEquals(0, a.stack().connectionCount() + b.stack().connectionCount());
    }

    @Test
    void corruptedAndMisaddressedPacketsAreDroppedAndCounted() {
        Link link = new Link(sim, "l", LinkConfig.builder().delayNanos(MS).corruptProbability(1).build());
        PeerHost a = new PeerHost(sim, "a", 1, TcpConfig.linuxDefaults(), link.aToB());
        PeerHost b = new PeerHost(sim, "b", 2, TcpConfig.linuxDefaults(), link.bToA());
        link.attach(a, b);
        b.listen(7, 16, recorder("server"), 0);
        a.connect(2, 7, recorder("client"), 0);
        sim.runUntil(2000 * MS);
        assertTrue(b.checksumDrops() >= 2, "the SYN and its retransmission arrive damaged");
        assertEquals(b.packetsReceived(), b.checksumDrops());
        assertEquals(0, b.stack().connectionCount());
        b.receive(Packet.of(1, 99, org.offloadlab.tcp.Segment.of(1, 7, 0, 0, 0, 0)), sim.now());
        assertEquals(1, b.misaddressed());
    }

    @Test
    void refusedConnectionIsReported() {
        Link link = new Link(sim, "l", LinkConfig.builder().delayNanos(MS).build());
        PeerHost a = new PeerHost(sim, "a", 1, TcpConfig.linuxDefaults(), link.aToB());
        PeerHost b = new PeerHost(sim, "b", 2, TcpConfig.linuxDefaults(), link.bToA());
        link.attach(a, b);
        a.connect(2, 9, recorder("client"), 0);
        sim.runUntil(100 * MS);
        assertEquals(List.of("client closed REFUSED"), events);
    }

    @Test
    void badArgumentsAreRejectedWithTheirValue() {
        PeerHost a = new PeerHost(sim, "a", 1, TcpConfig.linuxDefaults(), (p, t) -> {
        });
        assertEquals("port must be in 1..65535, got 70000",
                assertThrows(IllegalArgumentException.class, () -> a.listen(70000, 1, recorder("x"), 0))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> a.connect(2, 0, recorder("x"), 0));
    }
}
