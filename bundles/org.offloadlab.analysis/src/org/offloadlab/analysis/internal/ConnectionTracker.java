package org.offloadlab.analysis.internal;

import org.offloadlab.analysis.AnalysisFlags;
import org.offloadlab.analysis.ConnectionState;
import org.offloadlab.analysis.ConnectionSummary;
import org.offloadlab.pcap.Endpoint;
import org.offloadlab.pcap.Frame;
import org.offloadlab.pcap.IpAddress;
import org.offloadlab.pcap.TcpSegment;

/**
 * Everything learnt about one connection while its segments stream past. Memory does not grow with segments.
 * <p>
 * One tracker lives per connection until the analysis ends, and captures hold up to millions of connections, so the
 * state is three objects (this and one {@link FlowState} per direction) of primitive fields; flag counts, which most
 * connections never need, are allocated on the first flagged segment. The endpoints are held as primitives too (two
 * {@link Endpoint}s with their {@link IpAddress}es would cost more than a third of the whole tracker) and only made
 * into objects for the summary.
 */
final class ConnectionTracker {

    private static final AnalysisFlags NO_FLAGS = new FlagCounter().toFlags();

    private final int index;
    private final boolean aV6;
    private final boolean bV6;
    private final char aPort;
    private final char bPort;
    private final long aHigh;
    private final long aLow;
    private final long bHigh;
    private final long bLow;
    private final long firstTime;
    private final long firstFrame;
    private long lastTime;
    private long lastFrame;
    private final FlowState fromA = new FlowState();
    private final FlowState fromB = new FlowState();
    /** Null until a segment carries an analysis flag. */
    private FlagCounter flags;
    private boolean reusedPorts;
    private int rttSamples;
    private long rttMin = Long.MAX_VALUE;
    private long rttSum;

    // ---- handshake timing for SegmentClassifier ----

    /** Time of the most recent SYN (without ACK); 0 = none, as in Wireshark. */
    long lastSynTime;
    /** Time from that SYN to the first ACK after it: the out-of-order threshold; 0 = unknown. */
    long handshakeRtt;

    // ---- the furthest state reached, as a passive observer can tell it (RFC 9293 §3.3.2, §3.5–3.6) ----

    private boolean syn;
    private boolean synAck;
    private boolean handshakeAck;
    private boolean established;
    private boolean finFromA;
    private boolean finFromB;
    private boolean refused;
    private boolean reset;
    /** Which side sent the first SYN (the client); meaningful when {@link #syn} is set. */
    private boolean clientIsA;
    /** The server's ISN + 1 (raw 32 bits): the acknowledgment that completes the handshake (RFC 9293 §3.5). */
    private int serverIsnPlusOne;

    /**
     * @param first
     *            the connection's first segment, which names side {@code a} (its sender)
     * @param reusedPorts
     *            the 4-tuple carried an earlier connection (tshark flags the first segment)
     */
    ConnectionTracker(int index, TcpSegment first, Frame frame, boolean reusedPorts) {
        this.index = index;
        Endpoint a = first.source();
        Endpoint b = first.destination();
        this.aV6 = a.address().v6();
        this.aHigh = a.address().high();
        this.aLow = a.address().low();
        this.aPort = (char) a.port();
        this.bV6 = b.address().v6();
        this.bHigh = b.address().high();
        this.bLow = b.address().low();
        this.bPort = (char) b.port();
        this.firstTime = frame.timestampNanos();
        this.firstFrame = frame.number();
        this.reusedPorts = reusedPorts;
    }

    int index() {
        return index;
    }

    /** Side {@code a}, the sender of the first segment; a new object on each call. */
    Endpoint a() {
        return new Endpoint(new IpAddress(aV6, aHigh, aLow), aPort);
    }

    /** Side {@code b}; a new object on each call. */
    Endpoint b() {
        return new Endpoint(new IpAddress(bV6, bHigh, bLow), bPort);
    }

    private boolean isA(Endpoint e) {
        IpAddress ip = e.address();
        return e.port() == aPort && ip.low() == aLow && ip.high() == aHigh && ip.v6() == aV6;
    }

    private boolean isB(Endpoint e) {
        IpAddress ip = e.address();
        return e.port() == bPort && ip.low() == bLow && ip.high() == bHigh && ip.v6() == bV6;
    }

    /** The connection runs between these two endpoints, in either direction. */
    boolean hasTuple(Endpoint src, Endpoint dst) {
        return (isA(src) && isB(dst)) || (isA(dst) && isB(src));
    }

    /** {@link ConnectionTable#hash} of the 4-tuple, without making endpoint objects. */
    int tupleHash() {
        return ConnectionTable.hash(ConnectionTable.endpointHash(aHigh, aLow, aPort),
                ConnectionTable.endpointHash(bHigh, bLow, bPort));
    }

    boolean isFromA(TcpSegment s) {
        return isA(s.source());
    }

    /** A SYN with a new ISN on this 4-tuple begins another connection (tshark's {@code tcp.stream} rule). */
    boolean startsNewConnection(TcpSegment s) {
        return SegmentClassifier.isNewIsn(isFromA(s) ? fromA : fromB, s);
    }

    /**
     * @param observer
     *            told about the segment after its analysis, or {@code null}
     */
    void accept(TcpSegment s, Frame frame, SegmentObserver observer) {
        boolean sentByA = isFromA(s);
        long now = frame.timestampNanos();
        lastTime = now;
        lastFrame = frame.number();
        FlowState sender = sentByA ? fromA : fromB;
        FlowState receiver = sentByA ? fromB : fromA;
        int bits = SegmentClassifier.classify(this, sender, receiver, s, now, reusedPorts);
        reusedPorts = false;
        if (bits != 0) {
            if (flags == null) {
                flags = new FlagCounter();
            }
            flags.count(bits);
        }
        sender.count(s, frame.originalLength());
        onSegment(sentByA, s);
        if (!s.isRst()) {
            sender.rttSent(s.seq(), Seq.add(s.seq(), s.sequenceLength()), now);
        }
        long sample = -1;
        if (s.isAck()) {
            sample = receiver.rttAcknowledged(s.ack(), now);
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

    /** Moves the connection state on from the control segments (SYN, FIN, RST) and the handshake's ACK. */
    private void onSegment(boolean fromA, TcpSegment s) {
        if (s.isSyn()) {
            if (!s.isAck()) {
                if (!syn) {
                    syn = true;
                    clientIsA = fromA;
                }
            } else if (!synAck) {
                synAck = true;
                serverIsnPlusOne = (int) Seq.add(s.seq(), 1);
                if (!syn) {
                    // Only the SYN-ACK was captured: its receiver is the client.
                    clientIsA = !fromA;
                }
            }
        } else if (!s.isRst()) {
            boolean fromClient = fromA == clientIsA;
            if (synAck && s.isAck() && fromClient && s.ack() == (serverIsnPlusOne & Seq.MASK)) {
                handshakeAck = true;
            }
            if ((!syn && !synAck) || (synAck && (s.payloadLength() > 0 || handshakeAck))) {
                // Mid-connection capture, or the handshake completed (possibly with the third segment lost).
                established = true;
            }
        }
        if (s.isFin()) {
            if (fromA) {
                finFromA = true;
            } else {
                finFromB = true;
            }
        }
        if (s.isRst() && !(finFromA && finFromB)) {
            // RFC 9293 §3.5.2: a RST answering a SYN means nobody listened.
            if (syn && !synAck && !established) {
                refused = true;
            } else {
                reset = true;
            }
        }
    }

    private ConnectionState state() {
        if (refused) {
            return ConnectionState.REFUSED;
        }
        if (reset) {
            return ConnectionState.RESET;
        }
        if (finFromA && finFromB) {
            return ConnectionState.CLOSED;
        }
        if (finFromA || finFromB) {
            return ConnectionState.HALF_CLOSED;
        }
        if (established || (!syn && !synAck)) {
            return ConnectionState.ESTABLISHED;
        }
        return synAck ? ConnectionState.SYN_RECEIVED : ConnectionState.SYN_SENT;
    }

    /** Both SYNs were captured, so the window scale in use is known (RFC 7323 §2.2). */
    boolean windowScaleKnown() {
        return syn && synAck;
    }

    /**
     * Shift to apply to windows advertised by one side (RFC 7323 §2.2: only when both SYNs offered scaling); 0 when
     * unknown or not in use.
     */
    int windowShiftOf(boolean sideA) {
        if (!windowScaleKnown() || fromA.offeredWindowScale() < 0 || fromB.offeredWindowScale() < 0) {
            return 0;
        }
        return (sideA ? fromA : fromB).offeredWindowScale();
    }

    ConnectionSummary toSummary() {
        boolean scaleKnown = windowScaleKnown();
        Endpoint a = a();
        Endpoint b = b();
        Endpoint client = !(syn || synAck) || clientIsA ? a : b;
        return new ConnectionSummary(index, a, b, client, firstTime, lastTime, firstFrame, lastFrame,
                fromA.toStats(scaleKnown), fromB.toStats(scaleKnown), state(), syn && synAck && handshakeAck,
                flags == null ? NO_FLAGS : flags.toFlags(), rttSamples, rttSamples == 0 ? -1 : rttMin,
                rttSamples == 0 ? -1 : rttSum / rttSamples);
    }

    /** Segments flagged "TCP Port numbers reused". */
    int reusedPortsCount() {
        return flags == null ? 0 : flags.reusedPorts();
    }
}
