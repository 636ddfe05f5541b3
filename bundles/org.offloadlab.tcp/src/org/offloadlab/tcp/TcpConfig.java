package org.offloadlab.tcp;

import org.offloadlab.tcp.cc.CongestionControl;
import org.offloadlab.tcp.cc.Cubic;
import org.offloadlab.tcp.cc.NewReno;

/**
 * Engine parameters, immutable and shareable by any number of connections (so per-connection state stays small). Two
 * profiles: {@link #rfcDefaults()} (the RFCs' values) and {@link #linuxDefaults()} (IW10, 200 ms minimum RTO, 40 ms
 * delayed ACK, 30 s MSL, CUBIC, window scale 7, RACK-TLP), the profile a Linux peer or packetdrill script expects.
 *
 * @param mss
 *            Maximum segment size we advertise and cap our segments at (RFC 9293 §3.7.1), excluding options
 * @param sendBufferSize
 *            send buffer limit in octets
 * @param receiveBufferSize
 *            receive buffer limit in octets (RCV.BUFF)
 * @param windowScaling
 *            offer window scaling (RFC 7323 §2)
 * @param timestamps
 *            offer timestamps (RFC 7323 §3)
 * @param sack
 *            offer SACK-permitted (RFC 2018)
 * @param noDelay
 *            disable Nagle's algorithm (RFC 9293 §3.7.4)
 * @param keepAlive
 *            send keep-alives (RFC 9293 §3.8.4)
 * @param initialWindowSegments
 *            initial congestion window in segments (RFC 6928: 10); also the window after restore
 * @param initialRtoNanos
 *            initial RTO (RFC 6298 §2.1: 1 s)
 * @param minRtoNanos
 *            RTO floor (RFC 6298 §2.4: 1 s; Linux 200 ms)
 * @param maxRtoNanos
 *            RTO ceiling (RFC 6298 §2.5: at least 60 s)
 * @param mslNanos
 *            Maximum Segment Lifetime; TIME-WAIT lasts 2·MSL (RFC 9293 §3.4.2: 2 min; Linux 30 s)
 * @param delayedAckNanos
 *            delayed-ACK timeout (RFC 5681 §4.2: < 500 ms; Linux 40 ms)
 * @param keepAliveIdleNanos
 *            idle time before the first keep-alive (RFC 9293 §3.8.4: ≥ 2 h)
 * @param keepAliveIntervalNanos
 *            interval between unanswered keep-alives
 * @param keepAliveProbes
 *            unanswered keep-alives before the connection is dropped
 * @param userTimeoutNanos
 *            user timeout (RFC 9293 §3.10.8: 5 min suggested)
 * @param challengeAckLimit
 *            challenge ACKs per second and connection (RFC 5961 §7)
 * @param timestampTickNanos
 *            timestamp clock tick (RFC 7323 §5.4: 1 ms to 1 s)
 * @param isnSecret
 *            secret key of the ISN and timestamp-offset functions (RFC 6528 §3); fixes runs reproducibly
 * @param congestionControl
 *            congestion-control strategy
 * @param receiveWindowScale
 *            the window scale shift we offer in our SYN (RFC 7323 §2.2, 0–14), or {@link #AUTO_WINDOW_SCALE}: the
 *            smallest shift whose 65,535 « shift covers the receive buffer
 * @param rackTlp
 *            RACK-TLP loss detection (RFC 8985): time-based marking of lost segments (also of lost retransmissions) and
 *            tail loss probes; needs SACK. Off in the RFC profile (RFC 6675 DupThresh recovery only), on in the Linux
 *            profile (Linux's default since 4.18)
 */
public record TcpConfig(int mss, int sendBufferSize, int receiveBufferSize, boolean windowScaling, boolean timestamps,
        boolean sack, boolean noDelay, boolean keepAlive, int initialWindowSegments, long initialRtoNanos,
        long minRtoNanos, long maxRtoNanos, long mslNanos, long delayedAckNanos, long keepAliveIdleNanos,
        long keepAliveIntervalNanos, int keepAliveProbes, long userTimeoutNanos, int challengeAckLimit,
        long timestampTickNanos, long isnSecret, CongestionControl.Factory congestionControl, int receiveWindowScale,
        boolean rackTlp) {

    /** {@link #receiveWindowScale()}: derive the shift from the receive buffer size. */
    public static final int AUTO_WINDOW_SCALE = -1;
    /**
     * The Linux profile's window scale. Linux (tcp_select_initial_window) offers ilog2(max(tcp_rmem[2], rmem_max)) -
     * 15: with the default tcp_rmem[2] of 6 MiB (Linux 4.20 to 6.15) that is 7, the value most captures and most of the
     * 6.x line show. Linux 6.16 raised tcp_rmem[2] to 32 MiB and sends 10 (as the 6.18 kernel of the benchmark machine
     * does: tcp_rmem = 4096 131072 33554432); packetdrill's upstream scripts expect 8 from the sysctls of their test
     * machines. Set {@link Builder#receiveWindowScale} to match a particular peer. The engine's buffer does not
     * autotune, so the shift only sets the granularity of the advertised window (128 octets at 7).
     */
    public static final int LINUX_WINDOW_SCALE = 7;

    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;

    public TcpConfig {
        if (mss < 64 || mss > 65495) {
            throw new IllegalArgumentException("mss out of range: " + mss);
        }
        if (sendBufferSize <= 0 || receiveBufferSize <= 0 || initialWindowSegments <= 0) {
            throw new IllegalArgumentException("buffer sizes and initial window must be positive");
        }
        if (minRtoNanos <= 0 || maxRtoNanos < minRtoNanos || initialRtoNanos <= 0 || timestampTickNanos <= 0) {
            throw new IllegalArgumentException("bad timer configuration");
        }
        if (receiveWindowScale < AUTO_WINDOW_SCALE || receiveWindowScale > 14) {
            throw new IllegalArgumentException(
                    "receive window scale must be 0-14 or AUTO_WINDOW_SCALE (RFC 7323 §2.3): " + receiveWindowScale);
        }
    }

    /** The RFCs' defaults: 1 s minimum RTO, 2 min MSL, 200 ms delayed ACK, NewReno, IW10 (RFC 6928). */
    public static TcpConfig rfcDefaults() {
        return new TcpConfig(1460, 256 * 1024, 256 * 1024, true, true, true, false, false, 10, S, S, 60 * S,
                120 * S, 200 * MS, 7200 * S, 75 * S, 9, 300 * S, 1000, MS, 0x0ff10ad1abL, NewReno.FACTORY,
                AUTO_WINDOW_SCALE, false);
    }

    /**
     * Linux defaults: IW10, 200 ms minimum RTO, 120 s maximum RTO, 40 ms delayed ACK, 30 s MSL, CUBIC, window scale 7,
     * RACK-TLP.
     */
    public static TcpConfig linuxDefaults() {
        return new TcpConfig(1460, 256 * 1024, 256 * 1024, true, true, true, false, false, 10, S, 200 * MS,
                120 * S, 30 * S, 40 * MS, 7200 * S, 75 * S, 9, 300 * S, 1000, MS, 0x0ff10ad1abL, Cubic.FACTORY,
                LINUX_WINDOW_SCALE, true);
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private int mss;
        private int sendBufferSize;
        private int receiveBufferSize;
        private boolean windowScaling;
        private boolean timestamps;
        private boolean sack;
        private boolean noDelay;
        private boolean keepAlive;
        private int initialWindowSegments;
        private long initialRtoNanos;
        private long minRtoNanos;
        private long maxRtoNanos;
        private long mslNanos;
        private long delayedAckNanos;
        private long keepAliveIdleNanos;
        private long keepAliveIntervalNanos;
        private int keepAliveProbes;
        private long userTimeoutNanos;
        private int challengeAckLimit;
        private long timestampTickNanos;
        private long isnSecret;
        private CongestionControl.Factory congestionControl;
        private int receiveWindowScale;
        private boolean rackTlp;

        Builder(TcpConfig c) {
            mss = c.mss;
            sendBufferSize = c.sendBufferSize;
            receiveBufferSize = c.receiveBufferSize;
            windowScaling = c.windowScaling;
            timestamps = c.timestamps;
            sack = c.sack;
            noDelay = c.noDelay;
            keepAlive = c.keepAlive;
            initialWindowSegments = c.initialWindowSegments;
            initialRtoNanos = c.initialRtoNanos;
            minRtoNanos = c.minRtoNanos;
            maxRtoNanos = c.maxRtoNanos;
            mslNanos = c.mslNanos;
            delayedAckNanos = c.delayedAckNanos;
            keepAliveIdleNanos = c.keepAliveIdleNanos;
            keepAliveIntervalNanos = c.keepAliveIntervalNanos;
            keepAliveProbes = c.keepAliveProbes;
            userTimeoutNanos = c.userTimeoutNanos;
            challengeAckLimit = c.challengeAckLimit;
            timestampTickNanos = c.timestampTickNanos;
            isnSecret = c.isnSecret;
            congestionControl = c.congestionControl;
            receiveWindowScale = c.receiveWindowScale;
            rackTlp = c.rackTlp;
        }

        public Builder mss(int value) {
            mss = value;
            return this;
        }

        public Builder sendBufferSize(int value) {
            sendBufferSize = value;
            return this;
        }

        public Builder receiveBufferSize(int value) {
            receiveBufferSize = value;
            return this;
        }

        public Builder windowScaling(boolean value) {
            windowScaling = value;
            return this;
        }

        public Builder timestamps(boolean value) {
            timestamps = value;
            return this;
        }

        public Builder sack(boolean value) {
            sack = value;
            return this;
        }

        public Builder noDelay(boolean value) {
            noDelay = value;
            return this;
        }

        public Builder keepAlive(boolean value) {
            keepAlive = value;
            return this;
        }

        public Builder initialWindowSegments(int value) {
            initialWindowSegments = value;
            return this;
        }

        public Builder initialRtoNanos(long value) {
            initialRtoNanos = value;
            return this;
        }

        public Builder minRtoNanos(long value) {
            minRtoNanos = value;
            return this;
        }

        public Builder maxRtoNanos(long value) {
            maxRtoNanos = value;
            return this;
        }

        public Builder mslNanos(long value) {
            mslNanos = value;
            return this;
        }

        public Builder delayedAckNanos(long value) {
            delayedAckNanos = value;
            return this;
        }

        public Builder keepAliveIdleNanos(long value) {
            keepAliveIdleNanos = value;
            return this;
        }

        public Builder keepAliveIntervalNanos(long value) {
            keepAliveIntervalNanos = value;
            return this;
        }

        public Builder keepAliveProbes(int value) {
            keepAliveProbes = value;
            return this;
        }

        public Builder userTimeoutNanos(long value) {
            userTimeoutNanos = value;
            return this;
        }

        public Builder challengeAckLimit(int value) {
            challengeAckLimit = value;
            return this;
        }

        public Builder timestampTickNanos(long value) {
            timestampTickNanos = value;
            return this;
        }

        public Builder isnSecret(long value) {
            isnSecret = value;
            return this;
        }

        public Builder congestionControl(CongestionControl.Factory value) {
            congestionControl = value;
            return this;
        }

        /** The window scale shift to offer (0–14) or {@link TcpConfig#AUTO_WINDOW_SCALE}. */
        public Builder receiveWindowScale(int value) {
            receiveWindowScale = value;
            return this;
        }

        public Builder rackTlp(boolean value) {
            rackTlp = value;
            return this;
        }

        public TcpConfig build() {
            return new TcpConfig(mss, sendBufferSize, receiveBufferSize, windowScaling, timestamps, sack, noDelay,
                    keepAlive, initialWindowSegments, initialRtoNanos, minRtoNanos, maxRtoNanos, mslNanos,
                    delayedAckNanos, keepAliveIdleNanos, keepAliveIntervalNanos, keepAliveProbes, userTimeoutNanos,
                    challengeAckLimit, timestampTickNanos, isnSecret, congestionControl, receiveWindowScale, rackTlp);
        }
    }
}
