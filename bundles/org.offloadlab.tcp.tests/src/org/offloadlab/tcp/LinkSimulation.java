package org.offloadlab.tcp;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * Two engines over a tiny seeded link model: every segment goes through the wire form (emit, checksum, optional
 * corruption, validate, verify, parse), with loss, duplication, corruption and reordering (random extra delay). The
 * applications push random data both ways, read at random paces (so windows close), half-close when done and close when
 * the peer's stream has ended. Deterministic for a seed.
 */
final class LinkSimulation {

    private static final byte[] ADDR_A = {10, 0, 0, 1};
    private static final byte[] ADDR_B = {10, 0, 0, 2};

    private record Packet(long at, long order, boolean toB, byte[] wire) {
    }

    final Random rnd;
    final double loss;
    final double duplicate;
    final double corrupt;
    final long delay;
    final long jitter;
    final TcpConfig configA;
    final TcpConfig configB;
    private final PriorityQueue<Packet> inFlight = new PriorityQueue<>(
            (x, y) -> x.at != y.at ? Long.compare(x.at, y.at) : Long.compare(x.order, y.order));
    private long order;
    long now;
    TcpConnection a;
    TcpConnection b;
    final byte[] dataA;
    final byte[] dataB;
    private int writtenA;
    private int writtenB;
    final ByteArrayOutputStream receivedAtB = new ByteArrayOutputStream();
    final ByteArrayOutputStream receivedAtA = new ByteArrayOutputStream();
    private boolean eofAtA;
    private boolean eofAtB;
    private boolean closedA;
    private boolean closedB;
    /** Prints every segment (debugging aid). */
    boolean trace;
    /** Drops the A-to-B data segments it accepts (deterministic loss patterns), if set. */
    java.util.function.Predicate<Segment> dropDataToB;
    int corrupted;
    int dropped;
    int segments;
    /**
     * With a value >= 0 both engines run in commit mode ({@link TcpConnection#acknowledgeOnlyCommitted}) and what the
     * application read is committed this many nanoseconds later (an owner that learns of the data late, as an offload
     * adapter's host does); -1 (the default): plain engines.
     */
    long commitLagNanos = -1;
    /** Pending commits: due time, side (0 = A, 1 = B), sequence number; in due order (the lag is constant). */
    private final java.util.ArrayDeque<long[]> commits = new java.util.ArrayDeque<>();

    LinkSimulation(long seed, double loss, double duplicate, double corrupt, int sizeA, int sizeB, TcpConfig configA,
            TcpConfig configB) {
        this.rnd = new Random(seed);
        this.loss = loss;
        this.duplicate = duplicate;
        this.corrupt = corrupt;
        this.delay = 1_000_000L + rnd.nextInt(20_000_000);
        this.jitter = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(5_000_000);
        this.configA = configA;
        this.configB = configB;
        dataA = new byte[sizeA];
        dataB = new byte[sizeB];
        rnd.nextBytes(dataA);
        rnd.nextBytes(dataB);
    }

    /** A random but valid configuration: options on or off, small buffers, either congestion control. */
    static TcpConfig randomConfig(Random r) {
        TcpConfig base = r.nextBoolean() ? TcpConfig.rfcDefaults() : TcpConfig.linuxDefaults();
        int[] buffers = {4096, 16 * 1024, 64 * 1024, 256 * 1024};
        return base.toBuilder().windowScaling(r.nextBoolean()).timestamps(r.nextBoolean()).sack(r.nextBoolean())
                .noDelay(r.nextBoolean()).mss(r.nextBoolean() ? 1460 : 536 + r.nextInt(1000))
                .sendBufferSize(buffers[r.nextInt(buffers.length)])
                .receiveBufferSize(buffers[r.nextInt(buffers.length)]).isnSecret(r.nextLong())
                // patient endpoints: a failed run should mean a bug, not an unlucky streak of losses
                .userTimeoutNanos(1_800_000_000_000L)
                .congestionControl(r.nextBoolean()
                        ? org.offloadlab.tcp.cc.NewReno.FACTORY
                        : org.offloadlab.tcp.cc.Cubic.FACTORY)
                .build();
    }

    void open() {
        b = TcpConnection.listen(configB, null, 80, 1, now);
        a = TcpConnection.connect(configA, null, 40000, 80, 2, now);
        if (commitLagNanos >= 0) {
            a.acknowledgeOnlyCommitted();
            b.acknowledgeOnlyCommitted();
        }
    }

    /** Runs until both streams are complete and both sides closed, or the virtual time limit. */
    boolean run(long limitNanos, Runnable atEachStep) {
        int steps = 0;
        while (now <= limitNanos && steps++ < 5_000_000) {
            application();
            while (!commits.isEmpty() && commits.peek()[0] <= now) {
                long[] c = commits.poll();
                (c[1] == 0 ? a : b).commitReceived((int) c[2], now);
            }
            if (a.pollAt() <= now) {
                a.dispatch(now, s -> transmit(s, true));
            }
            if (b.pollAt() <= now) {
                b.dispatch(now, s -> transmit(s, false));
            }
            if (atEachStep != null) {
                atEachStep.run();
            }
            Packet p = inFlight.peek();
            if (p != null && p.at <= now) {
                inFlight.poll();
                deliver(p);
                continue;
            }
            if (done()) {
                return true;
            }
            long next = Math.min(a.pollAt(), b.pollAt());
            if (p != null) {
                next = Math.min(next, p.at);
            }
            if (!commits.isEmpty()) {
                next = Math.min(next, commits.peek()[0]);
            }
            if (!(eofAtA && eofAtB)) {
                // the applications act at least every 10 ms while they still read: a long timer in one engine (TIME-WAIT,
                // a backed-off probe) must not also stall the other side's reader
                next = Math.min(next, now + 10_000_000L);
            } else if (next == Long.MAX_VALUE) {
                next = now + 10_000_000L; // nothing on the wire or in the engines: the applications act next
            }
            now = Math.max(now, next);
            if (rnd.nextInt(50) == 0) {
                now += rnd.nextInt(2_000_000); // the applications act at their own times too
            }
        }
        return false;
    }

    boolean done() {
        return eofAtA && eofAtB && closedA && closedB
                && (a.state() == State.CLOSED || a.state() == State.TIME_WAIT)
                && (b.state() == State.CLOSED || b.state() == State.TIME_WAIT) && receivedAtB.size() == dataA.length
                && receivedAtA.size() == dataB.length;
    }

    private void application() {
        if (a.state().isSynchronized() || a.state() == State.SYN_SENT) {
            writtenA += push(a, dataA, writtenA);
            if (writtenA == dataA.length && !closedA && a.state().isSynchronized()) {
                a.shutdownOutput(now);
                closedA = true;
            }
        }
        if (b.state().isSynchronized()) {
            writtenB += push(b, dataB, writtenB);
            if (writtenB == dataB.length && !closedB) {
                b.shutdownOutput(now);
                closedB = true;
            }
        }
        if (!eofAtB) {
            eofAtB = pull(b, receivedAtB);
        }
        if (!eofAtA) {
            eofAtA = pull(a, receivedAtA);
        }
        if (commitLagNanos >= 0) {
            commitRead(a, 0);
            commitRead(b, 1);
        }
    }

    /** Everything read so far (and a FIN with nothing left to read) is committed after the lag. */
    private void commitRead(TcpConnection c, int side) {
        if (!c.state().isSynchronized() && c.state() != State.CLOSED) {
            return;
        }
        int read = c.rcvNxt() - c.available();
        long[] last = commits.isEmpty() ? null : commits.peekLast();
        if (c.rcvCommitted() != read && (last == null || last[1] != side || (int) last[2] != read)) {
            commits.add(new long[]{now + commitLagNanos, side, read});
        }
    }

    private int push(TcpConnection c, byte[] data, int written) {
        if (written == data.length || rnd.nextInt(4) == 0) {
            return 0;
        }
        int chunk = Math.min(data.length - written, 1 + rnd.nextInt(20_000));
        int n = c.send(ByteBuffer.wrap(data, written, chunk), now);
        return Math.max(n, 0);
    }

    private boolean pull(TcpConnection c, ByteArrayOutputStream sink) {
        if (rnd.nextInt(3) == 0) {
            return false; // a slow reader lets the window close
        }
        ByteBuffer buf = ByteBuffer.allocate(1 + rnd.nextInt(30_000));
        int n = c.receive(buf, now);
        if (n > 0) {
            sink.write(buf.array(), 0, n);
        }
        return n < 0;
    }

    private void transmit(Segment s, boolean toB) {
        segments++;
        TcpConnection from = toB ? a : b;
        if (commitLagNanos >= 0 && s.has(TcpFlags.ACK) && SeqNum.gt(s.ack(), from.rcvCommitted())) {
            throw new IllegalStateException("ACK " + SeqNum.unsigned(s.ack()) + " beyond the committed "
                    + SeqNum.unsigned(from.rcvCommitted()) + ": " + s);
        }
        if (trace) {
            System.out.println(now / 1000 + "us " + (toB ? "A>B " : "B>A ") + s);
        }
        if (rnd.nextDouble() < loss) {
            dropped++;
            return;
        }
        if (toB && dropDataToB != null && s.payloadLength() > 0 && dropDataToB.test(s)) {
            dropped++;
            return;
        }
        ByteBuffer wire = ByteBuffer.wrap(s.toBytes());
        TcpChecksum.fill(toB ? ADDR_A : ADDR_B, toB ? ADDR_B : ADDR_A, wire);
        byte[] bytes = wire.array();
        if (rnd.nextDouble() < corrupt) {
            bytes = bytes.clone();
            bytes[rnd.nextInt(bytes.length)] ^= (byte) (1 + rnd.nextInt(255));
        }
        enqueue(toB, bytes);
        if (rnd.nextDouble() < duplicate) {
            enqueue(toB, bytes);
        }
    }

    private void enqueue(boolean toB, byte[] bytes) {
        long at = now + delay + (jitter == 0 ? 0 : (long) (rnd.nextDouble() * jitter));
        inFlight.add(new Packet(at, order++, toB, bytes));
    }

    private void deliver(Packet p) {
        ByteBuffer wire = ByteBuffer.wrap(p.wire);
        byte[] src = p.toB ? ADDR_A : ADDR_B;
        byte[] dst = p.toB ? ADDR_B : ADDR_A;
        if (TcpHeaderView.validate(wire, src, dst) != null) {
            corrupted++;
            return;
        }
        Segment s;
        try {
            s = Segment.parse(wire);
        } catch (MalformedSegmentException e) {
            corrupted++;
            return;
        }
        (p.toB ? b : a).process(s, now);
    }

    /** Checkpoints A's hard state through its wire form, drops A and rebuilds it from the hard state alone. */
    void restoreA() {
        a = TcpConnection.restore(HardStateCodec.decode(HardStateCodec.encode(a.hardState())), configA, null, now);
    }

    /** The same for B. */
    void restoreB() {
        b = TcpConnection.restore(HardStateCodec.decode(HardStateCodec.encode(b.hardState())), configB, null, now);
    }

    private SoftState softA;
    private long softAAt;
    private SoftState softB;
    private long softBAt;

    /** Takes a soft-state checkpoint of both sides now (as a host shadowing soft state every period would). */
    void checkpointSoftState() {
        softA = a.softState();
        softAAt = now;
        softB = b.softState();
        softBAt = now;
    }

    /** Rebuilds A from its current hard state and the last soft-state checkpoint (possibly stale, possibly none). */
    void restoreAWithCheckpoint() {
        a = TcpConnection.restore(HardStateCodec.decode(HardStateCodec.encode(a.hardState())), softA, softAAt,
                configA, null, now);
    }

    /** The same for B. */
    void restoreBWithCheckpoint() {
        b = TcpConnection.restore(HardStateCodec.decode(HardStateCodec.encode(b.hardState())), softB, softBAt,
                configB, null, now);
    }

    String describe() {
        return "A=" + a + " B=" + b + " t=" + now / 1_000_000 + "ms recvB=" + receivedAtB.size() + "/" + dataA.length
                + " recvA=" + receivedAtA.size() + "/" + dataB.length + " eofA=" + eofAtA + " eofB=" + eofAtB
                + " segs=" + segments + " lost=" + dropped + " corrupt=" + corrupted + " cfgA=" + configA + " cfgB="
                + configB;
    }
}
