package org.offloadlab.analysis.internal;

import java.util.ArrayList;
import java.util.List;

import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.pcap.Endpoint;
import org.offloadlab.pcap.Frame;
import org.offloadlab.pcap.IpAddress;
import org.offloadlab.pcap.TcpSegment;

/**
 * Connections by 4-tuple, direction-independent, with open addressing so a lookup allocates nothing. Each 4-tuple maps
 * to its latest connection; earlier connections on the same tuple stay in {@link #connections()}, numbered in order of
 * first appearance like tshark's {@code tcp.stream}.
 */
final class ConnectionTable {

    private ConnectionTracker[] slots = new ConnectionTracker[256];
    private int occupied;
    private final List<ConnectionTracker> connections = new ArrayList<>();
    private final SegmentObserver observer;

    /**
     * @param observer
     *            told about every segment of every connection, or {@code null}
     */
    ConnectionTable(SegmentObserver observer) {
        this.observer = observer;
    }

    /** Files the segment under its connection, opening a new one for a new 4-tuple or a SYN with a new ISN. */
    ConnectionTracker accept(TcpSegment s, Frame frame) {
        Endpoint src = s.source();
        Endpoint dst = s.destination();
        int slot = find(src, dst);
        ConnectionTracker current = slots[slot];
        if (current == null || current.startsNewConnection(s)) {
            ConnectionTracker created = new ConnectionTracker(connections.size(), s, frame, current != null);
            connections.add(created);
            slots[slot] = created;
            if (current == null && ++occupied * 2 > slots.length) {
                grow();
            }
            current = created;
        }
        current.accept(s, frame, observer);
        return current;
    }

    List<ConnectionTracker> connections() {
        return connections;
    }

    /**
     * Summarises every connection in index order and empties the table, letting each tracker go as soon as its summary
     * exists, so peak memory is not trackers plus summaries.
     */
    List<ConnectionSummary> drainSummaries() {
        slots = new ConnectionTracker[1];
        occupied = 0;
        List<ConnectionSummary> summaries = new ArrayList<>(connections.size());
        for (int i = 0; i < connections.size(); i++) {
            summaries.add(connections.get(i).toSummary());
            connections.set(i, null);
        }
        connections.clear();
        return summaries;
    }

    /** The slot holding the 4-tuple, or the empty slot where it belongs. */
    private int find(Endpoint src, Endpoint dst) {
        int mask = slots.length - 1;
        IpAddress srcIp = src.address();
        IpAddress dstIp = dst.address();
        int i = hash(endpointHash(srcIp.high(), srcIp.low(), src.port()),
                endpointHash(dstIp.high(), dstIp.low(), dst.port())) & mask;
        while (true) {
            ConnectionTracker t = slots[i];
            if (t == null || t.hasTuple(src, dst)) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        ConnectionTracker[] old = slots;
        slots = new ConnectionTracker[old.length * 2];
        int mask = slots.length - 1;
        for (ConnectionTracker t : old) {
            if (t != null) {
                // Every tuple is distinct: the first free slot from its hash is its place.
                int i = t.tupleHash() & mask;
                while (slots[i] != null) {
                    i = (i + 1) & mask;
                }
                slots[i] = t;
            }
        }
    }

    /** Symmetric in its arguments, so both directions of a connection land in the same slot. */
    static int hash(long srcHash, long dstHash) {
        long h = srcHash + dstHash;
        h ^= h >>> 33;
        h *= 0xFF51_AFD7_ED55_8CCDL;
        h ^= h >>> 33;
        return (int) h;
    }

    static long endpointHash(long high, long low, int port) {
        long h = high * 0x9E37_79B9_7F4A_7C15L + low;
        h = h * 0xC2B2_AE3D_27D4_EB4FL + port;
        return h * 0x1656_67B1_9E37_79F9L;
    }
}
