package org.offloadlab.tcp.cc;

/**
 * NewReno (RFC 5681 §3.1–3.2, RFC 6582): slow start with appropriate byte counting capped at one SMSS per ACK (RFC 5681
 * eq. 2), congestion avoidance by byte counting (one SMSS per cwnd of acknowledged octets, RFC 5681 §3.1), ssthresh =
 * max(FlightSize/2, 2·SMSS) on loss (eq. 4). Window inflation during non-SACK recovery is done by the engine.
 */
public final class NewReno extends WindowedControl {

    /** Factory for {@link org.offloadlab.tcp.TcpConfig}. */
    public static final Factory FACTORY = NewReno::new;

    public NewReno(int smss, long initialWindow) {
        super(smss, initialWindow);
    }

    @Override
    public String name() {
        return "newreno";
    }

    @Override
    public void onAck(long nowNanos, long ackedBytes, long srttNanos) {
        if (slowStart(ackedBytes)) {
            return;
        }
        bytesAcked += ackedBytes; // RFC 5681 §3.1, byte-counting variant of eq. 3
        if (bytesAcked >= cwnd) {
            bytesAcked -= cwnd;
            cwnd += smss;
        }
    }

    @Override
    public void onCongestionEvent(long nowNanos, long flightSize) {
        ssthresh = Math.max(flightSize / 2, 2L * smss); // RFC 5681 eq. 4
        cwnd = ssthresh;
        bytesAcked = 0;
    }

    @Override
    public void onRecoveryEnd(long nowNanos, long flightSize) {
        cwnd = Math.min(ssthresh, Math.max(flightSize, smss) + smss); // RFC 6582 §3.2 step 3, option 1
    }

    @Override
    public void onRetransmitTimeout(long nowNanos, long flightSize) {
        ssthresh = Math.max(flightSize / 2, 2L * smss);
        cwnd = smss; // loss window, RFC 5681 §3.1
        bytesAcked = 0;
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
