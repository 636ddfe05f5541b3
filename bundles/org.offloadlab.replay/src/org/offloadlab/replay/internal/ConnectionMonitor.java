package org.offloadlab.replay.internal;

import java.util.ArrayList;
import java.util.List;

import org.offloadlab.pcap.Endpoint;
import org.offloadlab.pcap.TcpOptions;
import org.offloadlab.pcap.TcpSegment;
import org.offloadlab.replay.MonitoredConnection;
import org.offloadlab.replay.OffloadSnapshot;
import org.offloadlab.replay.SoftEstimate;
import org.offloadlab.tcp.HardState;
import org.offloadlab.tcp.State;

/**
 * What an adapter terminating the local side of one connection would hold, tracked from both directions as a tap sees
 * them. The local side's state follows RFC 9293 §3.3.2 from the flags it sends and receives; its sequence variables are
 * the ones RFC 9293 §3.3.1 defines, with SND.NXT taken as the highest sequence sent (SND.MAX) as Linux TCP repair and
 * {@link HardState} do. Sequence numbers are unwrapped to 64 bits against the last value seen, so connections beyond 4
 * GiB are counted correctly.
 */
final class ConnectionMonitor {

    private static final long MASK = 0xFFFF_FFFFL;

    final int index;
    private final Endpoint local;
    private final Endpoint remote;
    private final List<State> states = new ArrayList<>(6);
    private State state;
    private boolean passiveOpen;
    private boolean resetBeforeOpen;
    private boolean timeWaitOver;

    // Local side's send sequence space, unwrapped; -1 until the local ISN is known.
    private long iss = -1;
    private long sndMax = -1;
    private long sndUna = -1;
    private long sndWnd;
    private long maxSndWnd;
    private long sndWl1;
    private long sndWl2;
    private long localFinSeq = -1;
    // Peer's sequence space as the local side acknowledges it.
    private long irs = -1;
    private long remoteMax = -1;
    private long rcvNxt = -1;
    private long rcvWnd;
    private long remoteFinSeq = -1;
    // Options as offered in each SYN; -1 unknown.
    private int localMss = -1;
    private int remoteMss = -1;
    private int localWscale = -1;
    private int remoteWscale = -1;
    private boolean localSack;
    private boolean remoteSack;
    private boolean localTs;
    private boolean remoteTs;
    private long tsRecent;
    private long localTsVal = -1;
    // Soft state estimates.
    private long srtt = -1;
    private long rttvar = -1;
    private int rttSamples;
    private long timedEnd = -1;
    private long timedAt;
    private long peakFlight;
    private int retransmissions;
    private int dupAcks;
    private int maxSackBlocks;
    // Counters.
    private long localPackets;
    private long remotePackets;
    private long localPayload;
    private long remotePayload;
    private long peakUnacked;
    private long lastTime;

    ConnectionMonitor(int index, Endpoint local, Endpoint remote) {
        this.index = index;
        this.local = local;
        this.remote = remote;
    }

    Endpoint local() {
        return local;
    }

    /** A RST ended the connection before the local side held any state (a refused connection attempt). */
    boolean resetBeforeOpen() {
        return resetBeforeOpen;
    }

    boolean isHeld() {
        return state != null && state != State.CLOSED && !timeWaitOver;
    }

    boolean inTimeWait() {
        return state == State.TIME_WAIT && !timeWaitOver;
    }

    /** 2·MSL passed in TIME-WAIT (RFC 9293 §3.6.1): the adapter would have deleted the TCB. */
    void endTimeWait() {
        timeWaitOver = true;
        states.add(State.CLOSED);
    }

    /** Unacknowledged local send data in octets (SYN and FIN take sequence space but are not data). */
    long unacked() {
        if (sndUna < 0 || sndMax <= sndUna) {
            return 0;
        }
        long n = sndMax - sndUna;
        if (sndUna <= iss) {
            n--; // the SYN
        }
        if (localFinSeq >= 0 && localFinSeq >= sndUna) {
            n--;
        }
        return Math.max(0, n);
    }

    /** Feeds one segment of this connection; {@code fromLocal} tells its direction. */
    void accept(TcpSegment s, boolean fromLocal, long timeNanos) {
        lastTime = timeNanos;
        if (fromLocal) {
            fromLocal(s, timeNanos);
        } else {
            fromRemote(s, timeNanos);
        }
        peakUnacked = Math.max(peakUnacked, unacked());
    }

    private void fromLocal(TcpSegment s, long now) {
        localPackets++;
        localPayload += s.payloadLength();
        TcpOptions o = s.options();
        if (s.isSyn()) {
            if (iss < 0) {
                iss = s.seq();
                sndUna = iss;
                sndMax = iss;
                localMss = o.mss();
                localWscale = o.windowScale();
                localSack = o.sackPermitted();
                localTs = o.hasTimestamps();
            }
            if (!s.isAck()) {
                enter(State.SYN_SENT);
            } else if (state == null || state == State.SYN_SENT) {
                // SYN-ACK: passive open (RFC 9293 §3.10.7.2), or simultaneous open from SYN-SENT (§3.10.7.3)
                passiveOpen = state == null;
                enter(State.SYN_RECEIVED);
            }
        } else if (state == null) {
            if (s.isRst()) {
                resetBeforeOpen = true; // e.g. a refused SYN: nothing was ever held
                return;
            }
            adoptMidStream(s, true);
        }
        if (iss < 0) {
            return;
        }
        long seq = unwrap(sndMax, s.seq());
        long end = seq + s.sequenceLength();
        if (s.payloadLength() > 0 && seq < sndMax) {
            retransmissions++;
            if (timedEnd >= 0 && seq < timedEnd) {
                timedEnd = -1; // Karn: a retransmitted segment never gives an RTT sample (RFC 6298 §3)
            }
        }
        if (end > sndMax) {
            if (s.payloadLength() > 0 && timedEnd < 0) {
                timedEnd = end;
                timedAt = now;
            }
            sndMax = end;
        }
        if (o.hasTimestamps()) {
            localTsVal = o.timestampValue();
        }
        if (s.isAck() && irs >= 0) {
            long ack = unwrap(rcvNxt < 0 ? irs : rcvNxt, s.ack());
            rcvNxt = Math.max(rcvNxt, ack);
            rcvWnd = scaled(s.window(), localWscale, s.isSyn());
        }
        if (s.isRst()) {
            enter(State.CLOSED);
            return;
        }
        if (s.isFin()) {
            localFinSeq = end - 1;
            switch (state) {
                case ESTABLISHED, SYN_RECEIVED -> enter(State.FIN_WAIT_1);
                case CLOSE_WAIT -> enter(State.LAST_ACK);
                default -> {
                    // a retransmitted FIN changes nothing
                }
            }
        }
    }

    private void fromRemote(TcpSegment s, long now) {
        remotePackets++;
        remotePayload += s.payloadLength();
        TcpOptions o = s.options();
        if (s.isSyn()) {
            if (irs < 0) {
                irs = s.seq();
                remoteMax = irs;
                rcvNxt = irs;
                remoteMss = o.mss();
                remoteWscale = o.windowScale();
                remoteSack = o.sackPermitted();
                remoteTs = o.hasTimestamps();
            }
            if (s.isAck() && state == State.SYN_SENT && iss >= 0 && unwrap(sndUna, s.ack()) > iss) {
                acknowledge(s, now);
                enter(State.ESTABLISHED);
            }
        } else if (state == null) {
            if (s.isRst()) {
                resetBeforeOpen = true;
                return;
            }
            adoptMidStream(s, false);
        }
        if (irs < 0) {
            return;
        }
        long seq = unwrap(remoteMax, s.seq());
        remoteMax = Math.max(remoteMax, seq + s.sequenceLength());
        if (o.hasTimestamps()) {
            tsRecent = o.timestampValue();
        }
        maxSackBlocks = Math.max(maxSackBlocks, o.sackBlocks().size());
        if (s.isRst()) {
            enter(State.CLOSED);
            return;
        }
        if (s.isAck() && iss >= 0 && !s.isSyn()) {
            acknowledge(s, now);
        }
        if (s.isFin()) {
            remoteFinSeq = seq + s.sequenceLength() - 1;
            boolean ourFinAcked = localFinSeq >= 0 && sndUna > localFinSeq;
            switch (state) {
                case ESTABLISHED, SYN_RECEIVED -> enter(State.CLOSE_WAIT);
                case FIN_WAIT_1 -> enter(ourFinAcked ? State.TIME_WAIT : State.CLOSING);
                case FIN_WAIT_2 -> enter(State.TIME_WAIT);
                default -> {
                    // a retransmitted FIN changes nothing
                }
            }
        }
    }

    /** The peer's ACK: SND.UNA, the send window (RFC 9293 §3.10.7.4 fifth check), RTT, state changes. */
    private void acknowledge(TcpSegment s, long now) {
        long ack = unwrap(sndUna, s.ack());
        if (ack > sndMax) {
            return; // acknowledges something not yet seen sent: the tap missed it, keep the last consistent view
        }
        long flight = sndMax - sndUna;
        if (ack == sndUna && s.payloadLength() == 0 && !s.isFin() && flight > 0
                && scaled(s.window(), remoteWscale, s.isSyn()) == sndWnd) {
            dupAcks++; // RFC 5681 §2 DUPLICATE ACKNOWLEDGMENT
        }
        if (ack > sndUna) {
            sndUna = ack;
        }
        sndWnd = scaled(s.window(), remoteWscale, s.isSyn());
        maxSndWnd = Math.max(maxSndWnd, sndWnd);
        sndWl1 = s.seq();
        sndWl2 = s.ack();
        peakFlight = Math.max(peakFlight, flight);
        if (timedEnd >= 0 && sndUna >= timedEnd) {
            rttSample(now - timedAt);
            timedEnd = -1;
        }
        switch (state) {
            case SYN_RECEIVED -> {
                if (sndUna > iss) {
                    enter(State.ESTABLISHED);
                }
            }
            case FIN_WAIT_1 -> {
                if (sndUna > localFinSeq) {
                    enter(State.FIN_WAIT_2);
                }
            }
            case CLOSING -> {
                if (sndUna > localFinSeq) {
                    enter(State.TIME_WAIT);
                }
            }
            case LAST_ACK -> {
                if (sndUna > localFinSeq) {
                    enter(State.CLOSED);
                }
            }
            default -> {
                // no state change on an ACK elsewhere
            }
        }
    }

    /** RFC 6298 §2.2/§2.3 with α = 1/8, β = 1/4. */
    private void rttSample(long r) {
        rttSamples++;
        if (srtt < 0) {
            srtt = r;
            rttvar = r / 2;
        } else {
            rttvar = (3 * rttvar + Math.abs(srtt - r)) / 4;
            srtt = (7 * srtt + r) / 8;
        }
    }

    /**
     * The capture started after the handshake: the adapter would have been given the connection in ESTABLISHED. Both
     * sequence origins are taken one before the first sequence numbers seen, options as "not negotiated".
     */
    private void adoptMidStream(TcpSegment s, boolean fromLocal) {
        long localSeq = fromLocal ? s.seq() : s.ack();
        long remoteSeq = fromLocal ? s.ack() : s.seq();
        iss = (localSeq - 1) & MASK;
        sndUna = iss + 1;
        sndMax = iss + 1;
        if (s.isAck() || !fromLocal) {
            irs = (remoteSeq - 1) & MASK;
            remoteMax = irs + 1;
            rcvNxt = irs + 1;
        }
        enter(State.ESTABLISHED);
    }

    private void enter(State next) {
        if (next != state) {
            state = next;
            states.add(next);
        }
    }

    /** Windows in SYNs are never scaled (RFC 7323 §2.2); others only when both sides offered the option. */
    private long scaled(int window, int shift, boolean syn) {
        if (syn || localWscale < 0 || remoteWscale < 0) {
            return window;
        }
        return (long) window << Math.min(shift, 14);
    }

    /** The 64-bit value nearest to {@code reference} whose low 32 bits are {@code raw}. */
    static long unwrap(long reference, long raw) {
        return reference + (int) (raw - reference);
    }

    OffloadSnapshot snapshot() {
        boolean scaling = localWscale >= 0 && remoteWscale >= 0;
        boolean sack = localSack && remoteSack;
        boolean ts = localTs && remoteTs;
        long una = Math.max(sndUna, 0);
        HardState h = new HardState(state == null ? State.CLOSED : state, local.port(), remote.port(), passiveOpen,
                localFinSeq >= 0, false, (int) iss, (int) irs, (int) una, (int) Math.max(sndMax, 0), sndWnd,
                (int) sndWl1, (int) sndWl2, maxSndWnd, (int) Math.max(rcvNxt, 0), rcvWnd, (int) Math.max(rcvNxt, 0),
                remoteMss < 0 ? 536 : remoteMss, localMss < 0 ? 536 : localMss, scaling ? remoteWscale : 0,
                scaling ? localWscale : 0, scaling, ts, sack, ts ? (int) localTsVal : 0, ts ? (int) tsRecent : 0,
                false, false, false, 0, false, 0, new byte[0], new byte[0]);
        SoftEstimate soft = new SoftEstimate(srtt, rttvar, rttSamples, Math.max(0, sndMax - una), peakFlight,
                retransmissions, dupAcks, maxSackBlocks);
        return new OffloadSnapshot(index, local, remote, lastTime, h, unacked(), soft);
    }

    MonitoredConnection toResult() {
        long localSent = iss < 0 ? 0 : dataBetween(iss, sndMax, localFinSeq);
        long remoteSent = irs < 0 ? 0 : dataBetween(irs, remoteMax, remoteFinSeq);
        long localAcked = iss < 0 ? 0 : dataBetween(iss, sndUna, localFinSeq);
        long remoteAcked = irs < 0 || rcvNxt < 0 ? 0 : dataBetween(irs, rcvNxt, remoteFinSeq);
        return new MonitoredConnection(index, local, remote, states, localPackets, remotePackets, localPayload,
                remotePayload, localSent, remoteSent, localAcked, remoteAcked, peakUnacked, snapshot());
    }

    /** Data octets in (origin, upTo): the SYN at {@code origin} and a FIN below {@code upTo} take one each. */
    private static long dataBetween(long origin, long upTo, long finSeq) {
        long n = upTo - origin - 1;
        if (finSeq >= 0 && finSeq < upTo) {
            n--;
        }
        return Math.max(0, n);
    }
}
