package org.offloadlab.tcp;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * Two engines over a link whose impairments are explicit parameters (unlike {@link LinkSimulation}, which draws them
 * from its seed), so that a property-test framework can shrink each one towards "no impairment" and report the smallest
 * failing scenario. Every segment crosses the wire form (emit, checksum, corruption, validate, parse). After every step
 * the engines' invariants are checked; a violation is recorded, not thrown, so the run can report it with the scenario.
 */
final class ImpairedLink {

    private static final byte[] ADDR_A = {10, 0, 0, 1};
    private static final byte[] ADDR_B = {10, 0, 0, 2};
    /** Dispatch rounds at one instant before the engines count as spinning (pollAt() stays in the past). */
    private static final int MAX_ROUNDS_AT_ONE_INSTANT = 10_000;

    /**
     * The link: seeded randomness and per-packet probabilities.
     *
     * @param seed
     *            drives the data, the applications' paces and every impairment decision
     * @param loss
     *            probability that a packet is lost
     * @param reorder
     *            probability that a packet is held back by up to two one-way delays
     * @param duplicate
     *            probability that a packet is delivered twice
     * @param corrupt
     *            probability that one octet of a packet is flipped (caught by the checksum)
     * @param delayMicros
     *            one-way delay
     */
    record Link(long seed, double loss, double reorder, double duplicate, double corrupt, int delayMicros) {
    }

    private record Packet(long at, long order, boolean toB, byte[] wire) {
    }

    private final Link link;
    private final Random rnd;
    private final long delay;
    private final PriorityQueue<Packet> inFlight = new PriorityQueue<>(
            (x, y) -> x.at != y.at ? Long.compare(x.at, y.at) : Long.compare(x.order, y.order));
    private long order;
    private long now;
    final TcpConnection a;
    final TcpConnection b;
    final byte[] dataA;
    final byte[] dataB;
    private int writtenA;
    private int writtenB;
    final ByteArrayOutputStream receivedAtB = new ByteArrayOutputStream();
    final ByteArrayOutputStream receivedAtA = new ByteArrayOutputStream();
    private boolean eofAtA;
    private boolean eofAtB;
    /** Events no clean transfer may raise: RESET, REFUSED, TIMED_OUT, as "A:RESET". */
    final List<String> badEvents = new ArrayList<>();
    /** The first invariant violation seen, or null. */
    String violation;
    int segments;

    /**
     * With a value >= 0 both engines run in commit mode ({@link TcpConnection#acknowledgeOnlyCommitted}): what an
     * application read is committed this many nanoseconds later, as an offload adapter commits what its host was told;
     * an ACK beyond the committed point is a violation. -1: plain engines.
     */
    private final long commitLagNanos;
    /** Pending commits: due time, side (0 = A, 1 = B), sequence number; in due order (the lag is constant). */
    private final ArrayDeque<long[]> commits = new ArrayDeque<>();

    ImpairedLink(Link link, TcpConfig configA, TcpConfig configB, int sizeA, int sizeB) {
        this(link, configA, configB, sizeA, sizeB, -1);
    }

    ImpairedLink(Link link, TcpConfig configA, TcpConfig configB, int sizeA, int sizeB, long commitLagNanos) {
        this.commitLagNanos = commitLagNanos;
        this.link = link;
        this.rnd = new Random(link.seed());
        this.delay = link.delayMicros() * 1000L;
        dataA = new byte[sizeA];
        dataB = new byte[sizeB];
        rnd.nextBytes(dataA);
        rnd.nextBytes(dataB);
        b = TcpConnection.listen(configB, watcher("B"), 80, 1, now);
        a = TcpConnection.connect(configA, watcher("A"), 40000, 80, 2, now);
        if (commitLagNanos >= 0) {
            a.acknowledgeOnlyCommitted();
            b.acknowledgeOnlyCommitted();
        }
    }

    private ConnectionListener watcher(String side) {
        return new ConnectionListener() {
            @Override
            public void event(TcpConnection c, ConnectionEvent e, long at) {
                if (e == ConnectionEvent.RESET || e == ConnectionEvent.REFUSED || e == ConnectionEvent.TIMED_OUT) {
                    badEvents.add(side + ":" + e + "@" + at / 1_000_000 + "ms");
                }
            }
        };
    }

    /** Runs until both streams are complete and both sides closed, an invariant breaks, or the virtual time limit. */
    boolean run(long limitNanos) {
        long instant = -1;
        int rounds = 0;
        while (now <= limitNanos && violation == null) {
            if (now == instant) {
                if (++rounds > MAX_ROUNDS_AT_ONE_INSTANT) {
                    violation = "virtual time does not advance at " + now + " ns: pollAt A=" + a.pollAt() + " B="
                            + b.pollAt();
                    return false;
                }
            } else {
                instant = now;
                rounds = 0;
            }
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
            check(a, "A");
            check(b, "B");
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
            if (next == Long.MAX_VALUE) {
                next = now + 10_000_000L; // nothing pending anywhere: the applications act next
            }
            now = Math.max(now, next);
            if (rnd.nextInt(50) == 0) {
                now += rnd.nextInt(2_000_000); // the applications keep their own times too
            }
        }
        return false;
    }

    /** Engine invariants that must hold after every step, whatever arrived. */
    private void check(TcpConnection c, String side) {
        if (violation != null) {
            return;
        }
        TcpConfig cfg = c.config();
        if (!SeqNum.le(c.sndUna(), c.sndNxt())) {
            violation = side + ": SND.UNA " + SeqNum.unsigned(c.sndUna()) + " > SND.NXT " + SeqNum.unsigned(c.sndNxt());
        } else if (c.sendQueued() < 0 || c.sendQueued() > cfg.sendBufferSize()) {
            violation = side + ": send queue " + c.sendQueued() + " outside [0, " + cfg.sendBufferSize() + "]";
        } else if (c.available() < 0 || c.available() > cfg.receiveBufferSize()) {
            violation = side + ": readable " + c.available() + " outside [0, " + cfg.receiveBufferSize() + "]";
        } else if (c.rcvWnd() < 0 || c.rcvWnd() > (1L << 30)) {
            violation = side + ": RCV.WND " + c.rcvWnd() + " outside [0, 2^30]";
        } else if (SeqNum.distance(c.sndUna(), c.sndNxt()) > (long) cfg.sendBufferSize() + 2) {
            violation = side + ": " + SeqNum.distance(c.sndUna(), c.sndNxt())
                    + " octets in flight exceed the send buffer (+SYN+FIN)";
        } else if (c.pollAt() < 0) {
            violation = side + ": pollAt " + c.pollAt() + " is negative";
        }
    }

    private boolean done() {
        return eofAtA && eofAtB && closedSide(a) && closedSide(b) && receivedAtB.size() == dataA.length
                && receivedAtA.size() == dataB.length;
    }

    private static boolean closedSide(TcpConnection c) {
        return c.state() == State.CLOSED || c.state() == State.TIME_WAIT;
    }

    private void application() {
        if (a.state().isSynchronized()) {
            writtenA = pushAndShutdown(a, dataA, writtenA);
        }
        if (b.state().isSynchronized()) {
            writtenB = pushAndShutdown(b, dataB, writtenB);
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

    /** Queues a random chunk; once everything is queued, half-closes (exactly once: written goes past the end). */
    private int pushAndShutdown(TcpConnection c, byte[] data, int written) {
        if (written > data.length) {
            return written;
        }
        if (written < data.length && rnd.nextInt(4) != 0) {
            int chunk = Math.min(data.length - written, 1 + rnd.nextInt(20_000));
            written += Math.max(0, c.send(ByteBuffer.wrap(data, written, chunk), now));
        }
        if (written == data.length) {
            c.shutdownOutput(now);
            return written + 1;
        }
        return written;
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
        if (commitLagNanos >= 0 && s.has(TcpFlags.ACK) && SeqNum.gt(s.ack(), from.rcvCommitted())
                && violation == null) {
            violation = (toB ? "A" : "B") + ": ACK " + SeqNum.unsigned(s.ack()) + " beyond the committed "
                    + SeqNum.unsigned(from.rcvCommitted()) + ": " + s;
        }
        if (rnd.nextDouble() < link.loss()) {
            return;
        }
        ByteBuffer wire = ByteBuffer.wrap(s.toBytes());
        TcpChecksum.fill(toB ? ADDR_A : ADDR_B, toB ? ADDR_B : ADDR_A, wire);
        byte[] bytes = wire.array();
        if (rnd.nextDouble() < link.corrupt()) {
            bytes = bytes.clone();
            bytes[rnd.nextInt(bytes.length)] ^= (byte) (1 + rnd.nextInt(255));
        }
        enqueue(toB, bytes);
        if (rnd.nextDouble() < link.duplicate()) {
            enqueue(toB, bytes);
        }
    }

    private void enqueue(boolean toB, byte[] bytes) {
        long at = now + delay;
        if (rnd.nextDouble() < link.reorder()) {
            at += (long) (rnd.nextDouble() * 2 * delay) + 1;
        }
        inFlight.add(new Packet(at, order++, toB, bytes));
    }

    private void deliver(Packet p) {
        ByteBuffer wire = ByteBuffer.wrap(p.wire);
        if (TcpHeaderView.validate(wire, p.toB ? ADDR_A : ADDR_B, p.toB ? ADDR_B : ADDR_A) != null) {
            return; // a corrupted packet: the checksum catches it, as the receiving host would
        }
        Segment s;
        try {
            s = Segment.parse(wire);
        } catch (MalformedSegmentException e) {
            return;
        }
        (p.toB ? b : a).process(s, now);
    }

    /** One line for a failure message: where both ends are and what went over the wire. */
    String describe() {
        return "t=" + now / 1_000_000 + "ms A=" + a + " B=" + b + " received at B " + receivedAtB.size() + "/"
                + dataA.length + ", at A " + receivedAtA.size() + "/" + dataB.length + ", eof A=" + eofAtA + " B="
                + eofAtB + ", " + segments + " segments sent";
    }
}
