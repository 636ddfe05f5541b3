package org.offloadlab.analysis.internal;

import org.offloadlab.pcap.TcpSegment;

/**
 * Classifies each segment of one connection the way tshark 4.0 does ({@code tcp_analyze_sequence_number} in Wireshark's
 * TCP dissector), so that retransmission, out-of-order, duplicate-ACK, window and keep-alive counts agree with
 * Wireshark. The heuristics are Wireshark's, not the RFC's: a receiver-side view of sequence numbers as they pass the
 * capture point. Every step below runs in Wireshark's order because later checks depend on earlier ones.
 * <p>
 * Stateless: the per-flow state lives in the connection's two {@link FlowState}s and the handshake timing in its
 * {@link ConnectionTracker}, so a connection costs no classifier object.
 */
final class SegmentClassifier {

    /** Wireshark's fast-retransmission window: within 20 ms of the last duplicate ACK. */
    private static final long FAST_RETRANSMISSION_WINDOW_NANOS = 20_000_000L;
    /** Out-of-order threshold when no handshake RTT is known: 3 ms. */
    private static final long DEFAULT_OUT_OF_ORDER_NANOS = 3_000_000L;

    private static final int SYN_FIN_RST = TcpSegment.SYN | TcpSegment.FIN | TcpSegment.RST;

    private SegmentClassifier() {
    }

    /** True when a SYN from {@code fwd}'s side would start a new connection on the same 4-tuple (different ISN). */
    static boolean isNewIsn(FlowState fwd, TcpSegment s) {
        return (s.flags() & (TcpSegment.SYN | TcpSegment.ACK)) == TcpSegment.SYN && fwd.baseSeqSet
                && s.seq() != fwd.baseSeq();
    }

    /**
     * Runs the analysis for one segment and updates the flows.
     *
     * @param fwd
     *            the flow of the segment's sender
     * @param rev
     *            the flow of its receiver
     * @param reusedPorts
     *            this segment opened a new connection on a 4-tuple used before
     * @return the {@link AnalysisBits} of the segment
     */
    static int classify(ConnectionTracker c, FlowState fwd, FlowState rev, TcpSegment s, long now,
            boolean reusedPorts) {
        int flags = s.flags();
        long seq = s.seq();
        int bits = reusedPorts ? AnalysisBits.REUSED_PORTS : 0;

        if ((flags & (TcpSegment.SYN | TcpSegment.ACK)) == TcpSegment.SYN && fwd.baseSeqSet && seq == fwd.baseSeq()) {
            // A repeated SYN: undo anything a reset-looking segment did to the expected sequence number.
            fwd.nextSeq(fwd.maxSeqToBeAcked());
        } else if ((flags & (TcpSegment.SYN | TcpSegment.ACK)) == (TcpSegment.SYN | TcpSegment.ACK) && fwd.baseSeqSet
                && seq != fwd.baseSeq()) {
            fwd.baseSeq(seq);
            bits |= AnalysisBits.REUSED_PORTS;
        }
        initialiseBaseSequences(fwd, rev, s);
        bits = analyse(c, fwd, rev, seq, s.ack(), s.payloadLength(), flags, s.window(), now, bits);
        afterAnalysis(c, fwd, rev, s, now);
        return bits;
    }

    private static void initialiseBaseSequences(FlowState fwd, FlowState rev, TcpSegment s) {
        if (!fwd.baseSeqSet) {
            fwd.baseSeq(s.isSyn() ? s.seq() : Seq.add(s.seq(), -1));
            fwd.baseSeqSet = true;
        }
        if (!rev.baseSeqSet && s.isAck()) {
            // RFC 9293 §3.4: the first ACK tells the peer's ISN (ack - 1) when its SYN was not seen.
            rev.baseSeq(Seq.add(s.ack(), -1));
            rev.baseSeqSet = true;
        }
    }

    private static int analyse(ConnectionTracker c, FlowState fwd, FlowState rev, long seq, long ack, int len,
            int flags, int window, long now, int initialBits) {
        int bits = initialBits;
        boolean control = (flags & SYN_FIN_RST) != 0;
        checks : {
            // Zero-window probe: one byte at the next expected sequence number while the peer's window is closed
            // (RFC 9293 §3.8.6.1).
            if (len == 1 && seq == fwd.nextSeq() && rev.window == 0) {
                bits |= AnalysisBits.ZERO_WINDOW_PROBE;
                break checks;
            }
            if (window == 0 && !control) {
                bits |= AnalysisBits.ZERO_WINDOW;
            }
            if (fwd.nextSeq() != 0 && Seq.gt(seq, fwd.nextSeq()) && (flags & TcpSegment.RST) == 0) {
                bits |= AnalysisBits.LOST_SEGMENT;
            }
            // Keep-alive: 0 or 1 byte one below the next sequence number (RFC 9293 §3.8.4 / RFC 1122 §4.2.3.6).
            if (len <= 1 && seq == Seq.add(fwd.nextSeq(), -1) && !control) {
                bits |= AnalysisBits.KEEP_ALIVE;
            }
            boolean repeatsLastAck = len == 0 && seq == fwd.nextSeq() && ack == fwd.lastAck() && !control;
            if (repeatsLastAck && window != 0 && window != fwd.window) {
                bits |= AnalysisBits.WINDOW_UPDATE;
            }
            if (len > 0 && rev.windowScale != FlowState.SCALE_UNKNOWN && !control && Seq.add(seq, len) == Seq
                    .add(rev.lastAck(), (rev.windowValue() << rev.effectiveShift()) & Seq.MASK)) {
                bits |= AnalysisBits.WINDOW_FULL;
            }
            if (repeatsLastAck && window != 0 && window == fwd.window
                    && (rev.lastSegmentBits & AnalysisBits.KEEP_ALIVE) != 0) {
                bits |= AnalysisBits.KEEP_ALIVE_ACK;
                break checks;
            }
            if (repeatsLastAck && window == 0 && fwd.window == 0
                    && (rev.lastSegmentBits & AnalysisBits.ZERO_WINDOW_PROBE) != 0) {
                bits |= AnalysisBits.ZERO_WINDOW_PROBE_ACK;
                break checks;
            }
            if (repeatsLastAck && window != 0 && window == fwd.window) {
                fwd.duplicateAcks = fwd.duplicateAcks == -1 ? 1 : fwd.duplicateAcks + 1;
                bits |= AnalysisBits.DUPLICATE_ACK;
            }
        }
        if (ack != fwd.lastAck()) {
            fwd.duplicateAcks = 0;
        }
        bits = checkAckedUnseen(rev, ack, flags, bits);
        if (len > 0 || (flags & (TcpSegment.SYN | TcpSegment.FIN)) != 0) {
            bits = classifyResend(c, fwd, rev, seq, len, flags, now, bits);
        }
        advance(fwd, seq, ack, len, flags, window, now, bits);
        return bits;
    }

    /** An ACK beyond anything the peer was seen to send: the capture missed the peer's segments. */
    private static int checkAckedUnseen(FlowState rev, long ack, int flags, int bits) {
        if (rev.maxSeqToBeAcked() == 0 || !Seq.gt(ack, rev.maxSeqToBeAcked()) || (flags & TcpSegment.ACK) == 0) {
            return bits;
        }
        if (Seq.lt(rev.maxSeqToBeAcked(), rev.nextSeq())) {
            rev.maxSeqToBeAcked(rev.nextSeq());
            return bits | AnalysisBits.ACKED_UNSEEN;
        }
        // Report one lost segment once, even while the peer only repeats pure ACKs.
        int result = rev.duplicateAcks == 0 ? bits | AnalysisBits.ACKED_UNSEEN : bits;
        rev.duplicateAcks = -1;
        return result;
    }

    /** Data, SYN or FIN that does not advance the sequence number: which kind of resend is it? */
    private static int classifyResend(ConnectionTracker c, FlowState fwd, FlowState rev, long seq, int len,
            int flags, long now, int bits) {
        if ((bits & AnalysisBits.KEEP_ALIVE) != 0) {
            return bits;
        }
        boolean notAdvanced = fwd.nextSeq() != 0 && Seq.lt(seq, fwd.nextSeq());
        if (len > 1 && Seq.add(fwd.nextSeq(), -1) == seq) {
            // Starts one below nextSeq after a zero-window probe but carries new data.
            notAdvanced = false;
        }
        if (len > 0 && rev.lastAck() != 0 && Seq.le(Seq.add(seq, len), rev.lastAck())) {
            return bits | AnalysisBits.SPURIOUS_RETRANSMISSION;
        }
        if (notAdvanced && rev.duplicateAcks >= 2 && rev.lastAck() == seq
                && Long.compareUnsigned(now - rev.lastAckTime, FAST_RETRANSMISSION_WINDOW_NANOS) < 0) {
            return bits | AnalysisBits.FAST_RETRANSMISSION;
        }
        long threshold = c.handshakeRtt == 0 ? DEFAULT_OUT_OF_ORDER_NANOS : c.handshakeRtt;
        int controlLength = (flags & (TcpSegment.SYN | TcpSegment.FIN)) != 0 ? 1 : 0;
        if (notAdvanced && Long.compareUnsigned(now - fwd.nextSeqTime, threshold) < 0
                && fwd.nextSeq() != Seq.add(seq, len + controlLength)) {
            return bits | AnalysisBits.OUT_OF_ORDER;
        }
        return notAdvanced ? bits | AnalysisBits.RETRANSMISSION : bits;
    }

    private static void advance(FlowState fwd, long seq, long ack, int len, int flags, int window, long now,
            int bits) {
        boolean probe = (bits & AnalysisBits.ZERO_WINDOW_PROBE) != 0;
        long next = Seq.add(seq, len + ((flags & (TcpSegment.SYN | TcpSegment.FIN)) != 0 ? 1 : 0));
        if ((Seq.gt(next, fwd.nextSeq()) || fwd.nextSeq() == 0) && !probe) {
            // A window probe does not move the sender's next sequence number.
            fwd.nextSeq(next);
            fwd.nextSeqTime = now;
        }
        if ((seq == fwd.maxSeqToBeAcked() || fwd.maxSeqToBeAcked() == 0) && !probe) {
            fwd.maxSeqToBeAcked(fwd.nextSeq());
        }
        fwd.window = window;
        fwd.lastAck(ack);
        fwd.lastAckTime = now;
        fwd.lastSegmentBits = bits;
    }

    /** Handshake bookkeeping Wireshark does after the sequence analysis of a segment. */
    private static void afterAnalysis(ConnectionTracker c, FlowState fwd, FlowState rev, TcpSegment s, long now) {
        int synAck = s.flags() & (TcpSegment.SYN | TcpSegment.ACK);
        if (s.isSyn()) {
            if (!s.isAck()) {
                c.lastSynTime = now;
            }
            fwd.firstAck = true;
        }
        if (synAck == TcpSegment.ACK) {
            if (c.lastSynTime != 0 && c.handshakeRtt == 0) {
                c.handshakeRtt = now - c.lastSynTime;
            }
            fwd.firstAck = false;
        }
        int shift = s.options().windowScale();
        if (shift >= 0) {
            // RFC 7323 §2.3: a shift above 14 is used as 14.
            fwd.windowScale = Math.min(shift, 14);
        }
        if (s.isSyn()) {
            verifyWindowScaling(fwd, rev, s.isAck());
        }
    }

    /** RFC 7323 §2.2: scaling is in effect only when both SYNs carried the option. */
    private static void verifyWindowScaling(FlowState fwd, FlowState rev, boolean synAck) {
        if (fwd.windowScale == FlowState.SCALE_UNKNOWN) {
            fwd.windowScale = FlowState.SCALE_NOT_USED;
            rev.windowScale = FlowState.SCALE_NOT_USED;
        } else if (synAck && rev.windowScale == FlowState.SCALE_NOT_USED) {
            fwd.windowScale = FlowState.SCALE_NOT_USED;
        }
    }
}
