package org.offloadlab.tcp.cc;

/**
 * CUBIC (RFC 9438). Window growth in congestion avoidance follows W_cubic(t) = C·(t−K)³ + W_max (§4.2) with the
 * Reno-friendly region W_est (§4.3), target clamped to [cwnd, 1.5·cwnd] (§4.2); multiplicative decrease β = 0.7 (§4.6)
 * with fast convergence (§4.7); slow start as in RFC 5681. Time is virtual.
 */
public final class Cubic extends WindowedControl {

    public static final Factory FACTORY = Cubic::new;

    static final double C = 0.4;
    static final double BETA = 0.7;
    private static final double ALPHA = 3 * (1 - BETA) / (1 + BETA); // §4.3
    private static final double NANOS = 1e9;

    private double wMax = Double.NaN;
    private double k;
    private long epochStart = -1;
    private double wEst;

    public Cubic(int smss, long initialWindow) {
        super(smss, initialWindow);
    }

    @Override
    public String name() {
        return "cubic";
    }

    @Override
    public void onAck(long nowNanos, long ackedBytes, long srttNanos) {
        if (slowStart(ackedBytes)) {
            return;
        }
        double segs = (double) cwnd / smss;
        if (epochStart < 0) {
            // §4.2: a new congestion-avoidance epoch; K from the current window (cwnd_epoch)
            epochStart = nowNanos;
            if (Double.isNaN(wMax) || wMax < segs) {
                wMax = segs;
            }
            k = Math.cbrt((wMax - segs) / C);
            wEst = segs;
        }
        double t = (nowNanos - epochStart) / NANOS;
        double rtt = srttNanos / NANOS;
        double ackedSegs = (double) ackedBytes / smss;
        wEst += ALPHA * ackedSegs / segs; // §4.3
        double cubicNow = wCubic(t);
        double next;
        if (cubicNow < wEst) {
            next = wEst; // Reno-friendly region
        } else {
            double target = Math.max(segs, Math.min(wCubic(t + rtt), 1.5 * segs)); // §4.2 target clamp
            next = segs + (target - segs) / segs * ackedSegs;
        }
        long grown = (long) (next * smss);
        if (grown > cwnd) {
            // accumulate fractional growth and apply it in whole SMSS steps
            bytesAcked += grown - cwnd;
            long steps = bytesAcked / smss;
            cwnd += steps * smss;
            bytesAcked -= steps * smss;
        }
    }

    private double wCubic(double t) {
        double d = t - k;
        return C * d * d * d + wMax;
    }

    @Override
    public void onCongestionEvent(long nowNanos, long flightSize) {
        reduce();
        cwnd = ssthresh;
    }

    private void reduce() {
        double segs = (double) cwnd / smss;
        // §4.7 fast convergence
        wMax = !Double.isNaN(wMax) && segs < wMax ? segs * (1 + BETA) / 2 : segs;
        ssthresh = Math.max((long) (cwnd * BETA), 2L * smss); // §4.6
        k = Math.cbrt(wMax * (1 - BETA) / C);
        epochStart = -1;
        bytesAcked = 0;
    }

    @Override
    public void onRecoveryEnd(long nowNanos, long flightSize) {
        cwnd = ssthresh;
    }

    @Override
    public void onRetransmitTimeout(long nowNanos, long flightSize) {
        reduce(); // §4.8: like a congestion event, then the loss window
        cwnd = smss;
    }

    @Override
    public void onIdleRestart(long nowNanos, long restartWindow) {
        cwnd = Math.min(cwnd, restartWindow);
        epochStart = -1;
    }

    /**
     * Also W_max, K and W_est (RFC 9438 §4.1). The epoch restarts at the next ACK in congestion avoidance, as after
     * idle (§5.8 / Linux): an epoch measured from before the blackout would make W_cubic(t) jump by the blackout's
     * length.
     */
    @Override
    public boolean install(CongestionState snapshot) {
        if (!super.install(snapshot)) {
            return false;
        }
        wMax = snapshot.wMax();
        k = Double.isNaN(snapshot.k()) ? 0 : snapshot.k();
        wEst = Double.isNaN(snapshot.wEst()) ? 0 : snapshot.wEst();
        epochStart = -1;
        return true;
    }

    @Override
    public CongestionState state() {
        return new CongestionState(name(), cwnd, ssthresh, wMax, k, epochStart, wEst);
    }
}
