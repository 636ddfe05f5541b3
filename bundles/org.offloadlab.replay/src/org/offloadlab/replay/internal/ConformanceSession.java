package org.offloadlab.replay.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.offloadlab.pcap.Endpoint;
import org.offloadlab.pcap.Frame;
import org.offloadlab.pcap.TcpSegment;
import org.offloadlab.replay.ConnectionConformance;
import org.offloadlab.replay.Difference;
import org.offloadlab.replay.Difference.Kind;
import org.offloadlab.replay.Difference.Verdict;
import org.offloadlab.tcp.MalformedSegmentException;
import org.offloadlab.tcp.SackBlock;
import org.offloadlab.tcp.Segment;
import org.offloadlab.tcp.TcpConfig;
import org.offloadlab.tcp.TcpConnection;
import org.offloadlab.tcp.TcpFlags;
import org.offloadlab.tcp.TcpOptions;

/**
 * The conformance replay of one connection: the engine plays the local side, open loop. Peer segments go in at their
 * capture times, translated into the engine's sequence and timestamp spaces (the engine picks its own ISN and timestamp
 * offset, RFC 6528 and RFC 7323 §5.4); the local application's writes are replayed when the real stack first sent the
 * data; what the engine sends is recorded, never delivered. The comparison follows in {@link #finish}.
 */
final class ConformanceSession {

    /** RFC 5681 §4.2: an ACK MUST be generated within 500 ms of the arrival of the first unacknowledged packet. */
    private static final long ACK_DELAY_LIMIT_NANOS = 500_000_000L;
    /** After the capture ends, the engine runs this long so that its delayed ACKs and FINs can still go out. */
    static final long GRACE_NANOS = 1_000_000_000L;

    final int index;
    private final Endpoint local;
    private final Endpoint remote;
    private final UnaryOperator<TcpConfig> tuning;
    private String skipped;
    private TcpConnection engine;
    private TcpConfig config;
    // the real local's sequence origin and its offered options
    private int realIss;
    private boolean realIssKnown;
    private int realWscale = -1;
    private boolean realTs;
    private boolean realSack;
    private int realMss = -1;
    private long engineNow = Long.MIN_VALUE;
    private int engineIss;
    private boolean engineIssKnown;
    private int engineWscale = -1;
    private int peerWscale = -1;
    private boolean tsOffsetKnown;
    private int engineTsOffset;
    private final List<long[]> realTsvals = new ArrayList<>();
    // a peer SYN waiting for the real local's SYN-ACK (which tells the engine configuration)
    private TcpSegment pendingSyn;
    private Frame pendingSynFrame;
    // application data replay
    private long appWritten;
    private final ArrayList<byte[]> unsent = new ArrayList<>();
    private boolean shutdownPending;
    private boolean shutdownDone;
    private long realDataEnd;
    private long engineMaxSeq;
    private int paceViolations;
    private long lastTime;
    private boolean peerFin;
    private boolean peerRst;
    private final SideLog real = new SideLog();
    private final SideLog engineOut = new SideLog();
    private final AckMatcher acks = new AckMatcher();
    private final List<Difference> differences = new ArrayList<>();

    ConformanceSession(int index, Endpoint local, Endpoint remote, UnaryOperator<TcpConfig> tuning) {
        this.index = index;
        this.local = local;
        this.remote = remote;
        this.tuning = tuning;
    }

    Endpoint local() {
        return local;
    }

    /**
     * Whether the connection is over as far as the capture can show (both FINs or a RST seen) and its last segment is
     * more than the grace period before {@code now}: its result can be computed and its state dropped.
     */
    boolean finishedBy(long now) {
        boolean over = skipped != null || real.rst || peerRst || real.fin && peerFin;
        return over && now - lastTime > GRACE_NANOS;
    }

    void accept(TcpSegment s, Frame frame, boolean fromLocal) {
        long t = frame.timestampNanos();
        lastTime = t;
        if (skipped != null) {
            return;
        }
        if (engine != null) {
            advanceTo(t);
        }
        if (fromLocal) {
            fromLocal(s, frame, t);
        } else {
            fromPeer(s, frame, t);
        }
        if (engine != null) {
            dispatch(t);
        }
    }

    private void fromLocal(TcpSegment s, Frame frame, long t) {
        if (engine == null) {
            if (!s.isSyn()) {
                skipped = "the capture has no handshake for this side: conformance replay needs one";
                return;
            }
            realIss = (int) s.seq();
            realIssKnown = true;
            realWscale = s.options().windowScale();
            realTs = s.options().hasTimestamps();
            realSack = s.options().sackPermitted();
            realMss = s.options().mss();
            open(s, t);
            if (skipped != null) {
                return;
            }
        }
        noteRealTsval(s, t);
        int relSeq = (int) s.seq() - realIss;
        real.sent(t, relSeq, s.payloadLength(), s.flags(), null);
        if (s.isAck() && !s.isSyn()) {
            acks.real(t, s.ack(), scaled(s.window(), realWscale, false));
        }
        if (s.payloadLength() > 0) {
            replayWrite(s, frame, relSeq);
        }
        if (s.isFin() && !shutdownPending) {
            shutdownPending = true;
        }
        flushApplication(t);
    }

    /** Creates the engine once the real local's first SYN or SYN-ACK tells what it offers. */
    private void open(TcpSegment localSyn, long t) {
        org.offloadlab.pcap.TcpOptions o = localSyn.options();
        // the real side's own choices where a capture shows them: MSS, which options, the window-scale shift
        TcpConfig.Builder b = TcpConfig.linuxDefaults().toBuilder().mss(o.mss() > 0 ? Math.max(64, o.mss()) : 536)
                .windowScaling(o.windowScale() >= 0).timestamps(o.hasTimestamps()).sack(o.sackPermitted());
        if (o.windowScale() >= 0) {
            b.receiveWindowScale(Math.min(o.windowScale(), 14));
        }
        TcpConfig base = b.build();
        config = tuning.apply(base);
        long key = ((long) remote.address().hashCode() << 32) ^ remote.port();
        if (localSyn.isAck()) {
            if (pendingSyn == null) {
                skipped = "the peer's SYN was not captured";
                return;
            }
            long synTime = pendingSynFrame.timestampNanos();
            engine = TcpConnection.listen(config, null, local.port(), key, synTime);
            inject(pendingSyn, pendingSynFrame, synTime);
            dispatch(synTime);
            advanceTo(t);
        } else {
            engine = TcpConnection.connect(config, null, local.port(), remote.port(), key, t);
            dispatch(t);
        }
    }

    private void fromPeer(TcpSegment s, Frame frame, long t) {
        peerFin |= s.isFin();
        peerRst |= s.isRst();
        if (s.isSyn() && s.options().windowScale() >= 0) {
            peerWscale = s.options().windowScale();
        }
        if (engine == null) {
            if (s.isSyn() && !s.isAck()) {
                pendingSyn = s;
                pendingSynFrame = frame;
            }
            return;
        }
        inject(s, frame, t);
        drainReceive(t);
        flushApplication(t);
    }

    private void inject(TcpSegment s, Frame frame, long t) {
        Segment seg;
        try {
            int headerOffset = s.capturedPayloadOffset() - s.headerLength();
            seg = Segment.parse(ByteBuffer.wrap(frame.data(), headerOffset, s.headerLength()).slice());
        } catch (MalformedSegmentException | IndexOutOfBoundsException e) {
            return; // the engine would drop it too; the real stack's answer to it shows as a difference if any
        }
        if (s.payloadLength() > 0) {
            byte[] payload = new byte[s.payloadLength()];
            System.arraycopy(frame.data(), s.capturedPayloadOffset(), payload, 0, s.capturedPayloadLength());
            seg = seg.withPayload(ByteBuffer.wrap(payload));
        }
        if (s.isAck() && realIssKnown && engineIssKnown) {
            int ack = (int) s.ack() - realIss + engineIss;
            if (ack - engineIss > (int) (engineMaxSeq) && engineMaxSeq >= 0) {
                paceViolations++;
            }
            seg = seg.withAck(ack);
            TcpOptions o = seg.options();
            if (!o.sackBlocks().isEmpty()) {
                List<SackBlock> blocks = new ArrayList<>();
                for (SackBlock b : o.sackBlocks()) {
                    blocks.add(new SackBlock(b.left() - realIss + engineIss, b.right() - realIss + engineIss));
                }
                o = o.withSackBlocks(blocks);
            }
            if (o.timestamps() && tsOffsetKnown) {
                o = o.withTimestamps(o.tsVal(), engineTsvalAt(realTsvalTime(o.tsEcr())));
            }
            seg = seg.withOptions(o);
        }
        engineNow = Math.max(engineNow, t);
        engine.process(seg, engineNow);
    }

    private void replayWrite(TcpSegment s, Frame frame, int relSeq) {
        long start = Integer.toUnsignedLong(relSeq) - 1; // data offset: the SYN takes sequence number 0
        long end = start + s.payloadLength();
        realDataEnd = Math.max(realDataEnd, end);
        if (end <= appWritten) {
            return;
        }
        if (start > appWritten) {
            unsent.add(new byte[(int) (start - appWritten)]); // the capture missed these bytes: zeros stand in
            appWritten = start;
        }
        int skip = (int) (appWritten - start);
        byte[] data = new byte[(int) (end - appWritten)];
        int available = Math.max(0, s.capturedPayloadLength() - skip);
        System.arraycopy(frame.data(), s.capturedPayloadOffset() + Math.min(skip, s.capturedPayloadLength()), data, 0,
                Math.min(available, data.length));
        unsent.add(data);
        appWritten = end;
    }

    private void flushApplication(long t) {
        while (!unsent.isEmpty()) {
            byte[] head = unsent.get(0);
            int taken = engine.send(ByteBuffer.wrap(head), t);
            if (taken < head.length) {
                if (taken > 0) {
                    unsent.set(0, Arrays.copyOfRange(head, taken, head.length));
                }
                return;
            }
            unsent.remove(0);
        }
        if (shutdownPending && !shutdownDone) {
            shutdownDone = true;
            engine.shutdownOutput(t);
        }
    }

    private final ByteBuffer sink = ByteBuffer.allocate(64 * 1024);

    /** The application reads everything at once: the capture cannot show when the real one read. */
    private void drainReceive(long t) {
        while (engine.available() > 0) {
            sink.clear();
            if (engine.receive(sink, t) <= 0) {
                break;
            }
        }
    }

    private void advanceTo(long t) {
        long at;
        while ((at = engine.pollAt()) <= t) {
            dispatch(at);
            if (engine.pollAt() <= Math.max(at, engineNow)) {
                break; // nothing more to do at this instant
            }
        }
    }

    /** The engine's clock never goes back, even when it asked to be called at an instant already past. */
    private void dispatch(long requested) {
        long t = Math.max(requested, engineNow);
        engineNow = t;
        engine.dispatch(t, seg -> {
            if ((seg.flags() & TcpFlags.SYN) != 0 && !engineIssKnown) {
                engineIss = seg.seq();
                engineIssKnown = true;
                engineWscale = seg.options().windowScale();
            }
            if (seg.options().timestamps() && !tsOffsetKnown) {
                engineTsOffset = seg.options().tsVal() - (int) (t / config.timestampTickNanos());
                tsOffsetKnown = true;
            }
            int rel = seg.seq() - engineIss;
            int len = seg.payload().remaining();
            long end = Integer.toUnsignedLong(rel) + len + ((seg.flags() & (TcpFlags.SYN | TcpFlags.FIN)) != 0 ? 1 : 0);
            engineMaxSeq = Math.max(engineMaxSeq, end);
            engineOut.sent(t, rel, len, seg.flags(), seg.options());
            if ((seg.flags() & TcpFlags.ACK) != 0 && (seg.flags() & TcpFlags.SYN) == 0) {
                acks.engine(t, Integer.toUnsignedLong(seg.ack()), scaled(seg.window(), engineWscale, false));
            }
        });
    }

    private long realTsvalTime(int tsecr) {
        for (int i = realTsvals.size() - 1; i >= 0; i--) {
            if ((int) realTsvals.get(i)[0] == tsecr) {
                return realTsvals.get(i)[1];
            }
        }
        return lastTime;
    }

    private int engineTsvalAt(long time) {
        return (int) (time / config.timestampTickNanos()) + engineTsOffset;
    }

    /** Remembers when the real local first sent each TSval, to translate the peer's echoes (bounded). */
    private void noteRealTsval(TcpSegment s, long t) {
        if (s.options().hasTimestamps()) {
            int v = (int) s.options().timestampValue();
            if (realTsvals.isEmpty() || (int) realTsvals.get(realTsvals.size() - 1)[0] != v) {
                realTsvals.add(new long[]{v, t});
                if (realTsvals.size() > 256) {
                    realTsvals.subList(0, 128).clear(); // echoes refer to recent values; keep memory per connection small
                }
            }
        }
    }

    private long scaled(int window, int shift, boolean syn) {
        boolean negotiated = realWscale >= 0 && peerWscale >= 0;
        return syn || !negotiated || shift < 0 ? window : (long) window << Math.min(shift, 14);
    }

    /** Compares the two sides; the session must not be fed afterwards. */
    ConnectionConformance finish() {
        if (skipped == null && engine == null) {
            skipped = "no handshake from this side was captured";
        }
        if (skipped != null) {
            return new ConnectionConformance(index, local, remote, skipped, real.segments, 0, 0, List.of());
        }
        advanceTo(lastTime + GRACE_NANOS);
        int compared = compareAcks();
        compareOptions();
        compareRetransmissions();
        compareClose();
        if (paceViolations > 0) {
            differences.add(new Difference(lastTime, Kind.PACE, Verdict.POLICY, "-",
                    paceViolations + " peer ACK(s) beyond what the engine had sent",
                    "open-loop replay: the peer's ACKs follow the real stack's sending; the engine's congestion "
                            + "window grew differently, so it sent later"));
        }
        return new ConnectionConformance(index, local, remote, null, real.segments, engineOut.segments, compared,
                differences);
    }

    /** Each cumulative acknowledgment the real stack first sent, and when the engine first reached it. */
    private int compareAcks() {
        long[] missing = acks.firstUnmatched();
        if (missing != null) {
            differences.add(new Difference(missing[0], Kind.ACK_MISSING, Verdict.NONCONFORMANCE,
                    "ACK " + missing[1] + " at " + seconds(missing[0]), "never acknowledged",
                    "the engine did not acknowledge data the real stack acknowledged"));
        }
        if (acks.later + acks.earlier > 0) {
            boolean tooLate = acks.worst > ACK_DELAY_LIMIT_NANOS;
            differences.add(new Difference(acks.worstAt, Kind.ACK_TIMING,
                    tooLate ? Verdict.NONCONFORMANCE : Verdict.POLICY, acks.compared + " acknowledgments",
                    String.format(Locale.ROOT, "%d later, %d earlier; largest difference %+.3f ms", acks.later,
                            acks.earlier, acks.worst / 1e6),
                    tooLate
                            ? "an ACK delayed beyond 500 ms (RFC 5681 §4.2)"
                            : "delayed-ACK heuristics differ (Linux quick-ACK mode and its 40-200 ms delayed-ACK "
                                    + "timer vs the engine's fixed delayed-ACK timer and every-second-segment rule)"));
        }
        if (acks.windowDifferences > 0) {
            differences.add(new Difference(lastTime, Kind.WINDOW, Verdict.POLICY, acks.compared + " acknowledgments",
                    acks.windowDifferences + " with a different advertised window",
                    "receive-buffer sizing and Linux's receive-window autotuning differ from the engine's fixed "
                            + "buffer; the application's read timing is unknown to a capture"));
        }
        return acks.compared;
    }

    private void compareOptions() {
        SideLog.Syn realSyn = real.syn;
        SideLog.Syn engineSyn = engineOut.syn;
        if (realSyn == null || engineSyn == null) {
            return;
        }
        TcpOptions eo = engineSyn.options();
        boolean engineWs = eo.windowScale() >= 0;
        String realOffer = offer(realWscale >= 0, realTs, realSack, realMss);
        String engineOffer = offer(engineWs, eo.timestamps(), eo.sackPermitted(), eo.mss());
        if (!realOffer.equals(engineOffer)) {
            differences.add(new Difference(engineSyn.time(), Kind.OPTIONS, Verdict.NONCONFORMANCE, realOffer,
                    engineOffer, "answering the same SYN, a conforming stack configured like the real one "
                            + "negotiates the same options (RFC 7323 §2.2, §3.2; RFC 2018 §2; RFC 9293 §3.7.1)"));
        } else if (engineWs && eo.windowScale() != realWscale) {
            differences.add(new Difference(engineSyn.time(), Kind.OPTIONS, Verdict.POLICY, "wscale " + realWscale,
                    "wscale " + eo.windowScale(),
                    "the shift follows the receive buffer size (RFC 7323 §2.3), a local policy"));
        }
    }

    private static String offer(boolean ws, boolean ts, boolean sack, int mss) {
        return "mss " + mss + (ws ? ", wscale" : "") + (ts ? ", timestamps" : "") + (sack ? ", sackOK" : "");
    }

    private void compareRetransmissions() {
        int realRtx = real.retransmissions;
        int engineRtx = engineOut.retransmissions;
        if (realRtx != engineRtx) {
            differences.add(new Difference(lastTime, Kind.RETRANSMISSION, Verdict.POLICY,
                    realRtx + " retransmission(s)",
                    engineRtx + " retransmission(s)",
                    "loss detection and timer policies differ (RACK/TLP and Linux's RTO estimation vs the engine's "
                            + "RFC 6675/6298); the replay is open loop, so the peer does not react to the engine"));
        }
    }

    private void compareClose() {
        boolean realFin = real.fin;
        boolean engineFin = engineOut.fin;
        boolean realRst = real.rst;
        boolean engineRst = engineOut.rst;
        if (realFin && !engineFin) {
            boolean allSent = unsent.isEmpty() && engineMaxSeq > realDataEnd;
            differences.add(new Difference(lastTime, Kind.FIN, allSent ? Verdict.NONCONFORMANCE : Verdict.POLICY,
                    "FIN sent", "no FIN", allSent
                            ? "the application closed and all data was sent, yet no FIN"
                            : "the engine still had data to send when the capture ended"));
        } else if (engineFin && !realFin) {
            differences.add(new Difference(lastTime, Kind.FIN, Verdict.NONCONFORMANCE, "no FIN", "FIN sent",
                    "the application never closed"));
        }
        if (realRst && !engineRst) {
            differences.add(new Difference(lastTime, Kind.RST, Verdict.POLICY, "RST sent", "no RST",
                    "a capture cannot tell an application abort from a stack reaction; aborts are not replayed"));
        } else if (engineRst && !realRst) {
            differences.add(new Difference(lastTime, Kind.RST, Verdict.NONCONFORMANCE, "no RST", "RST sent",
                    "the engine reset a connection the real stack kept"));
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.6f", nanos / 1e9);
    }
}
