package org.offloadlab.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.junit.jupiter.api.Test;
import org.offloadlab.sim.app.BulkTransfer;
import org.offloadlab.sim.app.Distribution;
import org.offloadlab.sim.app.RequestResponse;
import org.offloadlab.tcp.TcpConfig;

/** Same topology, workload and seed ⇒ the same trace, bit for bit; another seed ⇒ another trace. */
class DeterminismTest {

    private static final long MS = 1_000_000L;

    private static String run(long seed) {
        Simulator sim = new Simulator(seed);
        TraceHash hash = new TraceHash();
        sim.setTrace(hash);
        Link link = new Link(sim, "link", LinkConfig.builder().delayNanos(2 * MS).jitterNanos(MS)
                .bandwidthBitsPerSecond(50_000_000).queuePackets(50).lossRate(0.01).reorder(0.01, MS)
                .duplicateProbability(0.01).corruptProbability(0.01).build());
        TcpConfig tcp = TcpConfig.linuxDefaults();
        PeerHost a = new PeerHost(sim, "a", 1, tcp, link.aToB());
        PeerHost b = new PeerHost(sim, "b", 2, tcp, link.bToA());
        link.attach(a, b);
        BulkTransfer bulk = new BulkTransfer(sim, "bulk", a, b, 5001, 300_000, 100_000, 1);
        RequestResponse rr = new RequestResponse(sim, "rr", b, a, 80, 2, 10, Distribution.exponential(500),
                Distribution.pareto(1000, 1.2, 50_000), Distribution.exponential(MS));
        bulk.start(0);
        rr.start(0);
        sim.runUntil(120_000 * MS);
        assertTrue(bulk.isFinished() && rr.isFinished());
        assertTrue(bulk.stats().allIntact() && rr.stats().allIntact());
        assertTrue(hash.records() > 500, hash::toString);
        return hash.hex() + " " + hash.records() + " " + sim.eventsFired();
    }

    @Test
    void sameSeedSameTraceOtherSeedOtherTrace() {
        String first = run(2026);
        assertEquals(first, run(2026));
        assertNotEquals(first.substring(0, 64), run(2027).substring(0, 64));
    }

    @Test
    void hashIsSha256OfTheCanonicalEncoding() throws Exception {
        TraceHash h = new TraceHash();
        h.record(5, "src", "kind", -1, 7);
        byte[] src = "src".getBytes(StandardCharsets.US_ASCII);
        byte[] kind = "kind".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(28 + src.length + kind.length).putLong(5).putShort((short) 3).put(src)
                .putShort((short) 4).put(kind).putLong(-1).putLong(7);
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(b.array()), h.digest());
        assertEquals(1, h.records());
        assertThrows(IllegalStateException.class, () -> h.record(6, "src", "kind", 0, 0));
    }

    @Test
    void hashSeesEveryFieldAndTheOrder() {
        assertNotEquals(hashOf(1, "s", "k", 2, 3), hashOf(1, "s", "k", 2, 4));
        assertNotEquals(hashOf(1, "s", "k", 2, 3), hashOf(1, "sk", "", 2, 3));
        TraceHash ab = new TraceHash();
        ab.record(1, "a", "x", 0, 0);
        ab.record(1, "b", "x", 0, 0);
        TraceHash ba = new TraceHash();
        ba.record(1, "b", "x", 0, 0);
        ba.record(1, "a", "x", 0, 0);
        assertNotEquals(ab.hex(), ba.hex());
        // many records cross the internal buffer: same result as one by one in a fresh sink
        TraceHash big1 = new TraceHash();
        TraceHash big2 = new TraceHash();
        for (int i = 0; i < 10_000; i++) {
            big1.record(i, "source" + (i % 7), "k", i, -i);
            big2.record(i, "source" + (i % 7), "k", i, -i);
        }
        assertEquals(big1.hex(), big2.hex());
    }

    private static String hashOf(long t, String s, String k, long a, long b) {
        TraceHash h = new TraceHash();
        h.record(t, s, k, a, b);
        return h.hex();
    }
}
