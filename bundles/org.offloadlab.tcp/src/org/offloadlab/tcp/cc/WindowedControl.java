package org.offloadlab.tcp.cc;

/**
 * What every window-based algorithm here shares: SMSS, cwnd, ssthresh (initially "arbitrarily high", RFC 5681 §3.1),
 * the octets acknowledged toward the next whole-SMSS increase, and slow start.
 */
abstract class WindowedControl implements CongestionControl {

    protected final int smss;
    protected long cwnd;
    protected long ssthresh = Long.MAX_VALUE;
    /** Octets acknowledged but not yet turned into a whole-SMSS cwnd increase. */
    protected long bytesAcked;

    WindowedControl(int smss, long initialWindow) {
        this.smss = smss;
        this.cwnd = initialWindow;
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
    public boolean install(CongestionState snapshot) {
        if (snapshot == null || !name().equals(snapshot.algorithm()) || snapshot.cwnd() <= 0) {
            return false;
        }
        // never below the loss window of RFC 5681 §3.1 (one SMSS), whatever the record says
        cwnd = Math.max(snapshot.cwnd(), smss);
        ssthresh = snapshot.ssthresh() <= 0 ? Long.MAX_VALUE : Math.max(snapshot.ssthresh(), 2L * smss);
        bytesAcked = 0;
        return true;
    }

    /**
     * Slow start (RFC 5681 §3.1, eq. 2, appropriate byte counting capped at one SMSS per ACK).
     *
     * @return true when the connection was in slow start and the ACK has been accounted for
     */
    protected final boolean slowStart(long ackedBytes) {
        if (cwnd >= ssthresh) {
            return false;
        }
        cwnd += Math.min(ackedBytes, smss);
        return true;
    }
}
