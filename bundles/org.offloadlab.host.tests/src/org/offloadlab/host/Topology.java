package org.offloadlab.host;

import org.offloadlab.dma.DmaConfig;
import org.offloadlab.nic.NicConfig;
import org.offloadlab.nic.OffloadAdapter;
import org.offloadlab.sim.Link;
import org.offloadlab.sim.LinkConfig;
import org.offloadlab.sim.PacketReceiver;
import org.offloadlab.sim.PeerHost;
import org.offloadlab.sim.Simulator;
import org.offloadlab.sim.TraceHash;
import org.offloadlab.tcp.TcpConfig;

/**
 * Host (driver over an offload adapter at address 1) ↔ link ↔ emulated peer (address 2). The link end at the host side
 * goes through a switchable port so a substitute adapter can take over the wire.
 */
final class Topology {

    static final long MS = 1_000_000L;
    static final long S = 1_000_000_000L;

    final Simulator sim;
    final TraceHash trace = new TraceHash();
    final Link link;
    final OffloadAdapter nic;
    final HostDriver host;
    final PeerHost peer;
    final TcpConfig tcp;
    final NicConfig nicConfig;
    private PacketReceiver port;

    static LinkConfig hostile() {
        return LinkConfig.builder().delayNanos(2 * MS).jitterNanos(MS / 2).bandwidthBitsPerSecond(100_000_000L)
                .queuePackets(200).lossRate(0.02).reorder(0.02, MS).duplicateProbability(0.01)
                .corruptProbability(0.01).build();
    }

    Topology(long seed, LinkConfig linkConfig, NicConfig config) {
        this(seed, linkConfig, config, null);
    }

    /** With {@code dma} non-null the adapter places data through a DMA buffer manager. */
    Topology(long seed, LinkConfig linkConfig, NicConfig config, DmaConfig dma) {
        sim = new Simulator(seed);
        sim.setTrace(trace);
        tcp = TcpConfig.linuxDefaults().toBuilder().userTimeoutNanos(3600 * S).build();
        nicConfig = config.toBuilder().tcp(tcp).build();
        link = new Link(sim, "link", linkConfig);
        nic = dma == null ? new OffloadAdapter(sim, nicConfig, 1) : new OffloadAdapter(sim, nicConfig, 1, dma);
        nic.attachWire(link.aToB());
        port = nic;
        link.attach((p, t) -> port.receive(p, t), null);
        peer = new PeerHost(sim, "peer", 2, tcp, link.bToA());
        link.attach((p, t) -> port.receive(p, t), peer);
        host = new HostDriver(sim, nic.hostInterface(), 1, HostCostModel.defaults());
    }

    Topology(long seed) {
        this(seed, hostile(), NicConfig.defaults());
    }

    /** A substitute adapter takes over the wire (the failed one stays attached to nothing). */
    OffloadAdapter substitute() {
        OffloadAdapter b = new OffloadAdapter(sim, nicConfig, 1);
        b.attachWire(link.aToB());
        port = b;
        return b;
    }
}
