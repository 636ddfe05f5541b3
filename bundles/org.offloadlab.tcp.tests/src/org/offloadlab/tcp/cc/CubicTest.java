package org.offloadlab.tcp.cc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** CUBIC (RFC 9438) on virtual time. */
class CubicTest {

    private static final int MSS = 1000;
    private static final long S = 1_000_000_000L;
    private static final long RTT = 100_000_000L;

    @Test
    void multiplicativeDecreaseIsPointSeven() {
        Cubic c = new Cubic(MSS, 100 * MSS);
        c.onCongestionEvent(0, 100 * MSS);
        assertEquals(70 * MSS, c.cwnd()); // §4.6 β = 0.7
        assertEquals(70 * MSS, c.ssthresh());
        assertEquals(100.0, c.state().wMax(), 1e-9);
        // K = cbrt(W_max (1 - β) / C) = cbrt(100 · 0.3 / 0.4)
        assertEquals(Math.cbrt(75), c.state().k(), 1e-9);
    }

    @Test
    void fastConvergenceLowersWmax() {
        Cubic c = new Cubic(MSS, 100 * MSS);
        c.onCongestionEvent(0, 100 * MSS);
        c.onCongestionEvent(0, 70 * MSS); // lost again below the previous W_max
        assertEquals(70 * (1 + Cubic.BETA) / 2, c.state().wMax(), 1e-9); // §4.7
    }

    @Test
    void concaveUpToWmaxAroundKThenConvex() {
        Cubic c = new Cubic(MSS, 100 * MSS);
        c.onCongestionEvent(0, 100 * MSS);
        double k = Math.cbrt(75);
        long kNanos = (long) (k * S);
        long t = 0;
        long beforeK = -1;
        long atK = -1;
        while (t < kNanos + 3 * S) {
            long acks = c.cwnd() / MSS; // one ACK per segment per RTT
            for (int i = 0; i < acks; i++) {
                c.onAck(t, MSS, RTT);
            }
            t += RTT;
            if (beforeK < 0 && t >= kNanos - 2 * S) {
                beforeK = c.cwnd();
            }
            if (atK < 0 && t >= kNanos) {
                atK = c.cwnd();
            }
        }
        // W_cubic(K - 2 s) = 100 - 0.4·8 = 96.8 segments; W_cubic(K) = W_max; W_cubic(K + 3 s) = 110.8
        assertTrue(beforeK > 90 * MSS && beforeK < 100 * MSS, "concave approach: " + beforeK);
        assertTrue(Math.abs(atK - 100 * MSS) <= 2 * MSS, "at K: " + atK);
        assertTrue(c.cwnd() > 105 * MSS, "convex growth beyond W_max: " + c.cwnd());
    }

    @Test
    void timeoutGivesLossWindow() {
        Cubic c = new Cubic(MSS, 50 * MSS);
        c.onRetransmitTimeout(0, 50 * MSS);
        assertEquals(MSS, c.cwnd());
        assertEquals(35 * MSS, c.ssthresh());
    }

    @Test
    void slowStartBelowSsthresh() {
        Cubic c = new Cubic(MSS, 10 * MSS);
        c.onAck(0, MSS, RTT);
        assertEquals(11 * MSS, c.cwnd());
    }
}
