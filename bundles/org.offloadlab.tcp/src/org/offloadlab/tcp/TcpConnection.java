package org.offloadlab.tcp;

import static org.offloadlab.tcp.SeqNum.ge;
import static org.offloadlab.tcp.SeqNum.gt;
import static org.offloadlab.tcp.SeqNum.le;
import static org.offloadlab.tcp.SeqNum.lt;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.offloadlab.tcp.cc.CongestionControl;
import org.offloadlab.tcp.cc.CongestionState;
import org.offloadlab.tcp.internal.Assembler;
import org.offloadlab.tcp.internal.ReceiveBuffer;
import org.offloadlab.tcp.internal.RttEstimator;
import org.offloadlab.tcp.internal.SackScoreboard;
import org.offloadlab.tcp.internal.SendBuffer;
import org.offloadlab.tcp.internal.SipHash;
import org.offloadlab.tcp.internal.TransmitLog;

/**
 * One TCP connection: a deterministic state machine after RFC 9293 and its companions, shaped like smoltcp's socket. It
 * does no I/O, owns no thread and reads no clock: {@link #process(Segment, long)} consumes a segment,
 * {@link #dispatch(long, SegmentSink)} emits whatever is due (data, ACKs, retransmissions, probes, FIN, RST), and
 * {@link #pollAt()} tells when it next needs to be called. Every state change goes through {@link #setState}, which
 * reports it to the {@link ConnectionListener}. A malformed or unwelcome segment is dropped (and counted, see
 * {@link #dropCount(DropReason)}) or answered with RST or a challenge ACK; processing never throws.
 * <p>
 * State is split in two types: {@link #hardState()} is what must survive to continue the connection,
 * {@link #softState()} what can be relearned. Per-connection fields are primitives; buffers are allocated lazily. Not
 * thread-safe.
 */
public final class TcpConnection {

    /** "Timer not armed". */
    static final long NEVER = Long.MAX_VALUE;
    /** RFC 9293 §3.7.1: the default send MSS when the peer sent no MSS option (IPv4). */
    static final int DEFAULT_PEER_MSS = 536;
    /** Linux's floor for the peer's MSS (TCP_MIN_SND_MSS), so a tiny MSS cannot make us spin. */
    static final int MIN_PEER_MSS = 48;
    /** RFC 7323 §5.5: TS.Recent older than 24 days is invalid for PAWS. */
    private static final long PAWS_IDLE_NANOS = 24L * 24 * 3600 * 1_000_000_000L;
    private static final long THREE_SECONDS = 3_000_000_000L;
    private static final long ONE_SECOND = 1_000_000_000L;
    /** Linux's tcp_invalid_ratelimit: at most one ACK per 500 ms for pure segments that fail the checks. */
    private static final long INVALID_ACK_INTERVAL = 500_000_000L;
    private static final int TIMESTAMP_OPTION_LENGTH = 12;
    private static final int MAX_SEGMENTS_PER_DISPATCH = 4096;
    /** RFC 8985 §7.2 WCDelAckT: the worst-case delayed-ACK time of a peer. */
    private static final long WORST_CASE_DELAYED_ACK = 200_000_000L;
    /** Linux's floor for the probe timeout (TCP_TIMEOUT_MIN, 2 jiffies), so a tiny SRTT cannot make probes spin. */
    private static final long MIN_PTO = 2_000_000L;

    // flag bits (one int instead of a dozen booleans)
    private static final int F_SACK = 1;
    private static final int F_TS = 1 << 1;
    private static final int F_WS = 1 << 2;
    private static final int F_NODELAY = 1 << 3;
    private static final int F_KEEPALIVE = 1 << 4;
    private static final int F_FIN_QUEUED = 1 << 5;
    private static final int F_PASSIVE = 1 << 6;
    private static final int F_RCV_URG = 1 << 7;
    private static final int F_SND_URG = 1 << 8;
    private static final int F_ACK_NOW = 1 << 9;
    private static final int F_DIRTY = 1 << 10;
    private static final int F_RST_PENDING = 1 << 11;
    private static final int F_TS_RECENT_VALID = 1 << 12;
    private static final int F_SYN_RETRANSMITTED = 1 << 13;
    private static final int F_RTT_TIMING = 1 << 14;
    private static final int F_IN_RECOVERY = 1 << 15;
    private static final int F_RTX_NOW = 1 << 16;
    private static final int F_RCV_FIN_PENDING = 1 << 17;
    private static final int F_APP_CLOSED = 1 << 18;
    private static final int F_SWS_OVERRIDE = 1 << 19;
    private static final int F_RTO_PROBE = 1 << 20;
    private static final int F_DSACK = 1 << 21;
    /**
     * The peer's data has paused: the delayed-ACK timer expired (no further segment within the ACK delay, RFC 9293
     * §3.8.6.3) or a segment without new data arrived; cleared by the next data. Only then is an empty receive buffer
     * released, so a stream that the application drains between segments keeps its array (no allocation per drain).
     */
    private static final int F_RCV_QUIET = 1 << 22;
    /** The retransmission timer slot holds a tail loss probe timeout (RFC 8985 §7.2), not the RTO. */
    private static final int F_TLP_ARMED = 1 << 23;
    /** The retransmission timer slot holds RACK's reordering timer (RFC 8985 §6.2 step 5). */
    private static final int F_REO_ARMED = 1 << 24;
    /** A tail loss probe was sent and not yet answered (RFC 8985 §7.2: one probe at a time). */
    private static final int F_TLP_OUT = 1 << 25;
    /** The recovery is the one after a retransmission timeout (lost segments resent as cwnd grows from one SMSS). */
    private static final int F_RTO_RECOVERY = 1 << 26;
    /** RescueRxt of RFC 6675 §4 is defined. */
    private static final int F_RESCUE_VALID = 1 << 27;
    /** The owner bounds what we acknowledge: the ACK field never passes {@link #rcvCommitted}. */
    private static final int F_ACK_COMMIT = 1 << 28;
    /**
     * Received data is owed an ACK that the commit point held back (a pure ACK that would have repeated the last one,
     * or the rest after a partial ACK): sent when the commit advances.
     */
    private static final int F_ACK_HELD = 1 << 29;

    private final TcpConfig config;
    private ConnectionListener listener;
    private final int localPort;
    private int remotePort;
    private final long pathKey;
    private State state = State.CLOSED;
    private int flags;
    private int events;

    // --- hard state: send sequence space (RFC 9293 §3.3.1) ---
    private int iss;
    private int sndUna;
    /** SND.MAX: highest sequence number sent + 1 (SND.NXT of the RFC before any go-back). */
    private int sndMax;
    private long sndWnd;
    private int sndWl1;
    private int sndWl2;
    private long maxSndWnd;
    /** Sequence number of the first octet in the send buffer. */
    private int sndBufSeq;
    private int sndUp;
    // --- hard state: receive sequence space ---
    private int irs;
    private int rcvNxt;
    /** RCV.WUP: RCV.NXT when we last advertised a window (= Last.ACK.sent of RFC 7323). */
    private int rcvWup;
    /** The window advertised then, in octets: the right edge is RCV.WUP + this. */
    private long rcvWndAdv;
    private int rcvUp;
    private int rcvFinSeq;
    /** With {@link #F_ACK_COMMIT}: received octets (and FIN) below this are recoverable by the owner. */
    private int rcvCommitted;
    /** The ACK field of the last segment sent (Last.ACK.sent of RFC 7323 §4.3; = RCV.WUP without commit mode). */
    private int rcvAcked;
    /** A duplicate block to report first in the next ACK (D-SACK, RFC 2883). */
    private int dsackLeft;
    private int dsackRight;
    // --- hard state: negotiated options ---
    private int peerMss;
    private int rcvMss;
    private byte sndWscale;
    private byte rcvWscale;
    private int tsOffset;
    private int tsRecent;
    private long tsRecentAt;
    private SendBuffer sendBuffer;
    private ReceiveBuffer receiveBuffer;

    // --- soft state ---
    /** Where the next transmission starts; below sndMax after a retransmission timeout (go-back-N). */
    private int sndNxt;
    private CongestionControl cc;
    private final RttEstimator rtt;
    private SackScoreboard scoreboard;
    /** Per-segment send record for RACK-TLP (RFC 8985), only while data is outstanding. */
    private TransmitLog xmitLog;
    /** RescueRxt (RFC 6675 §4 NextSeg rule 4), valid with {@link #F_RESCUE_VALID}. */
    private int rescueRxt;
    private int dupAcks;
    private int recover;
    private int highRxt;
    /** NewReno window inflation during non-SACK fast recovery (RFC 6582 §3.2). */
    private long inflation;
    private int rttSeq;
    private long rttStart;
    /** TSval when the retransmission timer last expired: older echoes are ambiguous (Karn for timestamps). */
    private int rtoTsVal;
    private long retransmitAt = NEVER;
    private long persistAt = NEVER;
    private long delayedAckAt = NEVER;
    private long keepAliveAt = NEVER;
    private long timeWaitAt = NEVER;
    private long userTimeoutStart = NEVER;
    private int persistBackoff;
    private int keepAliveProbes;
    private int bytesSinceAck;
    private long lastSendAt;
    private long challengeWindowStart = Long.MIN_VALUE;
    private long lastInvalidAckAt = Long.MIN_VALUE;
    private int challengeCount;
    private long dirtyAt;
    private int rstSeq;
    private int rstAck;
    private int rstFlags;
    private int rstDstPort;
    private int[] drops;
    /** Counters of {@link RecoveryEvent}s, allocated on the first one. */
    private int[] recoveryEvents;

    private TcpConnection(TcpConfig config, ConnectionListener listener, int localPort, int remotePort,
            long pathKey) {
        this.config = config;
        this.listener = listener == null ? ConnectionListener.NONE : listener;
        this.localPort = localPort;
        this.remotePort = remotePort;
        this.pathKey = pathKey;
        this.rtt = new RttEstimator(config.initialRtoNanos(), config.minRtoNanos(), config.maxRtoNanos());
        this.rcvMss = config.mss();
        if (config.noDelay()) {
            flags |= F_NODELAY;
        }
        if (config.keepAlive()) {
            flags |= F_KEEPALIVE;
        }
    }

    // ===================================================================================================== open

    /**
     * Active OPEN (RFC 9293 §3.10.1): chooses the ISS (RFC 6528), enters SYN-SENT; the SYN leaves on the next
     * {@link #dispatch}.
     *
     * @param pathKey
     *            an opaque key of the address pair, mixed into the ISN (RFC 6528 §3); 0 if unknown
     */
    public static TcpConnection connect(TcpConfig config, ConnectionListener listener, int localPort, int remotePort,
            long pathKey, long nowNanos) {
        TcpConnection c = new TcpConnection(config, listener, localPort, remotePort, pathKey);
        c.iss = SipHash.initialSequenceNumber(config.isnSecret(), localPort, remotePort, pathKey, nowNanos);
        c.tsOffset = SipHash.timestampOffset(config.isnSecret(), localPort, remotePort, pathKey);
        c.sndUna = c.iss;
        c.sndNxt = c.iss;
        c.sndMax = c.iss;
        c.sndBufSeq = c.iss + 1;
        c.recover = c.iss;
        c.highRxt = c.iss;
        c.setState(State.SYN_SENT, nowNanos);
        c.markDirty(nowNanos);
        return c;
    }

    /**
     * Passive OPEN (RFC 9293 §3.10.1): a connection in LISTEN that becomes SYN-RECEIVED on the first SYN. The
     * {@link TcpStack} makes one per incoming SYN so that a listening port can serve many peers.
     */
    public static TcpConnection listen(TcpConfig config, ConnectionListener listener, int localPort, long pathKey,
            long nowNanos) {
        TcpConnection c = new TcpConnection(config, listener, localPort, 0, pathKey);
        c.flags |= F_PASSIVE;
        c.setState(State.LISTEN, nowNanos);
        return c;
    }

    /**
     * Rebuilds a working connection from its hard state alone. Soft state starts afresh and conservatively: cwnd = the
     * initial window (RFC 5681 §4.1 restart window = IW of RFC 6928, since nothing is known about the path), ssthresh =
     * infinite, no RTT sample and RTO = initial RTO (RFC 6298 §2.1), empty SACK scoreboard, out-of-order data forgotten
     * (the peer retransmits it). If data is outstanding the retransmission timer is armed with that RTO, and an ACK is
     * sent at once so that the peer learns our window again; in TIME-WAIT a fresh 2·MSL starts.
     */
    public static TcpConnection restore(HardState h, TcpConfig config, ConnectionListener listener, long nowNanos) {
        return restore(h, null, 0, config, listener, nowNanos);
    }

    /**
     * Rebuilds a connection from its hard state and a soft-state checkpoint taken at {@code checkpointNanos} (the "full
     * checkpoint" failover strategy). Only the path estimates are installed; what they are and why each is safe to
     * reuse:
     * <ul>
     * <li>SRTT, RTTVAR (RFC 6298 §2): properties of the path, which the substitute shares (same host, same peer); RFC
     * 9040 §5 reuses them even across connections (temporal sharing). RTO is recomputed from them under this
     * configuration's floor and ceiling; the backoff is kept (RFC 6298 §5.5: only a new sample collapses it), so a
     * reused estimate can delay a retransmission but never make one spurious sooner than the checkpointed RTO.</li>
     * <li>cwnd, ssthresh and the algorithm's variables (RFC 5681 §3, RFC 9438 §4.1), only if the configuration uses the
     * same algorithm. The blackout is a pause in sending: if the checkpoint is younger than its RTO the pause counts as
     * not idle (RFC 5681 §4.1 restarts only after an RTO without sending) and cwnd is kept; if older, RFC 5681 §4.1
     * applies: cwnd = min(cwnd, RW) with RW = IW (RFC 6928), and ssthresh = max(ssthresh, ¾·cwnd) so slow start climbs
     * back quickly to where the path was (RFC 2861 §3, as Linux's tcp_cwnd_restart). RFC 7661 would allow keeping cwnd
     * for up to five minutes of non-validated use; that is not taken, because the flight the failed adapter sent was
     * likely dropped while reception was blocked and nothing yet shows the path still carries that window.</li>
     * </ul>
     * Not installed, because it describes the old adapter's flight, not the path: the SACK scoreboard, dupack count,
     * recovery point (RFC 6675 §2), transmit record and RACK state (RFC 8985), out-of-order data and timer deadlines —
     * they start as in {@link #restore(HardState, TcpConfig, ConnectionListener, long)}.
     *
     * @param soft
     *            the checkpoint, or null for hard state alone
     * @param checkpointNanos
     *            virtual time the checkpoint was taken (≤ {@code nowNanos})
     */
    public static TcpConnection restore(HardState h, SoftState soft, long checkpointNanos, TcpConfig config,
            ConnectionListener listener, long nowNanos) {
        TcpConnection c = new TcpConnection(config, listener, h.localPort(), h.remotePort(), 0);
        c.state = h.state();
        c.flags = (h.passiveOpen() ? F_PASSIVE : 0) | (h.finQueued() ? F_FIN_QUEUED : 0) | (h.noDelay() ? F_NODELAY : 0)
                | (h.keepAlive() ? F_KEEPALIVE : 0) | (h.windowScaling() ? F_WS : 0) | (h.timestamps() ? F_TS : 0)
                | (h.sackPermitted() ? F_SACK : 0) | (h.sndUrgent() ? F_SND_URG : 0) | (h.rcvUrgent() ? F_RCV_URG : 0)
                | (h.receiveShutdown() ? F_APP_CLOSED : 0);
        c.iss = h.iss();
        c.irs = h.irs();
        c.sndUna = h.sndUna();
        c.sndMax = h.sndNxt();
        c.sndNxt = h.sndNxt();
        c.sndWnd = h.sndWnd();
        c.sndWl1 = h.sndWl1();
        c.sndWl2 = h.sndWl2();
        c.maxSndWnd = h.maxSndWnd();
        c.sndBufSeq = h.sndUna() == h.iss() ? h.iss() + 1 : h.sndUna();
        c.sndUp = h.sndUp();
        c.rcvNxt = h.rcvNxt();
        c.rcvWndAdv = h.rcvWnd();
        c.rcvWup = h.rcvWup();
        c.rcvAcked = h.rcvWup();
        c.rcvCommitted = h.rcvNxt();
        c.rcvUp = h.rcvUp();
        c.peerMss = h.sndMss();
        c.rcvMss = h.rcvMss();
        c.sndWscale = (byte) h.sndWscale();
        c.rcvWscale = (byte) h.rcvWscale();
        c.tsOffset = h.tsOffset();
        c.tsRecent = h.tsRecent();
        if (c.has(F_TS)) {
            c.flags |= F_TS_RECENT_VALID;
            c.tsRecentAt = nowNanos;
        }
        c.recover = c.sndUna;
        c.highRxt = c.sndUna;
        byte[] send = h.sendData();
        byte[] recv = h.receivedData();
        if (send.length > config.sendBufferSize() || recv.length > config.receiveBufferSize()) {
            throw new IllegalArgumentException("hard state holds more data than the configured buffers");
        }
        if (send.length > 0) {
            c.sendBuffer().write(ByteBuffer.wrap(send));
        }
        if (recv.length > 0) {
            c.receiveBuffer().write(0, ByteBuffer.wrap(recv));
        }
        if (c.state.isSynchronized() || c.state == State.SYN_SENT) {
            c.cc = config.congestionControl().create(c.effectiveMss(), c.initialWindow());
        }
        if (soft != null && c.state.isSynchronized()) {
            c.installSoftState(soft, Math.max(0, nowNanos - checkpointNanos));
        }
        if (c.sndMax != c.sndUna) {
            c.retransmitAt = nowNanos + c.rtt.rto();
            c.userTimeoutStart = nowNanos;
            if (c.rack() && c.state.isSynchronized()) {
                // RACK-TLP only ever retransmits what its send record holds (RFC 8985 §6.3, §7): record the flight
                // the lost adapter sent, as sent now, or an RTO would find nothing to resend and the connection stall
                int mss = c.effectiveMss();
                for (int s = c.sndUna; lt(s, c.sndMax); s += mss) {
                    int e = SeqNum.distance(s, c.sndMax) > mss ? s + mss : c.sndMax;
                    c.xmitLog().onSend(s, e, nowNanos);
                }
            }
        }
        if (c.state == State.TIME_WAIT) {
            c.timeWaitAt = nowNanos + 2 * config.mslNanos();
        } else if (c.state.isSynchronized()) {
            c.flags |= F_ACK_NOW;
            c.armKeepAlive(nowNanos);
        }
        c.markDirty(nowNanos);
        return c;
    }

    /** See {@link #restore(HardState, SoftState, long, TcpConfig, ConnectionListener, long)} for the policy. */
    private void installSoftState(SoftState soft, long ageNanos) {
        long checkpointRto = soft.srttNanos() > 0 ? soft.rtoNanos() : 0;
        rtt.install(soft.srttNanos(), soft.rttvarNanos(), soft.rtoBackoff());
        CongestionState cs = soft.congestion();
        if (cs == null || !cc.install(cs)) {
            return; // another algorithm: its variables mean nothing here, start afresh
        }
        if (checkpointRto == 0 || ageNanos > checkpointRto) {
            // RFC 5681 §4.1 restart window after more than an RTO without sending; RFC 2861 §3 keeps ¾ of the old
            // cwnd as ssthresh so that slow start returns there
            long old = cs.cwnd();
            long ssthresh = Math.max(cs.ssthresh() == Long.MAX_VALUE ? 0 : cs.ssthresh(), old / 4 * 3);
            cc.install(new CongestionState(cs.algorithm(), Math.min(old, initialWindow()), ssthresh, cs.wMax(),
                    cs.k(), -1, cs.wEst()));
        }
    }

    // ================================================================================================= accessors

    public State state() {
        return state;
    }

    public int localPort() {
        return localPort;
    }

    public int remotePort() {
        return remotePort;
    }

    public TcpConfig config() {
        return config;
    }

    public void setListener(ConnectionListener listener) {
        this.listener = listener == null ? ConnectionListener.NONE : listener;
    }

    /** The pending application events as a bit set ({@link ConnectionEvent#mask()}), cleared by this call. */
    public int takeEvents() {
        int e = events;
        events = 0;
        return e;
    }

    /** How many segments were dropped for the reason. */
    public int dropCount(DropReason reason) {
        return drops == null ? 0 : drops[reason.ordinal()];
    }

    /** How often the loss-recovery event happened on this connection. */
    public int recoveryCount(RecoveryEvent event) {
        return recoveryEvents == null ? 0 : recoveryEvents[event.ordinal()];
    }

    /** Effective send MSS: payload octets per full-sized segment (peer's MSS less the timestamp option). */
    public int effectiveMss() {
        int base = Math.min(peerMss == 0 ? DEFAULT_PEER_MSS : peerMss, config.mss());
        return Math.max(MIN_PEER_MSS, base - (has(F_TS) ? TIMESTAMP_OPTION_LENGTH : 0));
    }

    /** The current congestion window (octets), or 0 before the handshake. */
    public long cwnd() {
        return cc == null ? 0 : cc.cwnd();
    }

    public CongestionControl congestionControl() {
        return cc;
    }

    /** SND.UNA: the oldest unacknowledged sequence number (cheap; {@link #hardState()} copies buffers). */
    public int sndUna() {
        return sndUna;
    }

    /** SND.NXT of RFC 9293: the highest sequence number sent plus one. */
    public int sndNxt() {
        return sndMax;
    }

    /** RCV.NXT: the next sequence number expected. */
    public int rcvNxt() {
        return rcvNxt;
    }

    /**
     * Acknowledge only what the owner has committed from now on: the ACK field never passes the point given to
     * {@link #commitReceived} (initially everything received so far, and always the peer's SYN). For an offload adapter
     * whose host can restore the connection only from what it was told (IBM patent EP1609063): an octet the peer saw
     * acknowledged is never sent again (RFC 9293 §3.3.2), so it must be recoverable. Off by default.
     */
    public void acknowledgeOnlyCommitted() {
        if (!has(F_ACK_COMMIT)) {
            flags |= F_ACK_COMMIT;
            rcvCommitted = rcvNxt;
        }
    }

    /**
     * The owner can recover every received octet (and the FIN) before {@code seq}: acknowledgments may reach it. A pure
     * ACK held back meanwhile leaves at once. Ignored without {@link #acknowledgeOnlyCommitted}, below the previous
     * commit, or beyond RCV.NXT (clamped).
     */
    public void commitReceived(int seq, long nowNanos) {
        if (!has(F_ACK_COMMIT)) {
            return;
        }
        int to = gt(seq, rcvNxt) ? rcvNxt : seq;
        if (!gt(to, rcvCommitted)) {
            return;
        }
        rcvCommitted = to;
        if (has(F_ACK_HELD)) {
            flags = flags & ~F_ACK_HELD | F_ACK_NOW;
            markDirty(nowNanos);
        }
    }

    /** The committed point (RCV.NXT when not in commit mode). */
    public int rcvCommitted() {
        return has(F_ACK_COMMIT) ? rcvCommitted : rcvNxt;
    }

    /** The ACK field to send: RCV.NXT, or the committed point when that is behind it. */
    private int ackToSend() {
        return has(F_ACK_COMMIT) && lt(rcvCommitted, rcvNxt) ? rcvCommitted : rcvNxt;
    }

    /** SND.WND in octets (scaled). */
    public long sndWnd() {
        return sndWnd;
    }

    /** RCV.WND in octets: from RCV.NXT to the right edge last advertised. */
    public long rcvWnd() {
        return receiveWindow();
    }

    /** Whether the connection has reached CLOSED and can be forgotten. */
    public boolean isClosed() {
        return state == State.CLOSED;
    }

    // ================================================================================================ snapshots

    /** The hard state now (see {@link HardState} for why each field is there). */
    public HardState hardState() {
        return new HardState(state, localPort, remotePort, has(F_PASSIVE), has(F_FIN_QUEUED), has(F_APP_CLOSED), iss,
                irs, sndUna, sndMax,
                sndWnd, sndWl1, sndWl2, maxSndWnd, rcvNxt, rcvWndAdv, rcvWup, peerMss, rcvMss, sndWscale, rcvWscale,
                has(F_WS), has(F_TS), has(F_SACK), tsOffset, tsRecent, has(F_NODELAY), has(F_KEEPALIVE),
                has(F_SND_URG), sndUp, has(F_RCV_URG), rcvUp,
                sendBuffer == null ? new byte[0] : sendBuffer.toArray(),
                receiveBuffer == null ? new byte[0] : receiveBuffer.unreadBytes());
    }

    /** The soft state now. */
    public SoftState softState() {
        List<SackBlock> ooo = new ArrayList<>();
        if (receiveBuffer != null) {
            Assembler a = receiveBuffer.assembler();
            for (int i = 0; i < a.rangeCount(); i++) {
                ooo.add(new SackBlock(rcvNxt + a.start(i), rcvNxt + a.end(i)));
            }
        }
        return new SoftState(cc == null ? null : cc.state(), rtt.srtt(), rtt.rttvar(), rtt.rto(), rtt.backoff(),
                sndNxt, dupAcks, has(F_IN_RECOVERY), recover, highRxt,
                scoreboard == null ? List.of() : scoreboard.toBlocks(), ooo, retransmitAt, persistAt, delayedAckAt,
                keepAliveAt, timeWaitAt,
                userTimeoutStart == NEVER ? NEVER : userTimeoutStart + config.userTimeoutNanos(),
                keepAliveProbes, has(F_ACK_NOW));
    }

    /** The deadline of one timer ({@link Long#MAX_VALUE} if not armed). */
    public long deadline(Timer timer) {
        return switch (timer) {
            case RETRANSMIT -> retransmitAt;
            case PERSIST -> persistAt;
            case DELAYED_ACK -> delayedAckAt;
            case KEEPALIVE -> keepAliveAt;
            case TIME_WAIT -> timeWaitAt;
            case USER_TIMEOUT -> userTimeoutStart == NEVER ? NEVER : userTimeoutStart + config.userTimeoutNanos();
        };
    }

    // ========================================================================================== application API

    /**
     * SEND (RFC 9293 §3.10.2): queues as much of {@code src} as the send buffer takes. Allowed before the handshake
     * completes (data waits for ESTABLISHED). Returns the octets taken, or -1 if this side is closed for sending.
     */
    public int send(ByteBuffer src, long nowNanos) {
        if (has(F_FIN_QUEUED) || !(state.canSend() || state == State.SYN_SENT || state == State.SYN_RECEIVED)) {
            return -1;
        }
        int n = sendBuffer().write(src);
        if (n > 0) {
            markDirty(nowNanos);
        }
        return n;
    }

    /**
     * SEND with the URGENT flag (RFC 9293 §3.10.2, RFC 6093 §4): the urgent pointer will point at the octet after the
     * last octet of {@code src} that was queued.
     */
    public int sendUrgent(ByteBuffer src, long nowNanos) {
        int n = send(src, nowNanos);
        if (n > 0) {
            sndUp = dataEnd();
            flags |= F_SND_URG;
        }
        return n;
    }

    /** Free octets in the send buffer. */
    public int sendSpace() {
        return config.sendBufferSize() - (sendBuffer == null ? 0 : sendBuffer.length());
    }

    /** Octets queued and not yet acknowledged. */
    public int sendQueued() {
        return sendBuffer == null ? 0 : sendBuffer.length();
    }

    /**
     * RECEIVE (RFC 9293 §3.10.3): copies in-order data. Returns the count, 0 if none is available yet, or -1 at the end
     * of the peer's stream (its FIN was received and everything before it was read).
     */
    public int receive(ByteBuffer dst, long nowNanos) {
        int n = receiveBuffer == null ? 0 : receiveBuffer.read(dst);
        if (n > 0) {
            if (has(F_RCV_QUIET) && receiveBuffer.release()) {
                receiveBuffer = null; // drained after the peer paused: idle, keep no buffer
            }
            maybeWindowUpdate(nowNanos);
            return n;
        }
        return peerFinReceived() || state == State.CLOSED ? -1 : 0;
    }

    /** In-order octets ready for {@link #receive}. */
    public int available() {
        return receiveBuffer == null ? 0 : receiveBuffer.unread();
    }

    /**
     * RFC 6093 §4: octets from the application's read position up to the urgent mark (the octet after the last urgent
     * octet), or -1 if there is no unread urgent data.
     */
    public long urgentMark() {
        if (!has(F_RCV_URG)) {
            return -1;
        }
        int readSeq = rcvNxt - available() - (peerFinReceived() ? 1 : 0);
        return gt(rcvUp, readSeq) ? SeqNum.distance(readSeq, rcvUp) : -1;
    }

    /**
     * Half-close (shutdown of the sending side): queues a FIN after the data (RFC 9293 §3.10.4 CLOSE semantics for our
     * direction only); the peer can still send.
     */
    public void shutdownOutput(long nowNanos) {
        switch (state) {
            case LISTEN, SYN_SENT -> toClosed(nowNanos, null);
            case SYN_RECEIVED -> flags |= F_FIN_QUEUED; // RFC 9293 §3.10.4: FIN after ESTABLISHED is reached
            case ESTABLISHED -> {
                flags |= F_FIN_QUEUED;
                setState(State.FIN_WAIT_1, nowNanos);
            }
            case CLOSE_WAIT -> {
                flags |= F_FIN_QUEUED;
                setState(State.LAST_ACK, nowNanos);
            }
            default -> {
                // already closing: RFC 9293 §3.10.4 "error: connection closing"
            }
        }
        markDirty(nowNanos);
    }

    /**
     * CLOSE (RFC 9293 §3.10.4): no more sends, no more reads. If unread data is left, the connection is reset instead
     * (RFC 1122 §4.2.2.13, RFC 2525 §2.17), as it is when data arrives afterwards.
     */
    public void close(long nowNanos) {
        if (available() > 0 && state.isSynchronized()) {
            abort(nowNanos);
            return;
        }
        flags |= F_APP_CLOSED;
        shutdownOutput(nowNanos);
    }

    /**
     * ABORT (RFC 9293 §3.10.5): in a synchronized state a RST goes out; the connection enters CLOSED at once.
     */
    public void abort(long nowNanos) {
        if (state.isSynchronized() && state != State.TIME_WAIT) {
            queueRst(remotePort, sndMax, rcvNxt, TcpFlags.RST | TcpFlags.ACK);
        }
        toClosed(nowNanos, null);
        markDirty(nowNanos);
    }

    /** TCP_NODELAY: disable Nagle's algorithm (RFC 9293 §3.7.4). */
    public void setNoDelay(boolean on, long nowNanos) {
        flags = on ? flags | F_NODELAY : flags & ~F_NODELAY;
        markDirty(nowNanos);
    }

    /** SO_KEEPALIVE (RFC 9293 §3.8.4). */
    public void setKeepAlive(boolean on, long nowNanos) {
        flags = on ? flags | F_KEEPALIVE : flags & ~F_KEEPALIVE;
        keepAliveAt = NEVER;
        armKeepAlive(nowNanos);
    }

    // ====================================================================================== segment processing

    /**
     * SEGMENT ARRIVES (RFC 9293 §3.10.7): consumes one segment. Replies (ACK, RST, SYN-ACK) are produced by the next
     * {@link #dispatch}.
     */
    public void process(Segment seg, long nowNanos) {
        if (seg.dstPort() != localPort || (state != State.LISTEN && state != State.CLOSED
                && seg.srcPort() != remotePort)) {
            drop(DropReason.WRONG_PORTS);
            return;
        }
        if (seg.has(TcpFlags.SYN | TcpFlags.RST)) {
            drop(DropReason.SYN_RST);
            return;
        }
        if (seg.has(TcpFlags.SYN | TcpFlags.FIN)) {
            drop(DropReason.SYN_FIN);
            return;
        }
        if (seg.has(TcpFlags.SYN) && seg.options().mss() == 0) {
            drop(DropReason.ZERO_MSS);
            return;
        }
        switch (state) {
            case CLOSED -> processClosed(seg);
            case LISTEN -> processListen(seg, nowNanos);
            case SYN_SENT -> processSynSent(seg, nowNanos);
            default -> processSynchronized(seg, nowNanos);
        }
        markDirty(nowNanos);
    }

    /** RFC 9293 §3.10.7.1: CLOSED answers everything but a RST with a RST. */
    private void processClosed(Segment seg) {
        if (seg.has(TcpFlags.RST)) {
            drop(DropReason.IGNORED_IN_STATE);
            return;
        }
        replyRstTo(seg);
    }

    private void replyRstTo(Segment seg) {
        if (seg.has(TcpFlags.ACK)) {
            queueRst(seg.srcPort(), seg.ack(), 0, TcpFlags.RST);
        } else {
            queueRst(seg.srcPort(), 0, seg.seq() + seg.sequenceLength(), TcpFlags.RST | TcpFlags.ACK);
        }
    }

    /** RFC 9293 §3.10.7.2: LISTEN. */
    private void processListen(Segment seg, long now) {
        // first: an incoming RST is ignored
        if (seg.has(TcpFlags.RST)) {
            drop(DropReason.IGNORED_IN_STATE);
            return;
        }
        // second: any ACK is bad in LISTEN: <SEQ=SEG.ACK><CTL=RST>
        if (seg.has(TcpFlags.ACK)) {
            queueRst(seg.srcPort(), seg.ack(), 0, TcpFlags.RST);
            return;
        }
        // third: SYN (security/compartment check not modelled)
        if (!seg.has(TcpFlags.SYN)) {
            drop(DropReason.IGNORED_IN_STATE);
            return;
        }
        remotePort = seg.srcPort();
        irs = seg.seq();
        rcvNxt = irs + 1;
        rcvWup = rcvNxt;
        rcvAcked = rcvNxt;
        rcvCommitted = rcvNxt; // the SYN is acknowledged whatever the owner commits (the handshake needs it)
        rcvWndAdv = 0;
        iss = SipHash.initialSequenceNumber(config.isnSecret(), localPort, remotePort, pathKey, now); // RFC 6528
        tsOffset = SipHash.timestampOffset(config.isnSecret(), localPort, remotePort, pathKey);
        sndUna = iss;
        sndNxt = iss; // the SYN-ACK leaves on dispatch
        sndMax = iss;
        sndBufSeq = iss + 1;
        recover = iss;
        highRxt = iss;
        negotiate(seg, now);
        // RFC 7323 §2.2: the window of a SYN is never scaled
        updateSendWindow(seg.window(), seg.seq(), iss);
        // Data carried by the SYN is not accepted (no TCP Fast Open): the peer retransmits it after the handshake.
        setState(State.SYN_RECEIVED, now);
        armKeepAlive(now);
    }

    /** RFC 9293 §3.10.7.3: SYN-SENT. */
    private void processSynSent(Segment seg, long now) {
        boolean ackOk = false;
        // first: check the ACK bit
        if (seg.has(TcpFlags.ACK)) {
            if (le(seg.ack(), iss) || gt(seg.ack(), sndMax)) {
                drop(DropReason.BAD_HANDSHAKE_ACK);
                if (!seg.has(TcpFlags.RST)) {
                    queueRst(seg.srcPort(), seg.ack(), 0, TcpFlags.RST);
                }
                return;
            }
            ackOk = true; // SND.UNA < SEG.ACK =< SND.NXT
        }
        // second: check the RST bit (RFC 5961 §3.2: only with an acceptable ACK)
        if (seg.has(TcpFlags.RST)) {
            if (ackOk) {
                toClosed(now, ConnectionEvent.REFUSED);
            } else {
                drop(DropReason.IGNORED_IN_STATE);
            }
            return;
        }
        // fourth: check the SYN bit
        if (!seg.has(TcpFlags.SYN)) {
            drop(DropReason.IGNORED_IN_STATE);
            return;
        }
        irs = seg.seq();
        rcvNxt = irs + 1;
        rcvWup = rcvNxt;
        rcvAcked = rcvNxt;
        rcvCommitted = rcvNxt; // the SYN is acknowledged whatever the owner commits (the handshake needs it)
        negotiate(seg, now);
        if (ackOk) {
            // our SYN is acknowledged: ESTABLISHED, <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>
            acknowledge(seg.ack(), seg, now);
            updateSendWindow(seg.window(), seg.seq(), seg.ack()); // unscaled (RFC 7323 §2.2)
            establish(now);
            flags |= F_ACK_NOW;
            // "continue processing at the sixth step": urgent, text and FIN of the SYN-ACK
            processUrgentTextAndFin(seg, seg.seq() + 1, now);
        } else {
            // simultaneous open: SYN-RECEIVED, send <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>
            updateSendWindow(seg.window(), seg.seq(), sndUna);
            sndNxt = iss;
            setState(State.SYN_RECEIVED, now);
        }
    }

    /** RFC 9293 §3.10.7.4: SYN-RECEIVED and all later states. */
    private void processSynchronized(Segment segment, long now) {
        Segment seg = segment;
        if (state == State.SYN_RECEIVED && seg.has(TcpFlags.SYN | TcpFlags.ACK) && seg.seq() + 1 == rcvNxt
                && seg.ack() == sndMax && seg.payloadLength() == 0) {
            // simultaneous open (RFC 9293 §3.5 figure 8 line 6): the peer's SYN-ACK repeats the SYN we already
            // have; its ACK completes our handshake. Linux accepts it the same way.
            seg = seg.withSeq(rcvNxt).withFlags(seg.flags() & ~TcpFlags.SYN);
        }
        TcpOptions opt = seg.options();
        boolean rst = seg.has(TcpFlags.RST);
        // RFC 7323 §5.3 PAWS, before the acceptability test (R1)
        if (has(F_TS) && opt.timestamps() && !rst && has(F_TS_RECENT_VALID) && lt(opt.tsVal(), tsRecent)) {
            if (now - tsRecentAt > PAWS_IDLE_NANOS) {
                flags &= ~F_TS_RECENT_VALID; // RFC 7323 §5.5: TS.Recent too old to judge
            } else {
                drop(DropReason.PAWS);
                ackUnacceptable(seg, now);
                return;
            }
        }
        // first: check sequence number (RFC 9293 §3.10.7.4 acceptability table)
        int segLen = seg.sequenceLength();
        int seq = seg.seq();
        long rcvWnd = receiveWindow();
        boolean acceptable;
        if (segLen == 0) {
            // RFC 9293 says RCV.NXT =< SEG.SEQ < RCV.NXT+RCV.WND; like Linux (tcp_sequence) we also take SEG.SEQ at the
            // right edge: a peer that filled our window sends its ACKs there, and dropping them would lose their ACK
            // information and start an ACK war when both sides are in that situation
            acceptable = rcvWnd == 0 ? seq == rcvNxt : SeqNum.inClosedRange(seq, rcvNxt, rcvNxt + (int) rcvWnd);
        } else if (rcvWnd == 0) {
            // special allowance for ACKs, URGs and RSTs when the window is zero: process the control part
            acceptable = seq == rcvNxt;
        } else {
            acceptable = inWindow(seq, rcvWnd) || inWindow(seq + segLen - 1, rcvWnd);
        }
        if (!acceptable) {
            if (state == State.SYN_RECEIVED && seg.has(TcpFlags.SYN) && !seg.has(TcpFlags.ACK) && seq == irs) {
                sndNxt = iss; // the peer repeated its SYN: our SYN-ACK was lost, send it again (as Linux does)
                return;
            }
            if (rst) {
                drop(DropReason.RST_NOT_EXACT);
                return;
            }
            drop(DropReason.OUT_OF_WINDOW);
            int dataSeq = seq + (seg.has(TcpFlags.SYN) ? 1 : 0);
            if (seg.payloadLength() > 0 && le(dataSeq + seg.payloadLength(), rcvNxt)) {
                reportDuplicate(dataSeq, dataSeq + seg.payloadLength()); // RFC 2883 §4.1.1
            }
            ackUnacceptable(seg, now); // <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>
            if (state == State.TIME_WAIT && seg.has(TcpFlags.FIN)) {
                timeWaitAt = now + 2 * config.mslNanos(); // retransmitted FIN: restart 2·MSL
            }
            return;
        }
        if (keepAliveProbes > 0 || has(F_KEEPALIVE)) {
            keepAliveProbes = 0;
            armKeepAlive(now);
        }
        // second: check the RST bit (RFC 5961 §3.2: reset only if SEG.SEQ = RCV.NXT, else challenge ACK)
        if (rst) {
            if (seq != rcvNxt) {
                drop(DropReason.RST_NOT_EXACT);
                challengeAck(now);
                return;
            }
            switch (state) {
                case SYN_RECEIVED -> toClosed(now, has(F_PASSIVE) ? null : ConnectionEvent.REFUSED);
                case ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT -> toClosed(now, ConnectionEvent.RESET);
                default -> toClosed(now, null); // CLOSING, LAST-ACK, TIME-WAIT
            }
            return;
        }
        // fourth: check the SYN bit (RFC 5961 §4.2: challenge ACK whatever the sequence number)
        if (seg.has(TcpFlags.SYN)) {
            if (state == State.SYN_RECEIVED && has(F_PASSIVE)) {
                toClosed(now, null); // "return this connection to the LISTEN state"
                return;
            }
            drop(DropReason.SYN_IN_WINDOW);
            challengeAck(now);
            return;
        }
        // fifth: check the ACK field
        if (!seg.has(TcpFlags.ACK)) {
            drop(DropReason.NO_ACK);
            return;
        }
        int ack = seg.ack();
        // RFC 5961 §5.2: acceptable only if SND.UNA - MAX.SND.WND =< SEG.ACK =< SND.NXT
        if (gt(ack, sndMax)) {
            drop(DropReason.ACK_UNSENT);
            if (state == State.SYN_RECEIVED) {
                queueRst(remotePort, ack, 0, TcpFlags.RST);
            } else {
                challengeAck(now);
            }
            return;
        }
        if (lt(ack, sndUna - (int) Math.min(maxSndWnd, Integer.MAX_VALUE))) {
            drop(DropReason.ACK_TOO_OLD);
            challengeAck(now);
            return;
        }
        if (state == State.SYN_RECEIVED) {
            if (!gt(ack, sndUna)) {
                drop(DropReason.BAD_HANDSHAKE_ACK);
                queueRst(remotePort, ack, 0, TcpFlags.RST);
                return;
            }
            updateTsRecent(seg, now);
            acknowledge(ack, seg, now);
            updateSendWindow((long) seg.window() << sndWscale, seq, ack);
            establish(now);
        } else if (state != State.TIME_WAIT) {
            updateTsRecent(seg, now);
            boolean finWasAcked = finAcked();
            processAck(seg, now);
            if (!finWasAcked && finAcked()) {
                switch (state) {
                    case FIN_WAIT_1 -> setState(State.FIN_WAIT_2, now);
                    case CLOSING -> enterTimeWait(now);
                    case LAST_ACK -> {
                        toClosed(now, null);
                        return;
                    }
                    default -> {
                        // ESTABLISHED / CLOSE-WAIT cannot have a FIN acknowledged
                    }
                }
            }
        }
        // sixth to eighth: urgent, text, FIN
        processUrgentTextAndFin(seg, seq, now);
    }

    /** Steps six to eight of RFC 9293 §3.10.7.4. {@code dataSeq} is the sequence number of the first data octet. */
    private void processUrgentTextAndFin(Segment seg, int dataSeq, long now) {
        ByteBuffer data = seg.payload();
        boolean fin = seg.has(TcpFlags.FIN);
        int finSeq = dataSeq + data.remaining();
        // trim to the window: old octets at the front (RFC 9293 §3.10.7.4 "only the new parts are processed")
        if (lt(dataSeq, rcvNxt)) {
            int old = (int) Math.min(data.remaining(), SeqNum.distance(dataSeq, rcvNxt));
            if (old > 0) {
                reportDuplicate(dataSeq, dataSeq + old); // RFC 2883 §4.1.2: the duplicated part
            }
            data.position(data.position() + old);
            dataSeq += old;
        }
        // ... and octets beyond the window or the buffer at the end (a FIN beyond it is dropped too)
        long room = Math.min(receiveWindow(), receiveBufferFree());
        long offset = SeqNum.distance(rcvNxt, dataSeq);
        if (data.remaining() > 0 && offset + data.remaining() > room) {
            int keep = (int) Math.max(0, room - offset);
            data.limit(data.position() + keep);
            fin = false;
            flags |= F_ACK_NOW; // tell the peer where our window really ends
        }
        // sixth: URG (RFC 6093: the pointer is the octet after the last urgent octet)
        if (seg.has(TcpFlags.URG) && state.canReceive()) {
            int up = seg.seq() + (seg.has(TcpFlags.SYN) ? 1 : 0) + seg.urgentPointer();
            if (!has(F_RCV_URG) || gt(up, rcvUp)) {
                rcvUp = up;
                flags |= F_RCV_URG;
                fire(ConnectionEvent.URGENT, now);
            }
        }
        // seventh: segment text
        if (data.hasRemaining()) {
            if (!state.canReceive()) {
                // CLOSE-WAIT, CLOSING, LAST-ACK, TIME-WAIT: the peer already sent FIN; ignore
                fin = false;
            } else if (has(F_APP_CLOSED)) {
                // RFC 1122 §4.2.2.13: data after CLOSE resets the connection
                queueRst(remotePort, sndMax, rcvNxt, TcpFlags.RST | TcpFlags.ACK);
                toClosed(now, ConnectionEvent.RESET);
                return;
            } else {
                receiveText(data, (int) SeqNum.distance(rcvNxt, dataSeq), now);
            }
        } else {
            receiveQuiet(); // a pure ACK (or a duplicate): the peer is not streaming to us right now
        }
        // eighth: FIN
        if (fin && state.isSynchronized()) {
            if (gt(finSeq, rcvNxt)) {
                flags |= F_RCV_FIN_PENDING; // FIN beyond a hole: take it when the hole is filled
                rcvFinSeq = finSeq;
                // RFC 5681 §4.2, RFC 9293 §3.10.7.4: an out-of-order segment SHOULD draw an immediate duplicate ACK,
                // a bare FIN too (it occupies a sequence number); Linux sends one. The SACK block is in dataOptions.
                flags |= F_ACK_NOW;
            } else if (finSeq == rcvNxt) {
                receiveFin(now);
            } else if (state == State.TIME_WAIT) {
                timeWaitAt = now + 2 * config.mslNanos();
                flags |= F_ACK_NOW;
            }
        }
    }

    private void receiveText(ByteBuffer data, int offset, long now) {
        flags &= ~F_RCV_QUIET;
        ReceiveBuffer rb = receiveBuffer();
        boolean hadHoles = !rb.assembler().isEmpty();
        int len = data.remaining();
        int advance = rb.write(offset, data);
        if (advance < 0) {
            drop(DropReason.REASSEMBLY_FULL);
            flags |= F_ACK_NOW;
            return;
        }
        if (offset > 0) {
            flags |= F_ACK_NOW; // RFC 5681 §4.2: out-of-order data is acknowledged at once (dup ACK + SACK)
            return;
        }
        rcvNxt += advance;
        fire(ConnectionEvent.READABLE, now);
        bytesSinceAck += len;
        if (hadHoles || bytesSinceAck >= 2 * (rcvMss - (has(F_TS) ? TIMESTAMP_OPTION_LENGTH : 0))) {
            flags |= F_ACK_NOW; // RFC 5681 §4.2: a hole filled, or every second full-sized segment
        } else if (delayedAckAt == NEVER) {
            delayedAckAt = now + config.delayedAckNanos(); // RFC 9293 §3.8.6.3
        }
        if (has(F_RCV_FIN_PENDING) && rcvFinSeq == rcvNxt) {
            receiveFin(now);
        }
    }

    /** RFC 9293 §3.10.7.4 eighth step for an in-order FIN. */
    private void receiveFin(long now) {
        flags &= ~F_RCV_FIN_PENDING;
        rcvNxt += 1;
        flags |= F_ACK_NOW;
        fire(ConnectionEvent.PEER_CLOSED, now);
        switch (state) {
            case SYN_RECEIVED, ESTABLISHED -> setState(State.CLOSE_WAIT, now);
            case FIN_WAIT_1 -> {
                if (finAcked()) {
                    enterTimeWait(now);
                } else {
                    setState(State.CLOSING, now); // simultaneous close
                }
            }
            case FIN_WAIT_2 -> enterTimeWait(now);
            default -> {
                // CLOSE-WAIT, CLOSING, LAST-ACK: remain
            }
        }
    }

    /** RFC 9293 §3.10.7.4 fifth step, ESTABLISHED processing of an acceptable ACK. */
    private void processAck(Segment seg, long now) {
        int ack = seg.ack();
        long segWnd = (long) seg.window() << sndWscale;
        TcpOptions opt = seg.options();
        boolean newSack = false;
        if (has(F_SACK) && !opt.sackBlocks().isEmpty()) {
            // RFC 6675 §5: every ACK with SACK information updates the scoreboard
            newSack = scoreboard().update(opt.sackBlocks(), sndUna, sndMax);
        }
        boolean outstanding = sndMax != sndUna;
        boolean advanced = gt(ack, sndUna);
        // RFC 5681 §2 duplicate ACK: same ACK and window, no data, no SYN/FIN, data outstanding
        boolean duplicate = ack == sndUna && seg.payloadLength() == 0 && !seg.has(TcpFlags.FIN) && segWnd == sndWnd
                && outstanding;
        if (advanced) {
            long acked = SeqNum.distance(sndUna, ack);
            long flightBefore = SeqNum.distance(sndUna, sndMax);
            acknowledge(ack, seg, now);
            dupAcks = 0; // RFC 6675 §5: a cumulative acknowledgment resets DupAcks
            if (has(F_RTO_RECOVERY)) {
                // after a timeout cwnd grows by slow start while the lost segments are resent (RFC 5681 §3.1)
                cc.onAck(now, Math.min(acked, flightBefore), rtt.srtt());
                if (ge(ack, recover)) {
                    flags &= ~(F_IN_RECOVERY | F_RTO_RECOVERY);
                }
            } else if (has(F_IN_RECOVERY)) {
                if (ge(ack, recover)) {
                    // RFC 6582 §3.2 step 3 / RFC 6675 §5: full acknowledgment ends recovery
                    flags &= ~F_IN_RECOVERY;
                    inflation = 0;
                    cc.onRecoveryEnd(now, SeqNum.distance(sndUna, sndMax));
                } else if (!has(F_SACK)) {
                    // RFC 6582 §3.2 step 4: partial ACK: retransmit the next hole, deflate by the amount acked
                    flags |= F_RTX_NOW;
                    inflation = Math.max(0, inflation - acked) + effectiveMss();
                }
            } else if (cc != null) {
                cc.onAck(now, Math.min(acked, flightBefore), rtt.srtt());
            }
        }
        // RFC 6675 §2: with SACK, an ACK is also a duplicate when it reports previously unSACKed octets between
        // HighACK and HighData, whatever its window or data, and §5 step 3 "regardless of its status as a cumulative
        // acknowledgment" (a peer that autotunes its window or sends data of its own would otherwise never produce
        // three duplicates, and every loss would wait for the retransmission timer)
        if (newSack && sndMax != sndUna) {
            duplicate = true;
        }
        if (advanced || newSack) {
            flags &= ~F_TLP_OUT; // RFC 8985 §7.2: the probe (or what it probed for) was answered
        }
        if (rack() && xmitLog != null) {
            rackOnAck(now);
        }
        if (duplicate) {
            dupAcks++;
            if (!has(F_IN_RECOVERY)) {
                // RFC 6675 §5 step 3 (a) DupAcks >= DupThresh, (b) IsLost(HighACK + 1)
                boolean lost = dupAcks >= SackScoreboard.DUP_THRESH
                        || (has(F_SACK) && scoreboard != null && scoreboard.isLost(sndUna, effectiveMss()));
                // RFC 6582 §3.2 step 2, RFC 6675 §5.1: not again for losses of the same window after a timeout
                if (lost && ge(sndUna, recover)) {
                    enterRecovery(now);
                }
            } else if (!has(F_SACK)) {
                inflation += effectiveMss(); // RFC 6582 §3.2 step 4: each further dup ACK inflates by SMSS
            }
        }
        // window update (RFC 9293 §3.10.7.4: SND.WL1 < SEG.SEQ or (SND.WL1 = SEG.SEQ and SND.WL2 =< SEG.ACK))
        if (lt(sndWl1, seg.seq()) || (sndWl1 == seg.seq() && le(sndWl2, ack))) {
            updateSendWindow(segWnd, seg.seq(), ack);
        }
    }

    /** RACK-TLP (RFC 8985) is used: configured, and SACK negotiated (RFC 8985 §4 needs SACK). */
    private boolean rack() {
        return config.rackTlp() && has(F_SACK);
    }

    /**
     * RFC 8985 §6.2 on an ACK: update RACK from the newly delivered segments, detect losses by the time rule, enter
     * recovery on a loss (§7.3 hands lost segments to the fast-recovery machinery), arm the reordering timer.
     */
    private void rackOnAck(long now) {
        // the TSecr test of RFC 8985 §6.2 step 2 is not used: a receiver holding out-of-order data echoes TS.Recent of
        // its last in-order segment (RFC 7323 §4.3), older than any SACKed retransmission; min_RTT decides, as in Linux
        xmitLog.onAck(sndUna, scoreboard, now);
        if (xmitLog.isEmpty()) {
            xmitLog = null;
            return;
        }
        rackDetectLoss(now);
    }

    private void rackDetectLoss(long now) {
        if ((scoreboard == null || scoreboard.isEmpty()) && !xmitLog.anyRetransmitted()) {
            return; // nothing delivered out of order and no retransmission: nothing RACK could mark
        }
        int[] lost = {0};
        long wait = xmitLog.detectLoss(now, xmitLog.reorderWindow(has(F_IN_RECOVERY), rtt.srtt()), scoreboard,
                effectiveMss(), lost);
        for (int i = 0; i < lost[0]; i++) {
            count(RecoveryEvent.RACK_LOST);
        }
        if (lost[0] > 0 && !has(F_IN_RECOVERY) && ge(sndUna, recover)) {
            enterRecovery(now);
        }
        if (wait > 0 && !has(F_REO_ARMED)) {
            // RFC 8985 §6.2 step 5: come back when the earliest waiting segment's reordering window has passed
            flags = (flags | F_REO_ARMED) & ~F_TLP_ARMED;
            retransmitAt = now + wait;
        }
    }

    /** RFC 8985 §6.3: the reordering timer expired: detect losses again, then the RTO guards the flight. */
    private void rackReorderTimeout(long now) {
        flags &= ~F_REO_ARMED;
        retransmitAt = now + rtt.rto();
        if (xmitLog != null) {
            rackDetectLoss(now);
        }
    }

    /**
     * RFC 8985 §7.2: schedule a tail loss probe when data is outstanding outside recovery and no probe is out: PTO =
     * 2·SRTT, plus the worst-case delayed ACK (200 ms) when only one segment is in flight, never beyond the RTO.
     */
    private void armLossProbe(long now) {
        if (!rack() || sndMax == sndUna || has(F_IN_RECOVERY) || (flags & (F_TLP_OUT | F_TLP_ARMED | F_REO_ARMED)) != 0
                || retransmitAt == NEVER || !canSendData()) {
            return;
        }
        long pto;
        if (rtt.hasSample()) {
            pto = 2 * rtt.srtt();
            if (SeqNum.distance(sndUna, sndMax) <= effectiveMss()) {
                pto += WORST_CASE_DELAYED_ACK;
            }
        } else {
            pto = ONE_SECOND;
        }
        long at = now + Math.max(pto, MIN_PTO);
        if (at < retransmitAt) {
            retransmitAt = at;
            flags |= F_TLP_ARMED;
        }
    }

    /**
     * RFC 8985 §7.3: the probe timeout expired: send one segment of new data if the windows allow, else retransmit the
     * last segment sent, so that the ACK it draws lets RACK find any loss in the tail; then the RTO is armed again.
     */
    private void sendLossProbe(long now, SegmentSink sink) {
        flags = (flags & ~F_TLP_ARMED) | F_TLP_OUT;
        retransmitAt = now + rtt.rto();
        count(RecoveryEvent.TAIL_LOSS_PROBE);
        if (lt(sndNxt, dataEnd()) && sendWindowAvailable() >= Math.min(effectiveMss(), SeqNum.distance(sndNxt,
                dataEnd())) && transmitFromSndNxt(now, sink, 1, true) > 0) {
            return;
        }
        if (xmitLog != null && !xmitLog.isEmpty()) {
            retransmitRecord(sink, now, xmitLog.size() - 1);
        }
    }

    /** Retransmits the send record {@code i} (with the FIN if it carries it). */
    private void retransmitRecord(SegmentSink sink, long now, int i) {
        int seq = xmitLog.start(i);
        int end = xmitLog.end(i);
        boolean fin = has(F_FIN_QUEUED) && end == dataEnd() + 1;
        int len = (int) SeqNum.distance(seq, end) - (fin ? 1 : 0);
        retransmit(sink, now, seq, len, fin);
    }

    /** RFC 6675 §5 step 4 / RFC 6582 §3.2 step 2: enter loss recovery. */
    private void enterRecovery(long now) {
        count(RecoveryEvent.FAST_RECOVERY);
        recover = sndMax;
        cc.onCongestionEvent(now, SeqNum.distance(sndUna, sndMax));
        flags |= F_IN_RECOVERY | F_RTX_NOW;
        flags &= ~F_RESCUE_VALID;
        if ((flags & (F_TLP_ARMED | F_REO_ARMED)) != 0) {
            flags &= ~(F_TLP_ARMED | F_REO_ARMED);
            retransmitAt = now + rtt.rto(); // the slot holds the RTO again (RFC 6298 §5.3 for the flight)
        }
        if (rack() && xmitLog != null) {
            xmitLog.markFirstLost(); // RFC 6675 §5 step 4.3: the segment at HighACK+1 is presumed dropped
            flags &= ~F_RTX_NOW; // NextSeg sends it first (rule 1)
        }
        highRxt = sndUna;
        inflation = has(F_SACK) ? 0 : 3L * effectiveMss(); // RFC 6582: cwnd = ssthresh + 3·SMSS
    }

    /** SND.UNA advances to {@code ack}: free acknowledged data, take an RTT sample, restart the timer. */
    private void acknowledge(int ack, Segment seg, long now) {
        if (!gt(ack, sndUna)) {
            return;
        }
        if (sendBuffer != null && gt(ack, sndBufSeq)) {
            int n = (int) Math.min(sendBuffer.length(), SeqNum.distance(sndBufSeq, ack));
            if (n > 0) {
                sendBuffer.drop(n);
                if (sendBuffer.length() == 0) {
                    // everything acknowledged: a quiet point, an idle connection keeps no send buffer at all
                    sendBuffer = null;
                }
                sndBufSeq += n;
                fire(ConnectionEvent.WRITABLE, now);
            }
        }
        sndUna = ack;
        if (lt(sndNxt, sndUna)) {
            sndNxt = sndUna;
        }
        if (lt(highRxt, sndUna)) {
            highRxt = sndUna;
        }
        if (has(F_SND_URG) && ge(sndUna, sndUp)) {
            flags &= ~F_SND_URG;
        }
        if (scoreboard != null) {
            scoreboard.removeBelow(sndUna);
        }
        sampleRtt(ack, seg, now);
        persistBackoff = 0;
        flags &= ~(F_TLP_ARMED | F_REO_ARMED); // the slot holds the RTO again
        if (sndUna == sndMax) {
            retransmitAt = NEVER; // RFC 6298 §5.2
            userTimeoutStart = NEVER;
            xmitLog = null; // nothing in flight: an idle connection keeps no transmit record
        } else {
            retransmitAt = now + rtt.rto(); // RFC 6298 §5.3
            userTimeoutStart = now;
        }
    }

    /** RFC 7323 §4 (timestamps) or Karn's algorithm on one timed segment (RFC 6298 §3). */
    private void sampleRtt(int ack, Segment seg, long now) {
        TcpOptions o = seg.options();
        if (has(F_TS) && o.timestamps() && o.tsEcr() != 0) {
            if (echoPredatesTimeout(o.tsEcr())) {
                flags &= ~F_RTT_TIMING;
                return;
            }
            long ticks = tsNow(now) - o.tsEcr();
            if (ticks >= 0 && ticks < Integer.MAX_VALUE) {
                rtt.sample(Math.max(1, ticks) * config.timestampTickNanos());
            }
            flags &= ~F_RTT_TIMING;
            return;
        }
        if (has(F_RTT_TIMING) && ge(ack, rttSeq)) {
            rtt.sample(now - rttStart);
            flags &= ~F_RTT_TIMING;
        }
    }

    /**
     * An echo of a TSval sent before the last retransmission timeout may be the answer to an ACK that was lost long
     * ago; taking it would inflate SRTT by the whole outage (RFC 7323 §4.2 allows but does not require every echo).
     */
    private boolean echoPredatesTimeout(int tsEcr) {
        return rtt.backoff() > 0 && lt(tsEcr, rtoTsVal);
    }

    private void updateSendWindow(long window, int seq, int ack) {
        sndWnd = window;
        sndWl1 = seq;
        sndWl2 = ack;
        if (window > maxSndWnd) {
            maxSndWnd = window;
        }
        if (window > 0) {
            persistAt = NEVER;
        }
    }

    /** RFC 7323 §4.3: TS.Recent := SEG.TSval if SEG.TSval >= TS.Recent and SEG.SEQ =< Last.ACK.sent. */
    private void updateTsRecent(Segment seg, long now) {
        TcpOptions o = seg.options();
        if (has(F_TS) && o.timestamps() && (!has(F_TS_RECENT_VALID) || ge(o.tsVal(), tsRecent))
                && le(seg.seq(), has(F_ACK_COMMIT) ? rcvAcked : rcvWup)) {
            tsRecent = o.tsVal();
            tsRecentAt = now;
            flags |= F_TS_RECENT_VALID;
        }
    }

    /** Option negotiation from the peer's SYN (RFC 9293 §3.7.1, RFC 7323 §2.2/§3.2, RFC 2018 §2). */
    private void negotiate(Segment syn, long now) {
        TcpOptions o = syn.options();
        peerMss = o.mss() > 0 ? Math.max(MIN_PEER_MSS, o.mss()) : DEFAULT_PEER_MSS;
        if (config.windowScaling() && o.windowScale() >= 0) {
            flags |= F_WS;
            sndWscale = (byte) Math.min(14, o.windowScale()); // RFC 7323 §2.3: more than 14 is treated as 14
            rcvWscale = (byte) ourWindowShift();
        } else {
            flags &= ~F_WS;
            sndWscale = 0;
            rcvWscale = 0;
        }
        if (config.timestamps() && o.timestamps()) {
            flags |= F_TS | F_TS_RECENT_VALID;
            tsRecent = o.tsVal();
            tsRecentAt = now;
        } else {
            flags &= ~F_TS;
        }
        if (config.sack() && o.sackPermitted()) {
            flags |= F_SACK;
        } else {
            flags &= ~F_SACK;
        }
    }

    /** RFC 7323 §2.2: the shift we offer: configured, or the smallest that lets the window cover the buffer. */
    private int ourWindowShift() {
        if (config.receiveWindowScale() != TcpConfig.AUTO_WINDOW_SCALE) {
            return config.receiveWindowScale();
        }
        int shift = 0;
        while (shift < 14 && (65535L << shift) < config.receiveBufferSize()) {
            shift++;
        }
        return shift;
    }

    private void establish(long now) {
        // RFC 6928 §2: after a lost SYN or SYN-ACK the initial window is one segment
        cc = config.congestionControl().create(effectiveMss(),
                has(F_SYN_RETRANSMITTED) ? effectiveMss() : initialWindow());
        if (has(F_SYN_RETRANSMITTED)) {
            rtt.resetForDataAfterSynLoss(THREE_SECONDS); // RFC 6298 §5.7
        }
        setState(State.ESTABLISHED, now);
        fire(ConnectionEvent.ESTABLISHED, now);
        armKeepAlive(now);
        if (has(F_FIN_QUEUED)) {
            setState(State.FIN_WAIT_1, now); // a CLOSE issued in SYN-RECEIVED
        }
    }

    /** RFC 6928 §2: IW = min(10·MSS, max(2·MSS, 14600)), generalized to the configured segment count. */
    private long initialWindow() {
        long mss = effectiveMss();
        int segs = config.initialWindowSegments();
        return Math.min(segs * mss, Math.max(2 * mss, segs * 1460L));
    }

    private void enterTimeWait(long now) {
        setState(State.TIME_WAIT, now);
        retransmitAt = NEVER;
        persistAt = NEVER;
        keepAliveAt = NEVER;
        delayedAckAt = NEVER;
        userTimeoutStart = NEVER;
        timeWaitAt = now + 2 * config.mslNanos(); // RFC 9293 §3.10.7.4: 2·MSL
    }

    private void toClosed(long now, ConnectionEvent why) {
        if (why != null) {
            fire(why, now);
        }
        retransmitAt = NEVER;
        persistAt = NEVER;
        keepAliveAt = NEVER;
        delayedAckAt = NEVER;
        timeWaitAt = NEVER;
        userTimeoutStart = NEVER;
        flags &= ~(F_ACK_NOW | F_RTX_NOW);
        if (state != State.CLOSED) {
            setState(State.CLOSED, now);
            fire(ConnectionEvent.CLOSED, now);
        }
    }

    /** The single place where the state changes (smoltcp's set_state): every transition is reported. */
    private void setState(State to, long now) {
        State from = state;
        if (from == to) {
            return;
        }
        state = to;
        listener.stateChanged(this, from, to, now);
    }

    // ================================================================================================== output

    /** When this connection next needs {@link #dispatch}: a time at or before "now" means at once. */
    public long pollAt() {
        if ((flags & (F_DIRTY | F_RST_PENDING | F_ACK_NOW | F_RTX_NOW)) != 0) {
            return dirtyAt;
        }
        long t = Math.min(retransmitAt, persistAt);
        t = Math.min(t, delayedAckAt);
        t = Math.min(t, keepAliveAt);
        t = Math.min(t, timeWaitAt);
        if (userTimeoutStart != NEVER) {
            t = Math.min(t, userTimeoutStart + config.userTimeoutNanos());
        }
        return t;
    }

    /** Emits everything that is due at {@code nowNanos}: timer actions first, then data, then a bare ACK. */
    public void dispatch(long nowNanos, SegmentSink sink) {
        if (has(F_RST_PENDING)) {
            flags &= ~F_RST_PENDING;
            sink.emit(Segment.of(localPort, rstDstPort, rstSeq, rstAck, rstFlags, 0));
        }
        if (state == State.CLOSED || state == State.LISTEN) {
            flags &= ~F_DIRTY;
            return;
        }
        runTimers(nowNanos, sink);
        if (state == State.CLOSED) {
            dispatch(nowNanos, sink); // an abort may have queued a RST
            return;
        }
        transmit(nowNanos, sink);
        if (has(F_ACK_NOW) && has(F_ACK_COMMIT) && lt(rcvCommitted, rcvNxt) && rcvCommitted == rcvAcked
                && state.isSynchronized()) {
            // it would repeat the last ACK while newer data waits for its commit: a duplicate ACK, and three make the
            // peer retransmit spuriously (RFC 5681 §2, §3.2); the commit that follows sends it with news
            flags = flags & ~F_ACK_NOW | F_ACK_HELD;
        }
        if (has(F_ACK_NOW)) {
            // RFC 9293's SND.NXT is our SND.MAX: after a go-back the peer may already hold octets above sndNxt, and
            // an ACK below its RCV.NXT would be unacceptable there (and answered by an ACK, and so on)
            emit(sink, nowNanos, sndMax, 0, 0);
        }
        armPersist(nowNanos);
        armLossProbe(nowNanos);
        flags &= ~F_DIRTY;
    }

    private void runTimers(long now, SegmentSink sink) {
        if (now >= timeWaitAt) {
            timeWaitAt = NEVER;
            toClosed(now, null); // RFC 9293 §3.10.8 time-wait timeout
            return;
        }
        if (userTimeoutStart != NEVER && now - userTimeoutStart >= config.userTimeoutNanos()) {
            toClosed(now, ConnectionEvent.TIMED_OUT); // RFC 9293 §3.10.8 user timeout: flush, signal, CLOSED
            return;
        }
        if (now >= retransmitAt) {
            if (has(F_TLP_ARMED)) {
                sendLossProbe(now, sink);
            } else if (has(F_REO_ARMED)) {
                rackReorderTimeout(now);
            } else {
                onRetransmitTimeout(now);
            }
        }
        if (now >= persistAt) {
            if (sendWindowAvailable() > 0) {
                flags |= F_SWS_OVERRIDE; // RFC 9293 §3.8.6.2.1 (4): the override timeout sends what the window allows
                persistAt = NEVER;
            } else {
                // RFC 9293 §3.8.6.1 zero-window probe (Linux form: SEQ = SND.UNA - 1, forces an ACK), backoff
                emit(sink, now, sndUna - 1, 0, 0);
                persistBackoff = Math.min(persistBackoff + 1, 16);
                persistAt = now + persistInterval();
            }
        }
        if (now >= keepAliveAt) {
            onKeepAlive(now, sink);
        }
        if (now >= delayedAckAt) {
            delayedAckAt = NEVER;
            flags |= F_ACK_NOW;
            receiveQuiet(); // no second segment came within the ACK delay
        }
    }

    /** RFC 6298 §5.4–5.6 with RFC 5681 §3.1 and RFC 6675 §5.1. */
    private void onRetransmitTimeout(long now) {
        rtt.backOff(); // §5.5
        retransmitAt = now + rtt.rto(); // §5.6, even if the window lets nothing out now
        rtoTsVal = tsNow(now);
        flags &= ~F_RTT_TIMING; // Karn
        if (state == State.SYN_SENT || state == State.SYN_RECEIVED) {
            flags |= F_SYN_RETRANSMITTED;
            sndNxt = iss; // resend the SYN / SYN-ACK
            return;
        }
        if (cc != null) {
            cc.onRetransmitTimeout(now, SeqNum.distance(sndUna, sndMax));
        }
        count(RecoveryEvent.TIMEOUT);
        recover = sndMax; // RFC 6582 §3.2 step 1 after a timeout
        flags &= ~(F_IN_RECOVERY | F_RTX_NOW | F_RTO_RECOVERY | F_TLP_OUT | F_TLP_ARMED | F_REO_ARMED);
        inflation = 0;
        dupAcks = 0;
        if (rack() && xmitLog != null && !xmitLog.isEmpty()) {
            // RFC 8985 §6.3 / RFC 6675 §5.1: every unSACKed segment is lost; resend only those, lowest first, as the
            // restarted cwnd allows (no go-back-N over SACKed data), and let RACK catch lost retransmissions
            if (rtt.backoff() >= 2 && scoreboard != null) {
                // a second timeout without progress: the receiver may have reneged on SACKed data (RFC 2018 §8)
                scoreboard.clear();
                xmitLog.clearSacked();
            }
            xmitLog.markAllLost();
            flags |= F_IN_RECOVERY | F_RTO_RECOVERY | F_RTO_PROBE;
            return;
        }
        if (scoreboard != null) {
            scoreboard.clear(); // RFC 6675 §5.1: the receiver may have reneged
        }
        highRxt = sndUna;
        sndNxt = sndUna; // go back N: resend from the first unacknowledged octet
        // RFC 9293 §3.8.6.1: the retransmission goes out even into a zero window (the peer's window update may have
        // been lost; its answer to this segment carries the current window)
        flags |= F_RTO_PROBE;
    }

    private void onKeepAlive(long now, SegmentSink sink) {
        keepAliveAt = NEVER;
        if (!has(F_KEEPALIVE) || !(state == State.ESTABLISHED || state == State.CLOSE_WAIT)) {
            return;
        }
        if (sndMax != sndUna || sendQueued() > 0) {
            armKeepAlive(now); // the retransmission timer covers a busy connection
            return;
        }
        if (keepAliveProbes >= config.keepAliveProbes()) {
            // RFC 9293 §3.8.4 / RFC 1122 §4.2.3.6: the peer is gone; Linux resets
            queueRst(remotePort, sndMax, rcvNxt, TcpFlags.RST | TcpFlags.ACK);
            toClosed(now, ConnectionEvent.TIMED_OUT);
            return;
        }
        emit(sink, now, sndUna - 1, 0, 0); // RFC 9293 §3.8.4: SEG.SEQ = SND.NXT - 1, no data
        keepAliveProbes++;
        keepAliveAt = now + config.keepAliveIntervalNanos();
    }

    private void armKeepAlive(long now) {
        if (has(F_KEEPALIVE) && (state == State.ESTABLISHED || state == State.CLOSE_WAIT
                || state == State.SYN_RECEIVED)) {
            keepAliveAt = now + (keepAliveProbes == 0 ? config.keepAliveIdleNanos() : config.keepAliveIntervalNanos());
        }
    }

    /**
     * RFC 9293 §3.8.6.1: when the peer's window is zero (or too small to send under the SWS rule) with data queued and
     * nothing in flight, the persist timer makes sure we probe.
     */
    private void armPersist(long now) {
        boolean waiting = state.isSynchronized() && state != State.SYN_RECEIVED && sndMax == sndUna
                && lt(sndNxt, dataEnd()) && canSendData();
        if (!waiting) {
            persistAt = NEVER;
            persistBackoff = 0;
        } else if (persistAt == NEVER) {
            persistAt = now + persistInterval();
        }
    }

    private long persistInterval() {
        long base = Math.max(rtt.rto(), config.minRtoNanos());
        long v = base << persistBackoff;
        return v <= 0 || v > config.maxRtoNanos() ? config.maxRtoNanos() : v;
    }

    private boolean canSendData() {
        return switch (state) {
            case ESTABLISHED, CLOSE_WAIT, FIN_WAIT_1, CLOSING, LAST_ACK -> true;
            default -> false;
        };
    }

    private void transmit(long now, SegmentSink sink) {
        if (state == State.SYN_SENT || state == State.SYN_RECEIVED) {
            if (sndNxt == iss) {
                if (!has(F_SYN_RETRANSMITTED) && !has(F_RTT_TIMING)) {
                    flags |= F_RTT_TIMING;
                    rttSeq = iss + 1;
                    rttStart = now;
                }
                emit(sink, now, iss, 0, TcpFlags.SYN);
                sndNxt = iss + 1;
                sndMax = SeqNum.max(sndMax, sndNxt);
                armRetransmit(now);
            }
            return;
        }
        if (!canSendData()) {
            flags &= ~F_RTX_NOW; // e.g. the FIN was acknowledged meanwhile (FIN-WAIT-2): nothing left to resend
            return;
        }
        int budget = MAX_SEGMENTS_PER_DISPATCH;
        if (has(F_RTX_NOW)) {
            flags &= ~F_RTX_NOW;
            // a retransmission resends what was sent: never beyond SND.MAX (new data obeys the windows), nothing
            // when an ACK of everything arrived since the flag was set
            int sentDataEnd = gt(sndMax, dataEnd()) ? dataEnd() : sndMax;
            int len = lt(sndUna, sentDataEnd)
                    ? (int) Math.min(effectiveMss(), SeqNum.distance(sndUna, sentDataEnd))
                    : 0;
            boolean fin = has(F_FIN_QUEUED) && sndUna + len == dataEnd() && gt(sndMax, dataEnd());
            if (len > 0 || fin) {
                count(RecoveryEvent.FAST_RETRANSMIT);
                retransmit(sink, now, sndUna, len, fin);
                budget--;
            }
        }
        if (has(F_IN_RECOVERY) && rack() && xmitLog != null) {
            rackRecoveryTransmit(now, sink, budget);
        } else if (has(F_IN_RECOVERY) && has(F_SACK)) {
            sackRecoveryTransmit(now, sink, budget);
        } else {
            transmitFromSndNxt(now, sink, budget, false);
        }
    }

    /** RFC 6675 §5 (C): while cwnd - pipe >= 1 SMSS, send what NextSeg() returns. */
    private void sackRecoveryTransmit(long now, SegmentSink sink, int budget) {
        int mss = effectiveMss();
        while (budget-- > 0 && cc.cwnd() - scoreboard().pipe(sndUna, sndMax, highRxt, mss) >= mss) {
            SackScoreboard sb = scoreboard();
            int highestSacked = sb.highestSacked(sndUna);
            int s = sb.nextUnsacked(SeqNum.max(highRxt, sndUna));
            // NextSeg rule 1: lowest unSACKed, lost octet above HighRxt
            if (lt(s, highestSacked) && sb.isLost(s, mss)) {
                int len = (int) Math.min(mss, SeqNum.distance(s, sb.holeEnd(s, highestSacked)));
                count(RecoveryEvent.SACK_RETRANSMIT);
                retransmit(sink, now, s, len, false);
                continue;
            }
            // rule 2: new data
            if (transmitFromSndNxt(now, sink, 1, true) > 0) {
                continue;
            }
            // rule 3: unSACKed octet not yet deemed lost
            if (lt(s, highestSacked)) {
                int len = (int) Math.min(mss, SeqNum.distance(s, sb.holeEnd(s, highestSacked)));
                count(RecoveryEvent.SACK_RETRANSMIT);
                retransmit(sink, now, s, len, false);
                continue;
            }
            // rule 4: one rescue retransmission per recovery of the highest outstanding unSACKed data (it may be a
            // lost tail that no later segment will ever report); RescueRxt = RecoveryPoint, HighRxt unchanged
            if (!has(F_RESCUE_VALID) || gt(sndUna, rescueRxt)) {
                int tail = sndMax;
                int start = SeqNum.max(sndUna, tail - mss);
                if (!sb.isSacked(tail - 1) && lt(start, tail)) {
                    boolean fin = has(F_FIN_QUEUED) && tail == dataEnd() + 1;
                    rescueRxt = recover;
                    flags |= F_RESCUE_VALID;
                    count(RecoveryEvent.RESCUE_RETRANSMIT);
                    int saved = highRxt;
                    retransmit(sink, now, start, (int) SeqNum.distance(start, tail) - (fin ? 1 : 0), fin);
                    highRxt = saved;
                    continue;
                }
            }
            break;
        }
    }

    /**
     * RFC 6675 §5 (C) with RACK-TLP's loss marks (RFC 8985 §7.3): while cwnd - pipe >= 1 SMSS send NextSeg(): (1) the
     * lowest segment marked lost and not yet resent, (2) new data, (3) the lowest unSACKed segment below the highest
     * SACK, (4) once per recovery the highest unSACKed segment (rescue). After a timeout only (1) and (2) apply.
     */
    private void rackRecoveryTransmit(long now, SegmentSink sink, int budget) {
        TransmitLog log = xmitLog;
        int mss = effectiveMss();
        long pipe = log.pipe();
        while (budget-- > 0 && (cc.cwnd() - pipe >= mss || has(F_RTO_PROBE))) {
            flags &= ~F_RTO_PROBE; // the first retransmission after a timeout goes whatever the pipe
            int i = log.firstLostToSend();
            if (i >= 0) {
                count(has(F_RTO_RECOVERY) ? RecoveryEvent.TIMEOUT_RETRANSMIT : RecoveryEvent.SACK_RETRANSMIT);
                pipe += SeqNum.distance(log.start(i), log.end(i));
                retransmitRecord(sink, now, i);
                continue;
            }
            int before = sndMax;
            if (transmitFromSndNxt(now, sink, 1, true) > 0) {
                pipe += SeqNum.distance(before, sndMax);
                continue;
            }
            if (has(F_RTO_RECOVERY)) {
                break;
            }
            i = log.firstUnsackedBelow(scoreboard == null ? sndUna : scoreboard.highestSacked(sndUna));
            if (i < 0 && (!has(F_RESCUE_VALID) || gt(sndUna, rescueRxt))) {
                i = log.lastUnsacked();
                if (i >= 0 && log.has(i, TransmitLog.RETRANS)) {
                    i = -1;
                }
                if (i >= 0) {
                    rescueRxt = recover;
                    flags |= F_RESCUE_VALID;
                    count(RecoveryEvent.RESCUE_RETRANSMIT);
                    pipe += SeqNum.distance(log.start(i), log.end(i));
                    retransmitRecord(sink, now, i);
                    continue;
                }
            }
            if (i < 0) {
                break;
            }
            count(RecoveryEvent.SACK_RETRANSMIT);
            pipe += SeqNum.distance(log.start(i), log.end(i));
            retransmitRecord(sink, now, i);
        }
    }

    /**
     * Sends data (and the FIN) from SND.NXT within the peer's window and cwnd, applying Nagle (RFC 9293 §3.7.4) and
     * sender SWS avoidance (§3.8.6.2.1). Returns the number of segments sent.
     */
    private int transmitFromSndNxt(long now, SegmentSink sink, int budget, boolean inSackRecovery) {
        int mss = effectiveMss();
        int sent = 0;
        while (sent < budget) {
            int end = dataEnd();
            boolean finPending = has(F_FIN_QUEUED) && le(sndNxt, end);
            long available = gt(end, sndNxt) ? SeqNum.distance(sndNxt, end) : 0;
            if (available == 0 && !finPending) {
                break;
            }
            long flight = SeqNum.distance(sndUna, sndNxt);
            if (flight == 0 && sndNxt == sndMax && lastSendAt != 0 && now - lastSendAt > rtt.rto() && cc != null) {
                cc.onIdleRestart(now, initialWindow()); // RFC 5681 §4.1
            }
            long cwndAvail;
            if (inSackRecovery) {
                cwndAvail = mss;
            } else {
                long limited = !has(F_IN_RECOVERY) && sndNxt == sndMax ? Math.min(dupAcks, 2) * (long) mss : 0;
                cwndAvail = cc.cwnd() + inflation + limited - flight; // RFC 3042 limited transmit
            }
            long windowAvail = sendWindowAvailable();
            if (has(F_RTO_PROBE) && sndNxt == sndUna) {
                windowAvail = Math.max(windowAvail, Math.min(mss, available));
            }
            long len = Math.max(0, Math.min(Math.min(available, mss), Math.min(cwndAvail, windowAvail)));
            boolean fin = finPending && len == available;
            boolean resend = lt(sndNxt, sndMax);
            if (len < available && !resend) {
                // cannot send everything: only a full segment, or half the peer's largest window (SWS §3.8.6.2.1)
                if (len < mss && (len == 0 || len < maxSndWnd / 2) && !(len > 0 && has(F_SWS_OVERRIDE))) {
                    break;
                }
            } else if (len > 0 && len < mss && !has(F_NODELAY) && flight > 0 && !fin && sndNxt == sndMax) {
                break; // Nagle: a small segment waits while data is unacknowledged
            }
            if (len == 0 && !fin) {
                break;
            }
            if (fin && len == 0 && cwndAvail <= 0 && flight > 0) {
                break;
            }
            if (lt(sndNxt, sndMax)) {
                flags &= ~F_RTT_TIMING; // Karn: a retransmission is never timed
                count(RecoveryEvent.TIMEOUT_RETRANSMIT);
            } else if (!has(F_RTT_TIMING) && !has(F_TS) && len > 0) {
                flags |= F_RTT_TIMING;
                rttSeq = sndNxt + (int) len;
                rttStart = now;
            }
            flags &= ~(F_SWS_OVERRIDE | F_RTO_PROBE);
            emit(sink, now, sndNxt, (int) len, fin ? TcpFlags.FIN : 0);
            if (rack()) {
                xmitLog().onSend(sndNxt, sndNxt + (int) len + (fin ? 1 : 0), now);
            }
            sndNxt += (int) len + (fin ? 1 : 0);
            sndMax = SeqNum.max(sndMax, sndNxt);
            armRetransmit(now);
            sent++;
        }
        return sent;
    }

    private void retransmit(SegmentSink sink, long now, int seq, int len, boolean fin) {
        flags &= ~F_RTT_TIMING; // Karn
        emit(sink, now, seq, len, fin ? TcpFlags.FIN : 0);
        int end = seq + len + (fin ? 1 : 0);
        if (rack()) {
            xmitLog().onSend(seq, end, now);
        }
        if (gt(end, highRxt)) {
            highRxt = end;
        }
        armRetransmit(now);
    }

    private void armRetransmit(long now) {
        if (retransmitAt == NEVER) {
            flags &= ~(F_TLP_ARMED | F_REO_ARMED);
            retransmitAt = now + rtt.rto(); // RFC 6298 §5.1
        }
        if (userTimeoutStart == NEVER) {
            userTimeoutStart = now;
        }
    }

    /** Builds and emits one segment at {@code seq} carrying {@code len} octets of send data. */
    private void emit(SegmentSink sink, long now, int seq, int len, int ctl) {
        int f = ctl;
        boolean syn = (ctl & TcpFlags.SYN) != 0;
        if (state != State.SYN_SENT) {
            f |= TcpFlags.ACK;
        }
        ByteBuffer payload;
        if (len > 0) {
            byte[] data = new byte[len];
            sendBuffer.copy((int) SeqNum.distance(sndBufSeq, seq), data, 0, len);
            payload = ByteBuffer.wrap(data);
            if (seq + len == dataEnd()) {
                f |= TcpFlags.PSH;
            }
        } else {
            payload = ByteBuffer.allocate(0);
        }
        int urgent = 0;
        if (has(F_SND_URG) && gt(sndUp, seq)) {
            f |= TcpFlags.URG;
            urgent = (int) Math.min(0xFFFF, SeqNum.distance(seq, sndUp)); // RFC 6093 §4
        }
        int ack = (f & TcpFlags.ACK) != 0 ? ackToSend() : 0;
        int window = advertiseWindow(syn, (f & TcpFlags.ACK) != 0 ? SeqNum.diff(rcvNxt, ack) : 0);
        TcpOptions options = syn ? synOptions(now) : dataOptions(now);
        if ((f & TcpFlags.ACK) != 0) {
            rcvAcked = ack;
            flags &= ~(F_ACK_NOW | F_ACK_HELD);
            if (ack != rcvNxt) {
                flags |= F_ACK_HELD; // commit mode: the rest is still owed an ACK, sent when the commit reaches it
            }
            delayedAckAt = NEVER;
            bytesSinceAck = 0;
        }
        lastSendAt = now;
        sink.emit(new Segment(localPort, remotePort, seq, ack, f, window, urgent, options, payload));
    }

    /**
     * The window field to send, with receiver SWS avoidance (RFC 9293 §3.8.6.2.2): the right edge moves only by at
     * least min(RCV.BUFF/2, MSS), and never left (§3.8.6.2.2, RFC 7323 §2.4 allows loss of the scaling remainder).
     * {@code held}: octets below RCV.NXT the ACK field leaves unacknowledged (commit mode), else 0.
     */
    private int advertiseWindow(boolean syn, long held) {
        long free = receiveBufferFree();
        if (held > 0) {
            // uncommitted octets still take buffer space as far as the owner is concerned: a restore from the
            // committed point offers RCV.BUFF from there, and the edge it restores must not be left of ours
            free = Math.min(free, Math.max(0, config.receiveBufferSize() - held));
        }
        long current = Math.max(0, SeqNum.diff(rcvWup + (int) rcvWndAdv, rcvNxt));
        long win = current;
        if (free > current) {
            long threshold = Math.min(config.receiveBufferSize() / 2, rcvMss);
            if (free - current >= threshold || current == 0 && free >= threshold) {
                win = free;
            }
        }
        int field;
        if (syn) {
            field = (int) Math.min(win, 0xFFFF); // RFC 7323 §2.2: a SYN's window is never scaled
            rcvWndAdv = field;
        } else if (held > 0) {
            // the window is relative to the ACK actually sent (RFC 9293 §3.8.6.2.1): the same right edge, from further
            // left; the scaling remainder may be lost (RFC 7323 §2.4)
            field = (int) Math.min((win + held) >> rcvWscale, 0xFFFF);
            rcvWndAdv = Math.max(0, ((long) field << rcvWscale) - held);
        } else {
            field = (int) Math.min(win >> rcvWscale, 0xFFFF);
            rcvWndAdv = (long) field << rcvWscale;
        }
        rcvWup = rcvNxt;
        return field;
    }

    /** After the application read: RFC 9293 §3.8.6.2.2 window update when the window grows enough. */
    private void maybeWindowUpdate(long now) {
        if (!state.canReceive()) {
            return;
        }
        long current = Math.max(0, SeqNum.diff(rcvWup + (int) rcvWndAdv, rcvNxt));
        long free = receiveBufferFree();
        long threshold = Math.min(config.receiveBufferSize() / 2, rcvMss);
        if (free - current >= threshold && free >= 2 * current) {
            flags |= F_ACK_NOW;
            markDirty(now);
        }
    }

    /** SYN and SYN-ACK options, Linux order: MSS, SACK-permitted, timestamps, window scale. */
    private TcpOptions synOptions(long now) {
        boolean active = state == State.SYN_SENT;
        TcpOptions o = TcpOptions.NONE.withMss(rcvMss);
        if (active ? config.sack() : has(F_SACK)) {
            o = o.withSackPermitted(true);
        }
        if (active ? config.timestamps() : has(F_TS)) {
            o = o.withTimestamps(tsNow(now), active ? 0 : tsRecent);
        }
        if (active ? config.windowScaling() : has(F_WS)) {
            o = o.withWindowScale(ourWindowShift());
        }
        return o;
    }

    /** Timestamps (RFC 7323 §3) and SACK blocks, most recent first (RFC 2018 §4). */
    private TcpOptions dataOptions(long now) {
        TcpOptions o = TcpOptions.NONE;
        if (has(F_TS)) {
            o = o.withTimestamps(tsNow(now), tsRecent);
        }
        boolean dsack = has(F_DSACK);
        boolean finHeld = has(F_RCV_FIN_PENDING);
        if (has(F_SACK) && (dsack || finHeld || receiveBuffer != null && !receiveBuffer.assembler().isEmpty())) {
            // RFC 2018 §3: three blocks fit next to a timestamp option, four without
            int max = has(F_TS) ? 3 : 4;
            List<SackBlock> blocks = new ArrayList<>(max);
            if (dsack) {
                blocks.add(new SackBlock(dsackLeft, dsackRight)); // RFC 2883 §4: the D-SACK block comes first
                flags &= ~F_DSACK;
            }
            int firstData = blocks.size();
            if (receiveBuffer != null) {
                blocks.addAll(receiveBuffer.assembler().sackBlocks(rcvNxt, max - blocks.size()));
            }
            if (finHeld) {
                addFinBlock(blocks, firstData, max);
            }
            o = o.withSackBlocks(blocks);
        }
        return o;
    }

    /**
     * Covers a held out-of-order FIN in the SACK blocks. The FIN occupies one sequence number (RFC 9293 §3.3), so it is
     * data in the sense of RFC 2018 §3 ("received and queued"): like Linux, whose out-of-order queue holds the FIN's
     * segment with an end sequence including the FIN (tcp_data_queue_ofo, tcp_sack_new_ofo_skb), the block ends after
     * it. A block of held data that ends at the FIN is extended by one; a bare FIN beyond any held data gets its own
     * block [FIN, FIN + 1), put first as the segment that last changed the queue (RFC 2018 §4). Within the data blocks
     * from {@code firstData} on (a D-SACK block before them is left alone).
     */
    private void addFinBlock(List<SackBlock> blocks, int firstData, int max) {
        for (int i = firstData; i < blocks.size(); i++) {
            SackBlock b = blocks.get(i);
            if (b.right() == rcvFinSeq) {
                blocks.set(i, new SackBlock(b.left(), rcvFinSeq + 1));
                return;
            }
        }
        if (blocks.size() == max) {
            blocks.remove(blocks.size() - 1); // the oldest block gives way (RFC 2018 §4)
        }
        blocks.add(firstData, new SackBlock(rcvFinSeq, rcvFinSeq + 1));
    }

    /** Remembers a duplicate block for the next ACK when SACK is in use (RFC 2883 D-SACK). */
    private void reportDuplicate(int left, int right) {
        if (has(F_SACK)) {
            dsackLeft = left;
            dsackRight = right;
            flags |= F_DSACK;
        }
    }

    private int tsNow(long now) {
        return (int) (now / config.timestampTickNanos()) + tsOffset;
    }

    // ================================================================================================= helpers

    /**
     * Octets the peer's window still admits after SND.NXT. The offered right edge is SND.WL2 + SND.WND (the window is
     * relative to the acknowledgment that carried it, RFC 9293 §3.10.7.4): an ACK that advanced SND.UNA without
     * updating the window (older SEG.SEQ, the WL1 rule) does not move the edge.
     */
    private long sendWindowAvailable() {
        return sndWnd - SeqNum.diff(sndNxt, sndWl2);
    }

    /**
     * The ACK owed for an unacceptable segment (RFC 9293 §3.10.7.4) or a PAWS failure (RFC 7323 §5.3). For segments
     * without data or SYN/FIN it is rate-limited as Linux does (tcp_invalid_ratelimit, 500 ms): two endpoints that each
     * find the other's ACKs unacceptable would otherwise exchange ACKs forever. Zero-window probes and keep-alives are
     * far enough apart to be answered.
     */
    private void ackUnacceptable(Segment seg, long now) {
        boolean pure = seg.sequenceLength() == 0;
        if (pure && lastInvalidAckAt != Long.MIN_VALUE && now - lastInvalidAckAt < INVALID_ACK_INTERVAL) {
            return;
        }
        if (pure) {
            lastInvalidAckAt = now;
        }
        flags |= F_ACK_NOW;
    }

    /** RFC 5961 §7: at most {@code challengeAckLimit} challenge ACKs per second. */
    private void challengeAck(long now) {
        if (challengeWindowStart == Long.MIN_VALUE || now - challengeWindowStart >= ONE_SECOND) {
            challengeWindowStart = now;
            challengeCount = 0;
        }
        if (challengeCount < config.challengeAckLimit()) {
            challengeCount++;
            flags |= F_ACK_NOW;
        }
    }

    private void queueRst(int dstPort, int seq, int ack, int rstCtl) {
        flags |= F_RST_PENDING;
        rstDstPort = dstPort;
        rstSeq = seq;
        rstAck = ack;
        rstFlags = rstCtl;
    }

    private boolean inWindow(int seq, long rcvWnd) {
        return SeqNum.distance(rcvNxt, seq) < rcvWnd && ge(seq, rcvNxt);
    }

    /** RCV.WND: octets from RCV.NXT to the advertised right edge. */
    private long receiveWindow() {
        return Math.max(0, SeqNum.diff(rcvWup + (int) rcvWndAdv, rcvNxt));
    }

    /** The peer's data paused (F_RCV_QUIET): an empty receive buffer is given up now. */
    private void receiveQuiet() {
        flags |= F_RCV_QUIET;
        if (receiveBuffer != null && receiveBuffer.release()) {
            receiveBuffer = null;
        }
    }

    /** Octets of data-buffer arrays held (send ring, receive ring, reassembly ranges): 0 when idle. For tests. */
    int bufferArrayBytes() {
        int send = sendBuffer == null ? 0 : sendBuffer.allocated();
        return send + (receiveBuffer == null ? 0 : receiveBuffer.allocated());
    }

    private long receiveBufferFree() {
        return receiveBuffer == null ? config.receiveBufferSize() : receiveBuffer.free();
    }

    private int dataEnd() {
        return sndBufSeq + (sendBuffer == null ? 0 : sendBuffer.length());
    }

    private boolean finAcked() {
        return has(F_FIN_QUEUED) && gt(sndUna, dataEnd());
    }

    private boolean peerFinReceived() {
        return switch (state) {
            case CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT -> true;
            default -> false;
        };
    }

    private SendBuffer sendBuffer() {
        if (sendBuffer == null) {
            sendBuffer = new SendBuffer(config.sendBufferSize());
        }
        return sendBuffer;
    }

    private ReceiveBuffer receiveBuffer() {
        if (receiveBuffer == null) {
            receiveBuffer = new ReceiveBuffer(config.receiveBufferSize());
        }
        return receiveBuffer;
    }

    private TransmitLog xmitLog() {
        if (xmitLog == null) {
            xmitLog = new TransmitLog();
        }
        return xmitLog;
    }

    private SackScoreboard scoreboard() {
        if (scoreboard == null) {
            scoreboard = new SackScoreboard();
        }
        return scoreboard;
    }

    private boolean has(int flag) {
        return (flags & flag) != 0;
    }

    private void markDirty(long now) {
        if (!has(F_DIRTY)) {
            flags |= F_DIRTY;
            dirtyAt = now;
            listener.wakeUp(this, now);
        }
    }

    private void drop(DropReason reason) {
        if (drops == null) {
            drops = new int[DropReason.values().length];
        }
        drops[reason.ordinal()]++;
    }

    private void count(RecoveryEvent e) {
        if (recoveryEvents == null) {
            recoveryEvents = new int[RecoveryEvent.values().length];
        }
        recoveryEvents[e.ordinal()]++;
    }

    private void fire(ConnectionEvent e, long now) {
        events |= e.mask();
        listener.event(this, e, now);
    }

    @Override
    public String toString() {
        return "TcpConnection[" + localPort + "<->" + remotePort + " " + state + " una=" + SeqNum.unsigned(sndUna)
                + " nxt=" + SeqNum.unsigned(sndNxt) + " rcv.nxt=" + SeqNum.unsigned(rcvNxt) + "]";
    }
}
