package org.offloadlab.tcp.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.offloadlab.tcp.SackBlock;

/** Buffers, assembler, scoreboard, RTT estimator and the keyed hash. */
class InternalsTest {

    @Test
    void sipHashMatchesReferenceVector() {
        // SipHash-2-4 paper, key 00..0f, message 00..07
        long k0 = 0x0706050403020100L;
        long k1 = 0x0f0e0d0c0b0a0908L;
        assertEquals(0x93f5f5799a932462L, SipHash.hash(k0, k1, 0x0706050403020100L));
    }

    @Test
    void assemblerMergesAndAdvances() {
        Assembler a = new Assembler();
        assertTrue(a.add(10, 5));
        assertTrue(a.add(20, 5));
        assertEquals(2, a.rangeCount());
        assertTrue(a.add(15, 5)); // bridges the two
        assertEquals(1, a.rangeCount());
        assertEquals(10, a.start(0));
        assertEquals(25, a.end(0));
        assertEquals(15, a.advance(10)); // the range now starts at RCV.NXT
        assertTrue(a.isEmpty());
    }

    @Test
    void assemblerIsBounded() {
        Assembler a = new Assembler();
        for (int i = 0; i < Assembler.MAX_RANGES; i++) {
            assertTrue(a.add(10 + i * 10, 1));
        }
        assertFalse(a.add(10_000, 1));
        assertTrue(a.add(11, 1)); // extending an existing range still works
    }

    @Test
    void receiveBufferReassemblesRandomOrder() {
        Random r = new Random(3);
        byte[] data = new byte[50_000];
        r.nextBytes(data);
        ReceiveBuffer rb = new ReceiveBuffer(64 * 1024);
        int nxt = 0;
        ByteBuffer out = ByteBuffer.allocate(data.length);
        int[] order = new int[50];
        for (int i = 0; i < 50; i++) {
            order[i] = i;
        }
        for (int i = 49; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int k : order) {
            int off = k * 1000 - nxt;
            if (off < 0) {
                continue;
            }
            int adv = rb.write(off, ByteBuffer.wrap(data, k * 1000, 1000));
            nxt += Math.max(0, adv);
            if (r.nextBoolean()) {
                rb.read(out);
            }
        }
        rb.read(out);
        assertEquals(50_000, nxt);
        assertArrayEquals(data, out.array());
    }

    @Test
    void sendBufferWrapsAround() {
        SendBuffer sb = new SendBuffer(10_000);
        byte[] a = new byte[9000];
        new Random(1).nextBytes(a);
        assertEquals(9000, sb.write(ByteBuffer.wrap(a)));
        sb.drop(8000);
        byte[] b = new byte[5000];
        new Random(2).nextBytes(b);
        assertEquals(5000, sb.write(ByteBuffer.wrap(b)));
        byte[] all = sb.toArray();
        assertEquals(6000, all.length);
        assertEquals(a[8000], all[0]);
        assertEquals(b[4999], all[5999]);
    }

    @Test
    void scoreboardTracksLoss() {
        SackScoreboard sb = new SackScoreboard();
        int una = -3000; // across the wrap
        sb.update(List.of(new SackBlock(una + 1000, una + 2000)), una, una + 10_000);
        sb.update(List.of(new SackBlock(una + 3000, una + 5000)), una, una + 10_000);
        assertEquals(una + 2000, sb.nextUnsacked(una + 1000));
        assertEquals(una + 3000, sb.holeEnd(una + 2000, una + 10_000));
        assertEquals(3000, sb.sackedAbove(una));
        assertTrue(sb.isLost(una, 1000)); // more than 2 SMSS SACKed above
        assertFalse(sb.isLost(una + 2000, 1000));
        sb.removeBelow(una + 1500);
        assertEquals(List.of(new SackBlock(una + 1500, una + 2000), new SackBlock(una + 3000, una + 5000)),
                sb.toBlocks());
    }

    @Test
    void rttEstimatorFollowsRfc6298() {
        RttEstimator e = new RttEstimator(1_000_000_000L, 200_000_000L, 60_000_000_000L);
        e.sample(100_000_000L);
        assertEquals(100_000_000L, e.srtt());
        assertEquals(50_000_000L, e.rttvar());
        assertEquals(300_000_000L, e.rto());
        e.backOff();
        assertEquals(600_000_000L, e.rto());
        e.sample(100_000_000L);
        assertEquals(0, e.backoff());
        for (int i = 0; i < 40; i++) {
            e.backOff();
        }
        assertEquals(60_000_000_000L, e.rto());
    }
}
