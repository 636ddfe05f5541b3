package org.offloadlab.replay.internal;

import org.offloadlab.tcp.TcpFlags;
import org.offloadlab.tcp.TcpOptions;

/**
 * What one side (the real stack or the engine) sent, summarised as it goes so that a conformance replay keeps constant
 * memory per connection however long the connection is: segment and retransmission counts, FIN/RST, the first SYN.
 */
final class SideLog {

    /** The first SYN or SYN-ACK: its time and options ({@code null} options for the real side, which keeps its own). */
    record Syn(long time, TcpOptions options) {
    }

    int segments;
    int retransmissions;
    boolean fin;
    boolean rst;
    Syn syn;
    private long maxEnd = -1;

    /** Notes one segment: {@code relSeq} relative to the side's ISN, {@code len} payload octets. */
    void sent(long time, int relSeq, int len, int flags, TcpOptions options) {
        segments++;
        long start = Integer.toUnsignedLong(relSeq);
        if (len > 0 && start < maxEnd) {
            retransmissions++;
        }
        maxEnd = Math.max(maxEnd, start + len);
        fin |= (flags & TcpFlags.FIN) != 0;
        rst |= (flags & TcpFlags.RST) != 0;
        if ((flags & TcpFlags.SYN) != 0 && syn == null) {
            syn = new Syn(time, options);
        }
    }
}
