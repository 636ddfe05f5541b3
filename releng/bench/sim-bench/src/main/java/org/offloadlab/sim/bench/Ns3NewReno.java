package org.offloadlab.sim.bench;

import org.offloadlab.tcp.cc.CongestionControl;
import org.offloadlab.tcp.cc.CongestionState;

/**
 * ns-3 3.37's TcpNewReno window growth, for the comparison only (it is not RFC 5681's byte counting): slow start adds
 * one segment per ACK however many it covers, and congestion avoidance adds max(1, SMSS²/cwnd) octets per ACK
 * (tcp-congestion-ops.cc, TcpNewReno::SlowStart and ::CongestionAvoidance). With one ACK per two segments (delayed
 * ACKs) that grows the window by half a segment per round trip, where the engine's {@code NewReno} (byte counting)
 * grows it by one. Loss response as in both: ssthresh = max(FlightSize/2, 2·SMSS).
 */
final class Ns3NewReno implements CongestionControl {

    static final Factory FACTORY = Ns3NewReno::new;

    private final int smss;
    private long cwnd;
    private long ssthresh = Long.MAX_VALUE;

    Ns3NewReno(int smss, long initialWindow) {
        this.smss = smss;
        this.cwnd = initialWindow;
    }

    @Override
    public String name() {
        return "ns3-newreno";
    }

    @Override
    public long cwnd() {
        return cwnd;
    }

    @Override
    public long ssthresh() {
        return ssthresh;
    }

    @Override
    public void onAck(long nowNanos, long ackedBytes, long srttNanos) {
        if (ackedBytes <= 0) {
            return;
        }
        if (cwnd < ssthresh) {
            cwnd += smss;
        } else {
            cwnd += Math.max(1L, (long) smss * smss / cwnd);
        }
    }

    @Override
    public void onCongestionEvent(long nowNanos, long flightSize) {
        ssthresh = Math.max(flightSize / 2, 2L * smss);
        cwnd = ssthresh;
    }

    @Override
    public void onRecoveryEnd(long nowNanos, long flightSize) {
        cwnd = ssthresh; // TcpClassicRecovery::ExitRecovery / TcpPrrRecovery::ExitRecovery
    }

    @Override
    public void onRetransmitTimeout(long nowNanos, long flightSize) {
        ssthresh = Math.max(flightSize / 2, 2L * smss);
        cwnd = smss;
    }

    @Override
    public void onIdleRestart(long nowNanos, long restartWindow) {
        cwnd = Math.min(cwnd, restartWindow);
    }

    @Override
    public CongestionState state() {
        return new CongestionState(name(), cwnd, ssthresh, Double.NaN, Double.NaN, -1, Double.NaN);
    }
}
