package org.offloadlab.host;

import java.util.ArrayList;
import java.util.List;

import org.offloadlab.nic.EstablishedEntry;
import org.offloadlab.tcp.HardState;
import org.offloadlab.tcp.SoftState;
import org.offloadlab.tcp.State;
import org.offloadlab.tcp.TcpConfig;
import org.offloadlab.tcp.cc.CongestionState;

/**
 * What the host knows of each offloaded connection's hard state (IBM patent EP1609063: recover the hard state from host
 * information), kept current from the completions the data path needs anyway — the establishment notification (4-tuple,
 * ISS/IRS, negotiated options, timestamp offset), TX_ACKED (SND.UNA, SND.WND) and RX_DATA (bytes delivered, the
 * adapter's RCV.NXT) — plus what the driver itself posted. The unacknowledged send data is the driver's socket send
 * buffer, which keeps every byte until the adapter reports it acknowledged. Compact: primitive arrays indexed by
 * connection slot.
 * <p>
 * Sufficiency: {@link #toHardState} gives a state that {@code TcpConnection.restore} continues byte-exact as long as
 * the adapter held no acknowledged-but-undelivered data; the adapter acknowledges received data only once its RX_DATA
 * (or RX_FIN) completion has been written ({@code OffloadAdapter.acknowledgeOnlyAnnounced}, on by default), so this
 * holds also with delayed DMA or a full host receive buffer ({@link #exact} then says only whether the adapter holds
 * unannounced, unacknowledged data). SND.NXT is the upper bound "everything posted was sent": if less was sent, the
 * restored connection retransmits it after an RTO.
 */
public final class HardStateShadow {

    private static final int F_WS = 1;
    private static final int F_TS = 2;
    private static final int F_SACK = 4;
    private static final int F_FIN_POSTED = 8;
    private static final int F_PEER_FIN = 16;
    private static final int F_PASSIVE = 32;
    private static final int F_LIVE = 64;
    private static final int F_FIN_ACKED = 128;

    private final int[] remoteHost;
    private final int[] ports;
    private final int[] iss;
    private final int[] irs;
    private final int[] sndUna;
    private final int[] sndWnd;
    private final int[] maxSndWnd;
    private final int[] rcvDelivered;
    private final int[] rcvAdapter;
    private final long[] posted;
    private final int[] mss;
    private final int[] tsOffset;
    private final int[] tsRecent;
    private final int[] flags;
    private long updates;
    // soft-state checkpoint ("full checkpoint" strategy), allocated on the first checkpoint: the hard-state-only
    // strategy pays nothing for it
    private long[] cpAt;
    private long[] cpCwnd;
    private long[] cpSsthresh;
    private long[] cpSrtt;
    private long[] cpRttvar;
    private long[] cpRto;
    private double[] cpCubic;
    private byte[] cpBackoff;
    private byte[] cpAlgorithm;
    private final List<String> algorithms = new ArrayList<>();
    private long checkpoints;

    HardStateShadow(int slots) {
        remoteHost = new int[slots];
        ports = new int[slots];
        iss = new int[slots];
        irs = new int[slots];
        sndUna = new int[slots];
        sndWnd = new int[slots];
        maxSndWnd = new int[slots];
        rcvDelivered = new int[slots];
        rcvAdapter = new int[slots];
        posted = new long[slots];
        mss = new int[slots];
        tsOffset = new int[slots];
        tsRecent = new int[slots];
        flags = new int[slots];
    }

    /** Starts the shadow of a connection from its establishment record. */
    void open(int slot, EstablishedEntry e) {
        HardState h = e.hardState();
        remoteHost[slot] = e.remoteHost();
        ports[slot] = e.localPort() << 16 | e.remotePort();
        iss[slot] = h.iss();
        irs[slot] = h.irs();
        sndUna[slot] = h.sndUna();
        sndWnd[slot] = (int) Math.min(Integer.MAX_VALUE, h.sndWnd());
        maxSndWnd[slot] = (int) Math.min(Integer.MAX_VALUE, h.maxSndWnd());
        // RCV.NXT counts the peer's FIN if it arrived before the record was written (data and FIN of a short
        // connection often beat the notification); delivered() and peerFin() add data and FIN as they reach the host
        rcvDelivered[slot] = h.rcvNxt() - h.receivedDataLength() - (finReceived(h.state()) ? 1 : 0);
        rcvAdapter[slot] = h.rcvNxt();
        posted[slot] = 0;
        mss[slot] = h.sndMss() << 16 | h.rcvMss() & 0xFFFF;
        int ws = h.sndWscale() << 4 | h.rcvWscale();
        tsOffset[slot] = h.tsOffset();
        tsRecent[slot] = h.tsRecent();
        flags[slot] = (ws << 8 | (h.windowScaling() ? F_WS : 0) | (h.timestamps() ? F_TS : 0)
                | (h.sackPermitted() ? F_SACK : 0) | (h.passiveOpen() ? F_PASSIVE : 0) | F_LIVE);
        if (cpAt != null) {
            cpAt[slot] = -1; // a reused slot must not restore another connection's checkpoint
        }
        updates++;
    }

    /**
     * Stores the soft-state record the adapter wrote for connection {@code slot} at {@code nowNanos} (full-checkpoint
     * strategy): cwnd, ssthresh, the CUBIC variables, SRTT, RTTVAR, RTO and its backoff — what
     * {@code TcpConnection.restore(HardState, SoftState, …)} installs. Loss bookkeeping and timers are not recorded:
     * they describe the failed adapter's flight, not the path.
     */
    void checkpoint(int slot, SoftState s, long nowNanos) {
        if (cpAt == null) {
            int n = flags.length;
            cpAt = new long[n];
            java.util.Arrays.fill(cpAt, -1);
            cpCwnd = new long[n];
            cpSsthresh = new long[n];
            cpSrtt = new long[n];
            cpRttvar = new long[n];
            cpRto = new long[n];
            cpCubic = new double[3 * n];
            cpBackoff = new byte[n];
            cpAlgorithm = new byte[n];
        }
        CongestionState c = s.congestion();
        if (c == null) {
            return;
        }
        int alg = algorithms.indexOf(c.algorithm());
        if (alg < 0) {
            algorithms.add(c.algorithm());
            alg = algorithms.size() - 1;
        }
        cpAt[slot] = nowNanos;
        cpCwnd[slot] = c.cwnd();
        cpSsthresh[slot] = c.ssthresh();
        cpSrtt[slot] = s.srttNanos();
        cpRttvar[slot] = s.rttvarNanos();
        cpRto[slot] = s.rtoNanos();
        cpCubic[3 * slot] = c.wMax();
        cpCubic[3 * slot + 1] = c.k();
        cpCubic[3 * slot + 2] = c.wEst();
        cpBackoff[slot] = (byte) Math.min(s.rtoBackoff(), 16);
        cpAlgorithm[slot] = (byte) alg;
        checkpoints++;
    }

    /** Virtual time of connection {@code slot}'s last soft-state checkpoint, -1 if none. */
    public long checkpointedAt(int slot) {
        return cpAt == null ? -1 : cpAt[slot];
    }

    /** Soft-state records stored so far. */
    public long checkpoints() {
        return checkpoints;
    }

    /**
     * The last soft-state checkpoint of connection {@code slot} as a {@link SoftState} to restore with (timers not
     * armed, no loss bookkeeping), or null if none was taken.
     */
    public SoftState toSoftState(int slot) {
        if (checkpointedAt(slot) < 0) {
            return null;
        }
        CongestionState c = new CongestionState(algorithms.get(cpAlgorithm[slot]), cpCwnd[slot], cpSsthresh[slot],
                cpCubic[3 * slot], cpCubic[3 * slot + 1], -1, cpCubic[3 * slot + 2]);
        long never = Long.MAX_VALUE;
        long srtt = cpSrtt[slot];
        return new SoftState(c, srtt, cpRttvar[slot], cpRto[slot], cpBackoff[slot], 0, 0, false, 0, 0, List.of(),
                List.of(),
                never, never, never, never, never, never, 0, false);
    }

    void acked(int slot, int una, long wnd) {
        sndUna[slot] = una;
        sndWnd[slot] = (int) Math.min(Integer.MAX_VALUE, wnd);
        maxSndWnd[slot] = Math.max(maxSndWnd[slot], sndWnd[slot]);
        updates++;
    }

    void delivered(int slot, int bytes, int adapterRcvNxt) {
        rcvDelivered[slot] += bytes;
        rcvAdapter[slot] = adapterRcvNxt;
        updates++;
    }

    void posted(int slot, int bytes) {
        posted[slot] += bytes;
    }

    void finPosted(int slot) {
        flags[slot] |= F_FIN_POSTED;
    }

    /** The adapter reported SND.UNA beyond the last data octet: our FIN is acknowledged. */
    void finAcked(int slot) {
        flags[slot] |= F_FIN_ACKED;
    }

    void peerFin(int slot) {
        if ((flags[slot] & F_PEER_FIN) != 0) {
            return; // known already (a restored connection's record said so)
        }
        flags[slot] |= F_PEER_FIN;
        rcvDelivered[slot]++; // the FIN occupies one sequence number
        updates++;
    }

    static boolean finReceived(State s) {
        return s == State.CLOSE_WAIT || s == State.LAST_ACK || s == State.CLOSING || s == State.TIME_WAIT;
    }

    void close(int slot) {
        flags[slot] = 0;
        if (cpAt != null) {
            cpAt[slot] = -1;
        }
    }

    /** Whether the shadow holds connection {@code slot}. */
    public boolean isLive(int slot) {
        return (flags[slot] & F_LIVE) != 0;
    }

    /** Shadow updates so far (each rides on a completion; none costs an extra bus transaction). */
    public long updates() {
        return updates;
    }

    /** SND.UNA as last reported. */
    public int sndUna(int slot) {
        return sndUna[slot];
    }

    /** RCV.NXT of what reached the host. */
    public int rcvNxt(int slot) {
        return rcvDelivered[slot];
    }

    /** Whether the adapter held no acknowledged data the host has not got (then a restore loses nothing). */
    public boolean exact(int slot) {
        return rcvDelivered[slot] == rcvAdapter[slot] || (flags[slot] & F_PEER_FIN) != 0;
    }

    public int remoteHost(int slot) {
        return remoteHost[slot];
    }

    /** Local port of connection {@code slot}. */
    public int localPort(int slot) {
        return ports[slot] >>> 16;
    }

    /** Remote port of connection {@code slot}. */
    public int remotePort(int slot) {
        return ports[slot] & 0xFFFF;
    }

    /**
     * The hard state to restore connection {@code slot} from, with {@code sendData} = the driver's unacknowledged and
     * unposted bytes from SND.UNA on, of which the first {@code postedUnacked} were posted to the adapter. The TCP
     * state is derived from the FINs known to the host (ESTABLISHED, FIN-WAIT-1, FIN-WAIT-2, CLOSE-WAIT, LAST-ACK or
     * TIME-WAIT; CLOSING is restored as LAST-ACK).
     */
    public HardState toHardState(int slot, byte[] sendData, int postedUnacked, TcpConfig config) {
        int f = flags[slot];
        boolean fin = (f & F_FIN_POSTED) != 0;
        boolean finAcked = (f & F_FIN_ACKED) != 0;
        boolean peerFin = (f & F_PEER_FIN) != 0;
        State state = finAcked
                ? peerFin ? State.TIME_WAIT : State.FIN_WAIT_2
                : fin
                        ? peerFin ? State.LAST_ACK : State.FIN_WAIT_1
                        : peerFin
                                ? State.CLOSE_WAIT
                                : State.ESTABLISHED;
        int una = sndUna[slot];
        // the FIN posted may have been sent: it occupies one sequence number, so SND.NXT (= SND.MAX) must count it, or
        // the peer's ACK of the FIN looks like an ACK of unsent data and is dropped (RFC 9293 §3.10.7.4) — a deadlock
        int sndNxt = una + postedUnacked + (fin && !finAcked ? 1 : 0);
        int rcv = rcvDelivered[slot];
        int ws = f >>> 8;
        return new HardState(state, ports[slot] >>> 16, ports[slot] & 0xFFFF, (f & F_PASSIVE) != 0, fin, false,
                iss[slot], irs[slot], una, sndNxt, sndWnd[slot] & 0xFFFFFFFFL, rcv - 1, una,
                maxSndWnd[slot] & 0xFFFFFFFFL, rcv, config.receiveBufferSize(), rcv, mss[slot] >>> 16,
                mss[slot] & 0xFFFF, ws >>> 4 & 0xF, ws & 0xF, (f & F_WS) != 0, (f & F_TS) != 0, (f & F_SACK) != 0,
                tsOffset[slot], tsRecent[slot], config.noDelay(), config.keepAlive(), false, 0, false, 0, sendData,
                new byte[0]);
    }

    /** Heap bytes of the shadow arrays. */
    public long footprintBytes() {
        return (long) remoteHost.length * (14 * 4 + 8) + (cpAt == null ? 0 : (long) cpAt.length * (6 * 8 + 3 * 8 + 2));
    }
}
