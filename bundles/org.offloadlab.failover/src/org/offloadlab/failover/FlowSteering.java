package org.offloadlab.failover;

import org.offloadlab.sim.Packet;
import org.offloadlab.sim.PacketReceiver;
import org.offloadlab.tcp.Segment;

/**
 * The host's end of the wire when two adapters are both active (an 802.3ad link aggregate, IEEE 802.1AX): the partner's
 * flow hash sends every packet of one TCP flow to the same adapter. The hash is Linux bonding's {@code layer3+4}
 * transmit policy ({@code bond_xmit_hash}: ports XOR addresses, folded) over {@value #BUCKETS} buckets, each owned by
 * one adapter; a failover blocks only the failed adapter's buckets (their packets are dropped and counted, EP1609063
 * step 1) and then moves them to the survivor — the aggregate's re-distribution after a member link fails. The
 * survivor's buckets are never blocked. Per-flow state: none (the bucket is recomputed per packet).
 */
final class FlowSteering implements PacketReceiver {

    /** Hash buckets: a power of two, enough to spread a few flows evenly over two adapters. */
    static final int BUCKETS = 16;

    private final PacketReceiver[] adapters;
    private final int[] owner = new int[BUCKETS];
    private final boolean[] blocked;
    private final long[] dropped;

    /** Buckets alternate between the adapters (bucket mod n), as bonding's hash modulo the member count. */
    FlowSteering(PacketReceiver... adapters) {
        this.adapters = adapters.clone();
        this.blocked = new boolean[adapters.length];
        this.dropped = new long[adapters.length];
        for (int b = 0; b < BUCKETS; b++) {
            owner[b] = b % adapters.length;
        }
    }

    /** Bonding's layer3+4 hash of a flow seen from the host: symmetric in the two ends. */
    static int bucket(int peerHost, int hostHost, int peerPort, int hostPort) {
        int h = peerPort ^ hostPort;
        h ^= peerHost ^ hostHost;
        h ^= h >>> 16;
        h ^= h >>> 8;
        return h & (BUCKETS - 1);
    }

    /** Index of the adapter that receives the flow now. */
    int ownerOf(int peerHost, int hostHost, int peerPort, int hostPort) {
        return owner[bucket(peerHost, hostHost, peerPort, hostPort)];
    }

    /** Drops (and counts) every arriving packet of the flows {@code adapter} owns; others pass. */
    void block(int adapter) {
        blocked[adapter] = true;
    }

    /** Moves every bucket of {@code from} to {@code to} and unblocks: the re-steer at the resume. */
    void moveAll(int from, int to) {
        for (int b = 0; b < BUCKETS; b++) {
            if (owner[b] == from) {
                owner[b] = to;
            }
        }
        blocked[from] = false;
    }

    /** Packets of {@code adapter}'s flows dropped while they were blocked. */
    long dropped(int adapter) {
        return dropped[adapter];
    }

    long droppedTotal() {
        long n = 0;
        for (long d : dropped) {
            n += d;
        }
        return n;
    }

    @Override
    public void receive(Packet packet, long nowNanos) {
        Segment s = packet.segment();
        int o = owner[bucket(packet.sourceHost(), packet.destinationHost(), s.srcPort(), s.dstPort())];
        if (blocked[o]) {
            dropped[o]++;
        } else {
            adapters[o].receive(packet, nowNanos);
        }
    }
}
