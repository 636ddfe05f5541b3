package org.offloadlab.failover;

import java.util.Locale;

/**
 * The survivor of a {@link SubstituteKind#ACTIVE_ADAPTER} failover: the second active adapter that took the failed
 * one's connections while serving its own. Its own connections must see no blackout: none of their packets is dropped
 * while the failed adapter's flows are blocked, none of their bytes has to be sent again because of the failover, and
 * every one that is open across the whole failover makes progress during it.
 *
 * @param survivor
 *            name of the adapter that took the extra load
 * @param ownConnections
 *            connections the survivor's host driver knew at the failure (its own load)
 * @param connectionsBefore
 *            connections in the survivor's table at the failure
 * @param connectionsAfter
 *            connections in its table at the resume (own + taken over, minus any that closed meanwhile)
 * @param movedConnections
 *            failed adapter's connections found on the survivor at the resume
 * @param ownProgressedDuringFailover
 *            own connections with application-visible progress between failure and resume
 * @param ownStalledDuringFailover
 *            own connections open from failure to resume with no progress in between: 0 for continuous traffic; an idle
 *            connection (request/response think time) counts, as in the blackout
 * @param ownBlackoutMax
 *            largest first-progress-after-the-failure − failure time over own connections (-1: none progressed); idle
 *            time counts, so compare it with the failed adapter's blackout and a run without failure
 * @param ownDroppedWhileBlocked
 *            packets of the survivor's flows dropped by the steering while the failed adapter's were blocked (0 by
 *            construction; measured)
 * @param ownBytesRetransmittedDuringFailover
 *            payload octets of the survivor's own flows sent again on the wire (both directions) from the failure to
 *            the resume, while the failed adapter's flows were blocked (must be 0 on a loss-free link)
 * @param ownBytesRetransmitted
 *            the same from the failure to the end of the run: after the resume the survivor's flows share the wire and
 *            the adapter with the restored ones, which resend their blocked flight at once — congestion losses there
 *            are contention, counted here, not a blackout (docs/FAILOVER.md)
 */
public record SurvivorLoad(String survivor, int ownConnections, int connectionsBefore, int connectionsAfter,
        int movedConnections, int ownProgressedDuringFailover, int ownStalledDuringFailover, long ownBlackoutMax,
        long ownDroppedWhileBlocked, long ownBytesRetransmittedDuringFailover, long ownBytesRetransmitted) {

    /** One line, for reports and the timeline text. */
    public String toText() {
        return String.format(Locale.ROOT,
                "  survivor %s own %d table %d -> %d moved %d own-progressed %d own-stalled %d own-blackout-max-ns %d own-dropped %d "
                        + "own-retransmitted-bytes %d (%d until resumed)%n",
                survivor, ownConnections, connectionsBefore, connectionsAfter, movedConnections,
                ownProgressedDuringFailover, ownStalledDuringFailover, ownBlackoutMax, ownDroppedWhileBlocked,
                ownBytesRetransmitted,
                ownBytesRetransmittedDuringFailover);
    }
}
