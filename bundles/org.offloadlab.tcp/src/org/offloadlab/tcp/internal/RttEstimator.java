package org.offloadlab.tcp.internal;

/**
 * The retransmission timer's estimator (RFC 6298 §2): SRTT, RTTVAR and RTO with exponential backoff (§5.5) and a
 * configurable floor (§2.4 says 1 s; Linux uses 200 ms) and ceiling (§2.5: at least 60 s).
 */
public final class RttEstimator {

    /** Clock granularity G of RFC 6298 §2: we measure in nanoseconds, but keep a 1 ms floor like Linux. */
    private static final long GRANULARITY = 1_000_000L;

    private final long minRto;
    private final long maxRto;
    private long srtt;
    private long rttvar;
    private long rto;
    private int backoff;

    public RttEstimator(long initialRto, long minRto, long maxRto) {
        this.minRto = minRto;
        this.maxRto = maxRto;
        this.rto = initialRto;
    }

    /** Restores an estimator from a snapshot. */
    public RttEstimator(long minRto, long maxRto, long srtt, long rttvar, long rto, int backoff) {
        this(rto, minRto, maxRto);
        this.srtt = srtt;
        this.rttvar = rttvar;
        this.backoff = backoff;
    }

    /**
     * Installs a checkpointed estimate (failover with a soft-state checkpoint): SRTT and RTTVAR as measured on the same
     * path, RTO recomputed from them with this estimator's floor and ceiling (RFC 6298 §2.3, §2.4, §2.5), the backoff
     * kept (RFC 6298 §5.5: only a new measurement collapses it). An estimate without a sample leaves this one as it is.
     */
    public void install(long srttNanos, long rttvarNanos, int backoffCount) {
        if (srttNanos <= 0) {
            return;
        }
        srtt = srttNanos;
        rttvar = Math.max(0, rttvarNanos);
        rto = clamp(srtt + Math.max(GRANULARITY, 4 * rttvar));
        backoff = Math.max(0, Math.min(16, backoffCount));
    }

    /** RFC 6298 §2.2/§2.3: feed one RTT measurement R. A new measurement also collapses the backoff (§5 note). */
    public void sample(long r) {
        long m = Math.max(r, 1);
        if (srtt == 0) {
            srtt = m;
            rttvar = m / 2;
        } else {
            rttvar = (3 * rttvar + Math.abs(srtt - m)) / 4;
            srtt = (7 * srtt + m) / 8;
        }
        rto = clamp(srtt + Math.max(GRANULARITY, 4 * rttvar));
        backoff = 0;
    }

    /** RFC 6298 §5.5: back off the timer on expiry. */
    public void backOff() {
        if (backoff < 16) {
            backoff++;
        }
    }

    /** RFC 6298 §5.7: after a retransmitted SYN, the RTO used for data starts at 3 s unless measured. */
    public void resetForDataAfterSynLoss(long threeSeconds) {
        if (srtt == 0) {
            rto = Math.max(rto, threeSeconds);
            backoff = 0;
        }
    }

    /** The current timeout including backoff. */
    public long rto() {
        long r = rto << backoff;
        return r < 0 || r > maxRto ? maxRto : r;
    }

    /** The timeout before backoff. */
    public long baseRto() {
        return rto;
    }

    public long srtt() {
        return srtt;
    }

    public long rttvar() {
        return rttvar;
    }

    public int backoff() {
        return backoff;
    }

    public boolean hasSample() {
        return srtt != 0;
    }

    private long clamp(long v) {
        return Math.min(maxRto, Math.max(minRto, v));
    }
}
