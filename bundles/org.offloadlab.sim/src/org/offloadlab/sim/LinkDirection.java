package org.offloadlab.sim;

import java.util.Arrays;

/**
 * One direction of a point-to-point link, modelled as ns-3's PointToPointNetDevice + channel: packets handed to
 * {@link #receive} wait in a finite transmit queue (drop-tail, optionally RED), are serialised at the configured
 * bandwidth, then cross the wire, where they may be lost (Bernoulli, Gilbert–Elliott), corrupted, duplicated or held
 * back (reordering), and arrive after the propagation delay plus jitter at the attached {@link PacketReceiver}.
 * <p>
 * All randomness comes from the simulator's stream named after this direction, drawn in a fixed order per packet, so a
 * run is reproducible and adding a link elsewhere changes nothing here. Every outcome is counted and traced
 * ({@code enqueue}, {@code drop.queue}, {@code drop.red}, {@code drop.loss}, {@code corrupt}, {@code duplicate},
 * {@code reorder}, {@code deliver}; {@code a} = ports and sequence number, {@code b} = flags and wire length).
 * <p>
 * Packets that keep FIFO order wait in a ring with one reusable event for the head, so a long fat pipe costs no
 * allocation per packet; only reordered (and, with {@code jitterReorders}, jittered) packets get their own event.
 */
public final class LinkDirection implements PacketReceiver {

    /** Why a link dropped a packet. */
    public enum Drop {
        /** The transmit queue was full (drop-tail). */
        QUEUE,
        /** Random Early Detection chose it. */
        RED,
        /** Lost on the wire (Bernoulli or Gilbert–Elliott). */
        LOSS
    }

    private static final String[] DROP_KIND = {"drop.queue", "drop.red", "drop.loss"};

    private final Simulator sim;
    private final String name;
    private final LinkConfig config;
    private final RandomStream random;
    private PacketReceiver receiver;

    // transmit queue (the packet being serialised is queue[qHead])
    private Packet[] queue = new Packet[16];
    private int qHead;
    private int qSize;
    private long qBytes;
    private final Scheduled transmitted;
    private double redAverage;
    private boolean gilbertBad;

    // packets on the wire in FIFO order
    private Packet[] wire = new Packet[16];
    private long[] wireArrival = new long[16];
    private int wHead;
    private int wSize;
    private long lastFifoArrival;
    /** Packets on the wire with their own event (reordered, or jittered with reordering allowed). */
    private int heldBack;
    private final Scheduled arrival;

    private long sent;
    private long sentBytes;
    private long delivered;
    private long deliveredBytes;
    private final long[] dropped = new long[Drop.values().length];
    private long corrupted;
    private long duplicated;
    private long reordered;
    private long maxQueueBytes;
    private int maxQueuePackets;

    /** A direction named {@code name} (also the name of its random stream), delivering to {@code receiver}. */
    public LinkDirection(Simulator sim, String name, LinkConfig config, PacketReceiver receiver) {
        if (sim == null || name == null || config == null) {
            throw new IllegalArgumentException("link direction needs a simulator, a name and a configuration");
        }
        this.sim = sim;
        this.name = name;
        this.config = config;
        this.random = sim.random(name);
        this.receiver = receiver;
        this.transmitted = sim.handle(this::transmitted);
        this.arrival = sim.handle(this::arrive);
    }

    public String name() {
        return name;
    }

    public LinkConfig config() {
        return config;
    }

    /** Where arriving packets go. */
    public void setReceiver(PacketReceiver receiver) {
        this.receiver = receiver;
    }

    /** Hands {@code packet} to the link for transmission (the sending end calls this). */
    @Override
    public void receive(Packet packet, long nowNanos) {
        sent++;
        sentBytes += packet.wireBytes();
        if (!config.hasBottleneck()) {
            trace(nowNanos, "enqueue", packet);
            onWire(packet, nowNanos);
            return;
        }
        long occupancy = config.queueUnit() == LinkConfig.QueueUnit.PACKETS ? qSize : qBytes;
        LinkConfig.Red red = config.red();
        if (red != null) {
            redAverage = (1 - red.weight()) * redAverage + red.weight() * occupancy;
            if (redAverage >= red.maxThreshold()
                    || redAverage > red.minThreshold() && random.chance(red.maxProbability()
                            * (redAverage - red.minThreshold()) / (red.maxThreshold() - red.minThreshold()))) {
                drop(Drop.RED, packet, nowNanos);
                return;
            }
        }
        long size = config.queueUnit() == LinkConfig.QueueUnit.PACKETS ? 1 : packet.wireBytes();
        if (occupancy + size > config.queueLimit()) {
            drop(Drop.QUEUE, packet, nowNanos);
            return;
        }
        trace(nowNanos, "enqueue", packet);
        if (qSize == queue.length) {
            Packet[] grown = new Packet[queue.length * 2];
            for (int i = 0; i < qSize; i++) {
                grown[i] = queue[(qHead + i) & (queue.length - 1)];
            }
            queue = grown;
            qHead = 0;
        }
        queue[(qHead + qSize) & (queue.length - 1)] = packet;
        qSize++;
        qBytes += packet.wireBytes();
        maxQueuePackets = Math.max(maxQueuePackets, qSize);
        maxQueueBytes = Math.max(maxQueueBytes, qBytes);
        if (qSize == 1) {
            sim.reschedule(transmitted, nowNanos + transmissionNanos(packet.wireBytes()));
        }
    }

    /** Serialisation time of {@code wireBytes} at the configured bandwidth, rounded up to whole nanoseconds. */
    public long transmissionNanos(int wireBytes) {
        long bw = config.bandwidthBitsPerSecond();
        return bw == 0 ? 0 : (wireBytes * 8L * 1_000_000_000L + bw - 1) / bw;
    }

    private void transmitted(long now) {
        Packet p = queue[qHead];
        queue[qHead] = null;
        qHead = (qHead + 1) & (queue.length - 1);
        qSize--;
        qBytes -= p.wireBytes();
        if (qSize > 0) {
            sim.reschedule(transmitted, now + transmissionNanos(queue[qHead].wireBytes()));
        }
        onWire(p, now);
    }

    /** The packet left the queue: the wire decides its fate, in a fixed order of random draws. */
    private void onWire(Packet p, long now) {
        boolean lost = random.chance(config.lossRate());
        LinkConfig.GilbertElliott ge = config.gilbertElliott();
        if (ge != null) {
            gilbertBad = gilbertBad ? !random.chance(ge.badToGood()) : random.chance(ge.goodToBad());
            lost |= random.chance(gilbertBad ? ge.lossBad() : ge.lossGood());
        }
        if (lost) {
            drop(Drop.LOSS, p, now);
            return;
        }
        if (random.chance(config.corruptProbability())) {
            p = p.corrupt();
            corrupted++;
            trace(now, "corrupt", p);
        }
        int copies = 1;
        if (random.chance(config.duplicateProbability())) {
            copies = 2;
            duplicated++;
            trace(now, "duplicate", p);
        }
        for (int i = 0; i < copies; i++) {
            long at = now + config.delayNanos();
            if (config.jitterNanos() > 0) {
                at += (long) (random.nextDouble() * (config.jitterNanos() + 1));
            }
            if (random.chance(config.reorderProbability())) {
                reordered++;
                trace(now, "reorder", p);
                scheduleAlone(p, at + config.reorderDelayNanos());
            } else if (config.jitterReorders() && config.jitterNanos() > 0) {
                scheduleAlone(p, at);
            } else {
                // FIFO path: a packet never overtakes the one sent before it
                at = Math.max(at, lastFifoArrival);
                lastFifoArrival = at;
                pushWire(p, at);
            }
        }
    }

    private void scheduleAlone(Packet p, long at) {
        heldBack++;
        sim.at(at, t -> {
            heldBack--;
            deliver(p, t);
        });
    }

    private void pushWire(Packet p, long at) {
        if (wSize == wire.length) {
            Packet[] grown = new Packet[wire.length * 2];
            long[] grownAt = new long[wire.length * 2];
            for (int i = 0; i < wSize; i++) {
                int j = (wHead + i) & (wire.length - 1);
                grown[i] = wire[j];
                grownAt[i] = wireArrival[j];
            }
            wire = grown;
            wireArrival = grownAt;
            wHead = 0;
        }
        int slot = (wHead + wSize) & (wire.length - 1);
        wire[slot] = p;
        wireArrival[slot] = at;
        wSize++;
        if (wSize == 1) {
            sim.reschedule(arrival, at);
        }
    }

    private void arrive(long now) {
        while (wSize > 0 && wireArrival[wHead] <= now) {
            Packet p = wire[wHead];
            wire[wHead] = null;
            wHead = (wHead + 1) & (wire.length - 1);
            wSize--;
            deliver(p, now);
        }
        if (wSize > 0 && !arrival.isPending()) {
            sim.reschedule(arrival, wireArrival[wHead]);
        }
    }

    private void deliver(Packet p, long now) {
        if (receiver == null) {
            throw new IllegalStateException("link direction " + name + " has no receiver attached");
        }
        delivered++;
        deliveredBytes += p.wireBytes();
        trace(now, "deliver", p);
        receiver.receive(p, now);
    }

    private void drop(Drop why, Packet p, long now) {
        dropped[why.ordinal()]++;
        trace(now, DROP_KIND[why.ordinal()], p);
    }

    private void trace(long now, String kind, Packet p) {
        TraceSink t = sim.trace();
        if (t != TraceSink.NONE) {
            var s = p.segment();
            t.record(now, name, kind, (long) s.srcPort() << 48 | (long) s.dstPort() << 32 | s.seq() & 0xffffffffL,
                    (long) s.flags() << 32 | p.wireBytes());
        }
    }

    /** Packets handed to the link. */
    public long sent() {
        return sent;
    }

    /** Wire bytes handed to the link. */
    public long sentBytes() {
        return sentBytes;
    }

    /** Packets that arrived at the receiver (duplicates and corrupted packets included). */
    public long delivered() {
        return delivered;
    }

    public long deliveredBytes() {
        return deliveredBytes;
    }

    public long dropped(Drop why) {
        return dropped[why.ordinal()];
    }

    public long droppedTotal() {
        return Arrays.stream(dropped).sum();
    }

    /** Packets delivered damaged. */
    public long corrupted() {
        return corrupted;
    }

    /** Extra copies delivered. */
    public long duplicated() {
        return duplicated;
    }

    /** Packets held back by the reordering delay. */
    public long reordered() {
        return reordered;
    }

    /** Packets in the transmit queue now (the one being serialised included). */
    public int queuedPackets() {
        return qSize;
    }

    public long queuedBytes() {
        return qBytes;
    }

    public int maxQueuedPackets() {
        return maxQueuePackets;
    }

    public long maxQueuedBytes() {
        return maxQueueBytes;
    }

    /** Packets on the wire (serialised, not yet arrived), held-back ones included. */
    public int inFlight() {
        return wSize + heldBack;
    }

    /** A snapshot of the counters. */
    public LinkStats stats() {
        return new LinkStats(name, sent, sentBytes, delivered, deliveredBytes, dropped[Drop.QUEUE.ordinal()],
                dropped[Drop.RED.ordinal()], dropped[Drop.LOSS.ordinal()], corrupted, duplicated, reordered,
                maxQueuePackets, maxQueueBytes);
    }

    @Override
    public String toString() {
        return stats().toString();
    }
}
