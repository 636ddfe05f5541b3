package org.offloadlab.analysis.internal;

import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.pcap.Endpoint;
import org.offloadlab.pcap.Frame;
import org.offloadlab.pcap.TcpSegment;

/** Everything learnt about one connection while its segments stream past. Memory does not grow with segments. */
final class ConnectionTracker {

    private final int index;
    private final Endpoint a;
    private final Endpoint b;
    private final long firstTime;
    private final long firstFrame;
    private long lastTime;
    private long lastFrame;
    private final DirectionTracker fromA = new DirectionTracker();
    private final DirectionTracker fromB = new DirectionTracker();
    private final SegmentClassifier classifier = new SegmentClassifier();
    private final StateTracker state = new StateTracker();
    private final FlagCounter flags = new FlagCounter();
    private boolean reusedPorts;
    private int rttSamples;
    private long rttMin = Long.MAX_VALUE;
    private long rttSum;
    private final SegmentObserver observer;

    /**
     * @param first
     *            the connection's first segment, which names side {@code a} (its sender)
     * @param reusedPorts
     *            the 4-tuple carried an earlier connection (tshark flags the first segment)
     * @param observer
     *            told about every segment, or {@code null}
     */
    ConnectionTracker(int index, TcpSegment first, Frame frame, boolean reusedPorts, SegmentObserver observer) {
        this.index = index;
        this.a = first.source();
        this.b = first.destination();
        this.firstTime = frame.timestampNanos();
        this.firstFrame = frame.number();
        this.reusedPorts = reusedPorts;
        this.observer = observer;
    }

    int index() {
        return index;
    }

    Endpoint a() {
        return a;
    }

    Endpoint b() {
        return b;
    }

    boolean isFromA(TcpSegment s) {
        return s.source().equals(a);
    }

    /** A SYN with a new ISN on this 4-tuple begins another connection (tshark's {@code tcp.stream} rule). */
    boolean startsNewConnection(TcpSegment s) {
        return classifier.isNewIsn(isFromA(s), s);
    }

    void accept(TcpSegment s, Frame frame) {
        boolean sentByA = isFromA(s);
        long now = frame.timestampNanos();
        lastTime = now;
        lastFrame = frame.number();
        int bits = classifier.classify(sentByA, s, now, reusedPorts);
        reusedPorts = false;
        flags.count(bits);
        DirectionTracker sender = sentByA ? fromA : fromB;
        DirectionTracker receiver = sentByA ? fromB : fromA;
        sender.count(s, frame.originalLength());
        state.onSegment(sentByA, s);
        if (!s.isRst()) {
            sender.rtt().sent(s.seq(), Seq.add(s.seq(), s.sequenceLength()), now);
        }
        long sample = -1;
        if (s.isAck()) {
            sample = receiver.rtt().acknowledged(s.ack(), now);
            if (sample >= 0) {
                rttSamples++;
                rttSum += sample;
                rttMin = Math.min(rttMin, sample);
            }
        }
        if (observer != null) {
            observer.segment(sentByA, s, now, bits, sample);
        }
    }

    /** Both SYNs were captured, so the window scale in use is known. */
    boolean windowScaleKnown() {
        return state.bothSynsSeen();
    }

    /**
     * Shift to apply to windows advertised by one side (RFC 7323 §2.2: only when both SYNs offered scaling); 0 when
     * unknown or not in use.
     */
    int windowShiftOf(boolean sideA) {
        if (!state.bothSynsSeen() || fromA.offeredWindowScale() < 0 || fromB.offeredWindowScale() < 0) {
            return 0;
        }
        return (sideA ? fromA : fromB).offeredWindowScale();
    }

    ConnectionSummary toSummary() {
        boolean scaleKnown = windowScaleKnown();
        Endpoint client = !state.sawSyn() || state.clientIsA() ? a : b;
        return new ConnectionSummary(index, a, b, client, firstTime, lastTime, firstFrame, lastFrame,
                fromA.toStats(scaleKnown), fromB.toStats(scaleKnown), state.state(), state.handshakeSeen(),
                flags.toFlags(), rttSamples, rttSamples == 0 ? -1 : rttMin,
                rttSamples == 0 ? -1 : rttSum / rttSamples);
    }

    /** Segments flagged "TCP Port numbers reused". */
    int reusedPortsCount() {
        return flags.reusedPorts();
    }
}
