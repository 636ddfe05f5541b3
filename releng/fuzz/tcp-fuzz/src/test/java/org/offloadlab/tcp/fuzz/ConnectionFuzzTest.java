package org.offloadlab.tcp.fuzz;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.offloadlab.tcp.MalformedSegmentException;
import org.offloadlab.tcp.SackBlock;
import org.offloadlab.tcp.Segment;
import org.offloadlab.tcp.SeqNum;
import org.offloadlab.tcp.State;
import org.offloadlab.tcp.TcpConfig;
import org.offloadlab.tcp.TcpConnection;
import org.offloadlab.tcp.TcpFlags;
import org.offloadlab.tcp.TcpOptions;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * {@link TcpConnection#process} against an established connection, fed a sequence of segments the fuzzer builds
 * around the connection's own sequence space (so most of them get past the acceptability test of RFC 9293 §3.10.7.4
 * into the interesting code), interleaved with genuine traffic from a real peer, timer expiry and application calls.
 * The engine must never throw, and its invariants must hold after every step; what it emits must be well-formed.
 */
class ConnectionFuzzTest {

    private static final int A_PORT = 40000;
    private static final int B_PORT = 80;
    private static final long MS = 1_000_000L;
    /** The longest any timer may lie ahead: keep-alive idle (2 h) plus slack; everything else is shorter. */
    private static final long MAX_TIMER_AHEAD = 3L * 3600 * 1000 * MS;
    private static final int MAX_STEPS = 400;

    private long now;
    private TcpConnection a;
    private TcpConnection b;
    private final List<Segment> toA = new ArrayList<>();
    private final List<Segment> toB = new ArrayList<>();
    private int lastPeerTsVal;

    @FuzzTest(maxDuration = "60s")
    void process(FuzzedDataProvider data) {
        TcpConfig ca = config(data.consumeInt(), data);
        TcpConfig cb = config(data.consumeInt(), data);
        establish(ca, cb);
        // something in flight each way, partly acknowledged, so SND.UNA < SND.NXT and the receive queue is not empty
        a.send(ByteBuffer.wrap(new byte[data.consumeInt(0, 50_000)]), now);
        b.send(ByteBuffer.wrap(new byte[data.consumeInt(0, 50_000)]), now);
        exchange(data.consumeInt(0, 4));
        for (int step = 0; step < MAX_STEPS && data.remainingBytes() > 0; step++) {
            switch (data.consumeInt(0, 9)) {
                case 0, 1, 2, 3 -> inject(data);
                case 4 -> {
                    now += data.consumeLong(0, 130_000L * MS);
                    dispatchA();
                    toB.clear();
                }
                case 5 -> exchange(1);
                case 6 -> a.send(ByteBuffer.wrap(new byte[data.consumeInt(0, 70_000)]), now);
                case 7 -> a.receive(ByteBuffer.allocate(data.consumeInt(1, 70_000)), now);
                case 8 -> {
                    switch (data.consumeInt(0, 3)) {
                        case 0 -> a.shutdownOutput(now);
                        case 1 -> a.close(now);
                        case 2 -> a.setNoDelay(data.consumeBoolean(), now);
                        default -> a.setKeepAlive(data.consumeBoolean(), now);
                    }
                }
                default -> {
                    // a peer segment replayed later, possibly with a modified field: stale and duplicate traffic
                    if (!toA.isEmpty()) {
                        Segment old = toA.get(data.consumeInt(0, toA.size() - 1));
                        processA(data.consumeBoolean() ? old : old.withAck(old.ack() + data.consumeInt(-3, 3)));
                    }
                }
            }
            check(a, "A");
        }
    }

    /** Small buffers and either profile: the edges (full buffers, zero windows, tiny MSS) are where bugs live. */
    private static TcpConfig config(int bits, FuzzedDataProvider data) {
        TcpConfig base = (bits & 1) != 0 ? TcpConfig.linuxDefaults() : TcpConfig.rfcDefaults();
        int[] buffers = {1024, 4096, 65_536, 262_144};
        return base.toBuilder().windowScaling((bits & 2) != 0).timestamps((bits & 4) != 0).sack((bits & 8) != 0)
                .noDelay((bits & 16) != 0).mss(data.consumeInt(64, 9000))
                .sendBufferSize(buffers[(bits >>> 5) & 3]).receiveBufferSize(buffers[(bits >>> 7) & 3])
                .isnSecret(bits).build();
    }

    private void establish(TcpConfig ca, TcpConfig cb) {
        now = 0;
        lastPeerTsVal = 0;
        toA.clear();
        toB.clear();
        b = TcpConnection.listen(cb, null, B_PORT, 1, now);
        a = TcpConnection.connect(ca, null, A_PORT, B_PORT, 2, now);
        for (int i = 0; i < 10 && !(a.state() == State.ESTABLISHED && b.state() == State.ESTABLISHED); i++) {
            exchange(1);
            now += MS;
        }
        if (a.state() != State.ESTABLISHED || b.state() != State.ESTABLISHED) {
            throw new AssertionError("handshake did not complete: A=" + a + " B=" + b);
        }
    }

    /** Rounds of genuine traffic: each end's due segments go to the other. */
    private void exchange(int rounds) {
        for (int r = 0; r < rounds; r++) {
            dispatchA();
            List<Segment> forB = new ArrayList<>(toB);
            toB.clear();
            for (Segment s : forB) {
                b.process(s, now);
            }
            if (b.pollAt() <= now) {
                b.dispatch(now, s -> {
                    if (s.options().timestamps()) {
                        lastPeerTsVal = s.options().tsVal();
                    }
                    toA.add(s);
                    if (toA.size() > 64) {
                        toA.remove(0);
                    }
                });
            }
            for (Segment s : new ArrayList<>(toA.subList(Math.max(0, toA.size() - 8), toA.size()))) {
                processA(s);
            }
            now += (r % 2 == 0 ? 20 : 1) * MS; // uneven pauses, so delayed-ACK and retransmission timers fire
        }
    }

    /** A segment from B's port to A's, its numbers near A's sequence space (or anywhere, sometimes). */
    private void inject(FuzzedDataProvider data) {
        int seq = data.consumeBoolean() ? a.rcvNxt() + data.consumeInt(-70_000, 70_000) : data.consumeInt();
        int ack = switch (data.consumeInt(0, 3)) {
            case 0 -> a.sndUna() + data.consumeInt(-10, 10);
            case 1 -> a.sndNxt() + data.consumeInt(-10, 10);
            case 2 -> a.sndUna() + data.consumeInt(0, (int) Math.min(Integer.MAX_VALUE, SeqNum.distance(a.sndUna(),
                    a.sndNxt()) + 1));
            default -> data.consumeInt();
        };
        int flags = data.consumeBoolean() ? TcpFlags.ACK | (data.consumeInt(0, 0xFFF) & data.consumeInt(0, 0xFFF))
                : data.consumeInt(0, 0xFFF);
        TcpOptions o = TcpOptions.NONE;
        if (data.consumeBoolean()) {
            int tsVal = data.consumeBoolean() ? lastPeerTsVal + data.consumeInt(-5, 1000) : data.consumeInt();
            o = o.withTimestamps(tsVal, data.consumeInt());
        }
        int blocks = data.consumeInt(0, 3);
        if (blocks > 0) {
            List<SackBlock> sack = new ArrayList<>();
            for (int i = 0; i < blocks; i++) {
                int left = a.sndUna() + data.consumeInt(-2000, 100_000);
                sack.add(new SackBlock(left, left + data.consumeInt(-10, 20_000)));
            }
            o = o.withSackBlocks(sack);
        }
        if (data.consumeInt(0, 15) == 0) {
            o = o.withMss(data.consumeInt(0, 0xFFFF)).withWindowScale(data.consumeInt(0, 255)).withSackPermitted(true);
        }
        byte[] payload = data.consumeBytes(data.consumeInt(0, 3000));
        Segment s = new Segment(B_PORT, A_PORT, seq, ack, flags, data.consumeInt(0, 0xFFFF),
                data.consumeInt(0, 0xFFFF), o, ByteBuffer.wrap(payload));
        processA(s);
    }

    private void processA(Segment s) {
        a.process(s, now);
        check(a, "A");
    }

    /** Dispatches A until it has nothing due now, checking every segment it emits. */
    private void dispatchA() {
        for (int round = 0; a.pollAt() <= now; round++) {
            if (round == 16) {
                throw new AssertionError("A is due again and again at the same instant (pollAt " + a.pollAt()
                        + " <= now " + now + " after 16 dispatches): " + a + " " + a.softState());
            }
            int first = toB.size();
            a.dispatch(now, this::checkEmitted);
            for (Segment s : toB.subList(Math.min(first, toB.size()), toB.size())) {
                // RFC 9293 §3.4: everything sent lies below SND.NXT (a RST may carry the peer's ACK as its SEQ)
                if (!s.has(TcpFlags.RST) && SeqNum.gt(s.seq() + s.sequenceLength(), a.sndNxt())) {
                    throw new AssertionError("A emitted sequence space beyond SND.NXT "
                            + SeqNum.unsigned(a.sndNxt()) + ": " + s + " " + a);
                }
            }
        }
        check(a, "A");
    }

    private void checkEmitted(Segment s) {
        if (s.srcPort() != A_PORT || s.dstPort() != B_PORT) {
            throw new AssertionError("A emitted a segment with foreign ports: " + s);
        }
        byte[] wire = s.toBytes(); // throws if the options overflow the 40 octets
        try {
            if (!Segment.parse(ByteBuffer.wrap(wire)).equals(s)) {
                throw new AssertionError("A emitted a segment that does not round-trip: " + s);
            }
        } catch (MalformedSegmentException e) {
            throw new AssertionError("A emitted a malformed segment: " + s, e);
        }
        if (s.payloadLength() > a.config().mss()) {
            throw new AssertionError("A emitted " + s.payloadLength() + " payload octets, MSS " + a.config().mss());
        }
        toB.add(s);
    }

    private void check(TcpConnection c, String side) {
        TcpConfig cfg = c.config();
        String problem = null;
        if (!SeqNum.le(c.sndUna(), c.sndNxt())) {
            problem = "SND.UNA > SND.NXT";
        } else if (c.sendQueued() < 0 || c.sendQueued() > cfg.sendBufferSize()) {
            problem = "send queue " + c.sendQueued() + " outside [0, " + cfg.sendBufferSize() + "]";
        } else if (c.available() < 0 || c.available() > cfg.receiveBufferSize()) {
            problem = "readable " + c.available() + " outside [0, " + cfg.receiveBufferSize() + "]";
        } else if (c.rcvWnd() < 0 || c.rcvWnd() > (1L << 30)) {
            problem = "RCV.WND " + c.rcvWnd();
        } else if (SeqNum.distance(c.sndUna(), c.sndNxt()) > (long) cfg.sendBufferSize() + 2) {
            problem = SeqNum.distance(c.sndUna(), c.sndNxt()) + " octets in flight exceed the send buffer";
        } else if (c.pollAt() != Long.MAX_VALUE && c.pollAt() > now + MAX_TIMER_AHEAD) {
            problem = "pollAt " + c.pollAt() + " more than 3 h ahead of " + now;
        } else if (c.pollAt() < 0) {
            problem = "negative pollAt " + c.pollAt();
        }
        if (problem != null) {
            throw new AssertionError(side + ": " + problem + " at " + now + " ns: " + c);
        }
    }
}
