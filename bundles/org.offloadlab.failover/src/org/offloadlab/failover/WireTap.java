package org.offloadlab.failover;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.offloadlab.sim.Packet;
import org.offloadlab.sim.PacketReceiver;
import org.offloadlab.tcp.Segment;
import org.offloadlab.tcp.TcpFlags;

/**
 * Watches every packet on the host's wire, both directions: counts them (for failures at the N-th packet), counts
 * payload octets sent again below the highest sequence number already sent on their flow (retransmissions), and notes
 * the first segment the host side sends after a given time. An observer only: packets pass unchanged.
 */
final class WireTap {

    private final Map<Long, int[]> highest = new HashMap<>();
    private long packets;
    private long retransmittedBytes;
    /** Flows whose retransmissions are also counted apart (the survivor's own), keyed as the controller keys them. */
    private Set<Long> watched = Set.of();
    private int watchedHost = -1;
    private long watchedRetransmittedBytes;
    private long watchFrom = Long.MAX_VALUE;
    private long firstHostSegmentAfter = -1;
    private FailoverController.PacketHook hook = (n, t) -> {
    };

    PacketReceiver fromHost(PacketReceiver next) {
        return (p, t) -> {
            observe(p, t);
            if (t >= watchFrom && firstHostSegmentAfter < 0) {
                firstHostSegmentAfter = t;
            }
            next.receive(p, t);
        };
    }

    PacketReceiver fromPeer(PacketReceiver next) {
        return (p, t) -> {
            observe(p, t);
            next.receive(p, t);
        };
    }

    private void observe(Packet p, long now) {
        packets++;
        Segment s = p.segment();
        long key = (long) p.sourceHost() << 32 | (long) s.srcPort() << 16 | s.dstPort();
        int[] hi = highest.get(key);
        int end = s.seq() + s.sequenceLength();
        if (s.has(TcpFlags.SYN) || hi == null) {
            highest.put(key, new int[]{end});
        } else if (s.payloadLength() > 0) {
            int below = hi[0] - s.seq(); // octets of this segment at or below the highest sent (serial arithmetic)
            if (below > 0) {
                retransmittedBytes += Math.min(below, s.payloadLength());
                if (watchedHost >= 0 && watched.contains(flow(p, s))) {
                    watchedRetransmittedBytes += Math.min(below, s.payloadLength());
                }
            }
            if (end - hi[0] > 0) {
                hi[0] = end;
            }
        }
        hook.packet(packets, now);
    }

    /** The flow as the host sees it: remote host, local port, remote port (FailoverController's key). */
    private long flow(Packet p, Segment s) {
        return p.sourceHost() == watchedHost
                ? (long) p.destinationHost() << 32 | (long) s.srcPort() << 16 | s.dstPort()
                : (long) p.sourceHost() << 32 | (long) s.dstPort() << 16 | s.srcPort();
    }

    /** Counts retransmissions of {@code flows} (keys of host {@code hostAddress}) apart from now on. */
    void watchFlows(int hostAddress, long[] flows) {
        Set<Long> w = new HashSet<>();
        for (long f : flows) {
            w.add(f);
        }
        watched = w;
        watchedHost = hostAddress;
        watchedRetransmittedBytes = 0;
    }

    long watchedRetransmittedBytes() {
        return watchedRetransmittedBytes;
    }

    void setHook(FailoverController.PacketHook h) {
        hook = h;
    }

    long packets() {
        return packets;
    }

    long retransmittedBytes() {
        return retransmittedBytes;
    }

    /** Starts watching for the first host segment at or after {@code t}. */
    void watchFrom(long t) {
        watchFrom = t;
        firstHostSegmentAfter = -1;
    }

    long firstHostSegment() {
        return firstHostSegmentAfter;
    }
}
