package org.offloadlab.tcp;

import java.util.List;

import org.offloadlab.tcp.cc.CongestionState;

/**
 * What a connection can relearn from later traffic, so it is not needed to resume: congestion control (RFC 5681, 9438),
 * RTT estimation (RFC 6298), loss-recovery bookkeeping (RFC 6675, 6582), out-of-order data (the peer retransmits it;
 * RFC 2018 §8 allows reneging on SACKed data), timers and acknowledgment scheduling. A restored connection starts these
 * afresh and conservatively (see {@link TcpConnection#restore}). Times are virtual nanoseconds; {@link Long#MAX_VALUE}
 * means "not armed".
 *
 * @param congestion
 *            cwnd, ssthresh and algorithm variables
 * @param srttNanos
 *            smoothed RTT (0 = no sample yet)
 * @param rttvarNanos
 *            RTT variation
 * @param rtoNanos
 *            current RTO including backoff
 * @param rtoBackoff
 *            number of consecutive backoffs
 * @param sndNxtPointer
 *            where the next transmission starts (below SND.MAX after a timeout: go-back-N)
 * @param dupAcks
 *            consecutive duplicate ACKs (RFC 5681 §2)
 * @param inRecovery
 *            in fast recovery (RFC 6582 / RFC 6675)
 * @param recoveryPoint
 *            RecoveryPoint / "recover" (RFC 6675 §2, RFC 6582 §3)
 * @param highRxt
 *            HighRxt (RFC 6675 §2)
 * @param scoreboard
 *            SACKed ranges above SND.UNA (RFC 6675 §3)
 * @param outOfOrder
 *            ranges received above RCV.NXT (relative to RCV.NXT, as sequence numbers)
 * @param retransmitAt
 *            {@link Timer#RETRANSMIT} deadline
 * @param persistAt
 *            {@link Timer#PERSIST} deadline
 * @param delayedAckAt
 *            {@link Timer#DELAYED_ACK} deadline
 * @param keepAliveAt
 *            {@link Timer#KEEPALIVE} deadline
 * @param timeWaitAt
 *            {@link Timer#TIME_WAIT} deadline
 * @param userTimeoutAt
 *            {@link Timer#USER_TIMEOUT} deadline
 * @param keepAliveProbes
 *            unanswered keep-alives
 * @param ackPending
 *            an ACK is due immediately
 */
public record SoftState(CongestionState congestion, long srttNanos, long rttvarNanos, long rtoNanos, int rtoBackoff,
        int sndNxtPointer, int dupAcks, boolean inRecovery, int recoveryPoint, int highRxt, List<SackBlock> scoreboard,
        List<SackBlock> outOfOrder, long retransmitAt, long persistAt, long delayedAckAt, long keepAliveAt,
        long timeWaitAt, long userTimeoutAt, int keepAliveProbes, boolean ackPending) {

    public SoftState {
        scoreboard = List.copyOf(scoreboard);
        outOfOrder = List.copyOf(outOfOrder);
    }

    /** The deadline of one timer, {@link Long#MAX_VALUE} if not armed. */
    public long deadline(Timer timer) {
        return switch (timer) {
            case RETRANSMIT -> retransmitAt;
            case PERSIST -> persistAt;
            case DELAYED_ACK -> delayedAckAt;
            case KEEPALIVE -> keepAliveAt;
            case TIME_WAIT -> timeWaitAt;
            case USER_TIMEOUT -> userTimeoutAt;
        };
    }
}
