package org.offloadlab.nic.workload;

import java.nio.ByteBuffer;

import org.offloadlab.sim.Packet;
import org.offloadlab.sim.PacketReceiver;
import org.offloadlab.sim.RandomStream;
import org.offloadlab.sim.Scheduled;
import org.offloadlab.sim.Simulator;
import org.offloadlab.tcp.Segment;
import org.offloadlab.tcp.TcpFlags;
import org.offloadlab.tcp.TcpOptions;

/**
 * A SYN flood (RFC 4987 §2): SYNs from spoofed, random source addresses and ports at a fixed rate; nobody ever answers
 * the SYN-ACKs. Sources are drawn from a seeded stream, so a flood is reproducible.
 */
public final class SynFlood {

    private final Simulator sim;
    private final RandomStream random;
    private final int serverAddress;
    private final int serverPort;
    private final PacketReceiver toServer;
    private final long intervalNanos;
    private final Scheduled next;
    private long stopAt;
    private long sent;

    /** {@code synsPerSecond} SYNs towards {@code serverAddress:serverPort}, spoofed from 10.x.x.x-like addresses. */
    public SynFlood(Simulator sim, int serverAddress, int serverPort, long synsPerSecond, PacketReceiver toServer) {
        if (synsPerSecond <= 0 || synsPerSecond > 1_000_000_000L) {
            throw new IllegalArgumentException("flood rate out of range: " + synsPerSecond);
        }
        this.sim = sim;
        this.random = sim.random("syn-flood");
        this.serverAddress = serverAddress;
        this.serverPort = serverPort;
        this.toServer = toServer;
        this.intervalNanos = Math.max(1, 1_000_000_000L / synsPerSecond);
        this.next = sim.handle(this::fire);
    }

    /** Floods from now until {@code untilNanos}. */
    public void start(long nowNanos, long untilNanos) {
        stopAt = untilNanos;
        sim.reschedule(next, nowNanos);
    }

    private void fire(long now) {
        if (now >= stopAt) {
            return;
        }
        int source = 0x0A000000 | random.nextInt(1 << 24);
        int port = 1024 + random.nextInt(64511);
        Segment syn = new Segment(port, serverPort, (int) random.nextLong(), 0, TcpFlags.SYN, 65535, 0,
                TcpOptions.NONE.withMss(1460), ByteBuffer.allocate(0));
        toServer.receive(Packet.of(source, serverAddress, syn), now);
        sent++;
        sim.reschedule(next, now + intervalNanos);
    }

    public long sent() {
        return sent;
    }
}
