package org.offloadlab.nic.workload;

import java.nio.ByteBuffer;
import java.util.Arrays;

import org.offloadlab.nic.internal.IntQueue;
import org.offloadlab.sim.Packet;
import org.offloadlab.sim.PacketReceiver;
import org.offloadlab.sim.Scheduled;
import org.offloadlab.sim.Simulator;
import org.offloadlab.tcp.Segment;
import org.offloadlab.tcp.TcpFlags;
import org.offloadlab.tcp.TcpOptions;

/**
 * Many clients that each open one connection to a server port and then stay idle: a SYN with Linux's options (MSS 1460,
 * window scale 7, SACK, timestamps), and the handshake-completing ACK when the SYN-ACK arrives. No TCP engine per
 * client: per client only a few primitive array entries, so a million of them fit in tens of megabytes and the load
 * costs little next to the adapter it drives. Client {@code i} is host {@code firstHost + i % hosts}, port
 * {@code 1024 + i / hosts}. A SYN without answer is retransmitted after 1 s, 2 s and 4 s (RFC 6298 §2.1 initial RTO and
 * backoff), then the client gives up.
 */
public final class HandshakeClients implements PacketReceiver {

    private static final int MAX_RETRIES = 3;
    private static final long INITIAL_RTO = 1_000_000_000L;
    private static final int WINDOW = 64240;
    private static final int WSCALE = 7;

    private final Simulator sim;
    private final int firstHost;
    private final int hosts;
    private final int serverAddress;
    private final int serverPort;
    private final int capacity;
    private PacketReceiver toServer = (p, t) -> {
    };
    private final long[] firstSynAt;
    private final long[] establishedAt;
    private final byte[] tries;
    private final byte[] outcome;
    private int opened;
    private int established;
    private int refused;
    private int gaveUp;
    /** Clients waiting for an answer to their SYN, by number of retransmissions so far (deadlines are FIFO). */
    private final IntQueue[] retryQueue = new IntQueue[MAX_RETRIES + 1];
    private final Scheduled[] retryEvent = new Scheduled[MAX_RETRIES + 1];
    private final long[] lastSynAt;

    private static final byte PENDING = 0;
    private static final byte DONE = 1;
    private static final byte REFUSED = 2;
    private static final byte FAILED = 3;

    /** Up to {@code capacity} clients spread over {@code hosts} addresses from {@code firstHost}. */
    public HandshakeClients(Simulator sim, int firstHost, int hosts, int serverAddress, int serverPort, int capacity) {
        if (hosts <= 0 || capacity <= 0 || (long) capacity / hosts + 1024 > 65535) {
            throw new IllegalArgumentException("too many clients per host: " + capacity + " over " + hosts + " hosts");
        }
        this.sim = sim;
        this.firstHost = firstHost;
        this.hosts = hosts;
        this.serverAddress = serverAddress;
        this.serverPort = serverPort;
        this.capacity = capacity;
        firstSynAt = new long[capacity];
        establishedAt = new long[capacity];
        lastSynAt = new long[capacity];
        tries = new byte[capacity];
        outcome = new byte[capacity];
        Arrays.fill(establishedAt, -1);
        for (int k = 0; k <= MAX_RETRIES; k++) {
            int level = k;
            retryQueue[k] = new IntQueue();
            retryEvent[k] = sim.handle(now -> retry(level, now));
        }
    }

    /** Where the clients' packets go (towards the server). */
    public void connectTo(PacketReceiver server) {
        toServer = server;
    }

    public int host(int client) {
        return firstHost + client % hosts;
    }

    public int port(int client) {
        return 1024 + client / hosts;
    }

    private int isn(int client) {
        return client * 0x9E3779B1 + 12345;
    }

    /** Opens the next client's connection now; returns its index. */
    public int open(long now) {
        if (opened == capacity) {
            throw new IllegalStateException("all " + capacity + " clients already opened");
        }
        int i = opened++;
        firstSynAt[i] = now;
        sendSyn(i, now);
        return i;
    }

    private void sendSyn(int i, long now) {
        lastSynAt[i] = now;
        TcpOptions o = TcpOptions.NONE.withMss(1460).withWindowScale(WSCALE).withSackPermitted(true)
                .withTimestamps((int) (now / 1_000_000L), 0);
        Segment syn = new Segment(port(i), serverPort, isn(i), 0, TcpFlags.SYN, WINDOW, 0, o, ByteBuffer.allocate(0));
        toServer.receive(Packet.of(host(i), serverAddress, syn), now);
        int level = tries[i];
        retryQueue[level].add(i);
        if (!retryEvent[level].isPending()) {
            sim.reschedule(retryEvent[level], now + (INITIAL_RTO << level));
        }
    }

    private void retry(int level, long now) {
        IntQueue q = retryQueue[level];
        long rto = INITIAL_RTO << level;
        while (!q.isEmpty()) {
            int i = q.get(0);
            if (outcome[i] != PENDING || tries[i] != level) {
                q.poll();
                continue;
            }
            long due = lastSynAt[i] + rto;
            if (due > now) {
                sim.reschedule(retryEvent[level], due);
                return;
            }
            q.poll();
            if (level == MAX_RETRIES) {
                outcome[i] = FAILED;
                gaveUp++;
                continue;
            }
            tries[i]++;
            sendSyn(i, now);
        }
    }

    @Override
    public void receive(Packet p, long now) {
        int h = p.destinationHost() - firstHost;
        Segment s = p.segment();
        int portIndex = s.dstPort() - 1024;
        if (h < 0 || h >= hosts || portIndex < 0) {
            return;
        }
        long i = (long) portIndex * hosts + h;
        if (i >= opened) {
            return;
        }
        int c = (int) i;
        if (s.has(TcpFlags.RST)) {
            if (outcome[c] == PENDING) {
                outcome[c] = REFUSED;
                refused++;
            }
            return;
        }
        if (!s.has(TcpFlags.SYN) || !s.has(TcpFlags.ACK) || s.ack() != isn(c) + 1) {
            return;
        }
        // the handshake-completing ACK (also for a retransmitted SYN-ACK, whose first ACK was lost)
        TcpOptions o = s.options().timestamps()
                ? TcpOptions.NONE.withTimestamps((int) (now / 1_000_000L), s.options().tsVal())
                : TcpOptions.NONE;
        int window = s.options().windowScale() >= 0 ? WINDOW >> WSCALE : Math.min(WINDOW, 65535);
        Segment ack = new Segment(s.dstPort(), s.srcPort(), isn(c) + 1, s.seq() + 1, TcpFlags.ACK, window, 0, o,
                ByteBuffer.allocate(0));
        toServer.receive(Packet.of(p.destinationHost(), serverAddress, ack), now);
        if (outcome[c] == PENDING) {
            outcome[c] = DONE;
            establishedAt[c] = now;
            established++;
        }
    }

    public int opened() {
        return opened;
    }

    /** Clients that completed the handshake. */
    public int established() {
        return established;
    }

    /** Clients answered with RST. */
    public int refused() {
        return refused;
    }

    /** Clients that gave up after their last SYN retransmission. */
    public int gaveUp() {
        return gaveUp;
    }

    /** When client {@code i} sent its first SYN. */
    public long firstSynAt(int i) {
        return firstSynAt[i];
    }

    /** When client {@code i} completed its handshake, or -1. */
    public long establishedAt(int i) {
        return establishedAt[i];
    }

    /** The client index for a (host, port) pair, or -1. */
    public int clientOf(int host, int port) {
        int h = host - firstHost;
        long i = (long) (port - 1024) * hosts + h;
        return h < 0 || h >= hosts || port < 1024 || i >= opened ? -1 : (int) i;
    }
}
