package org.offloadlab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offloadlab.tcp.Segment;
import org.offloadlab.tcp.TcpFlags;

class LinkTest {

    private static final long US = 1_000L;
    private static final long MS = 1_000_000L;

    private final Simulator sim = new Simulator(7);
    private final List<Long> arrivalTimes = new ArrayList<>();
    private final List<Integer> arrivalSeqs = new ArrayList<>();
    private final List<Packet> arrived = new ArrayList<>();

    private final PacketReceiver sink = (p, now) -> {
        arrivalTimes.add(now);
        arrivalSeqs.add(p.segment().seq());
        arrived.add(p);
    };

    /** A packet whose sequence number identifies it, {@code wireBytes} long on the wire. */
    private static Packet packet(int id, int wireBytes) {
        return new Packet(1, 2, Segment.of(1000, 80, id, 0, TcpFlags.ACK, 1000), wireBytes, false);
    }

    private void sendAt(LinkDirection d, long time, int id, int wireBytes) {
        sim.at(time, now -> d.receive(packet(id, wireBytes), now));
    }

    @Test
    void serialisationAndPropagationDelayAddUp() {
        // 8 Mb/s: one octet per microsecond; 1000-octet packets take 1 ms each, then 1 ms on the wire
        LinkDirection d = new LinkDirection(sim, "l",
                LinkConfig.builder().bandwidthBitsPerSecond(8_000_000).delayNanos(MS).build(), sink);
        sendAt(d, 0, 1, 1000);
        sendAt(d, 0, 2, 1000);
        sendAt(d, 0, 3, 500);
        sendAt(d, 10 * MS, 4, 1000);
        sim.run();
        assertEquals(List.of(2 * MS, 3 * MS, 2 * MS + 500 * US + MS, 12 * MS), arrivalTimes);
        assertEquals(List.of(1, 2, 3, 4), arrivalSeqs);
        assertEquals(1_000_000, d.transmissionNanos(1000));
        assertEquals(3, d.maxQueuedPackets());
        assertEquals(2500, d.maxQueuedBytes());
    }

    @Test
    void transmissionTimeRoundsUpToWholeNanoseconds() {
        LinkDirection d = new LinkDirection(sim, "l",
                LinkConfig.builder().bandwidthBitsPerSecond(3_000_000_000L).build(), sink);
        assertEquals(3, d.transmissionNanos(1)); // 8 bits / 3 Gb/s = 2.67 ns
        assertEquals(4000, d.transmissionNanos(1500));
    }

    @Test
    void fullPacketQueueDropsTail() {
        LinkDirection d = new LinkDirection(sim, "l",
                LinkConfig.builder().bandwidthBitsPerSecond(8_000_000).queuePackets(3).build(), sink);
        for (int i = 0; i < 10; i++) {
            sendAt(d, 0, i, 1000);
        }
        sim.run();
        assertEquals(List.of(0, 1, 2), arrivalSeqs);
        assertEquals(7, d.dropped(LinkDirection.Drop.QUEUE));
        assertEquals(10, d.sent());
        assertEquals(3, d.delivered());
    }

    @Test
    void fullByteQueueDropsTailAndAcceptsAgainWhenDrained() {
        LinkDirection d = new LinkDirection(sim, "l",
                LinkConfig.builder().bandwidthBitsPerSecond(8_000_000).queueBytes(2500).build(), sink);
        for (int i = 0; i < 4; i++) {
            sendAt(d, 0, i, 1000);
        }
        sendAt(d, MS + 1, 9, 1000); // the first packet has left at 1 ms: room again
        sim.run();
        assertEquals(List.of(0, 1, 9), arrivalSeqs);
        assertEquals(2, d.dropped(LinkDirection.Drop.QUEUE));
    }

    @Test
    void redDropsEarlyUnderSustainedOverload() {
        LinkDirection d = new LinkDirection(sim, "l", LinkConfig.builder().bandwidthBitsPerSecond(8_000_000)
                .queuePackets(100).red(new LinkConfig.Red(5, 50, 0.1, 0.2)).build(), sink);
        for (int i = 0; i < 2000; i++) {
            sendAt(d, i * 500 * US, i, 1000); // twice the link rate
        }
        sim.run();
        assertTrue(d.dropped(LinkDirection.Drop.RED) > 0, d::toString);
        assertEquals(0, d.dropped(LinkDirection.Drop.QUEUE), "RED keeps the queue below its limit");
        assertTrue(d.maxQueuedPackets() <= 60, d::toString);
    }

    @Test
    void gilbertElliottLongRunLossRateAndBurstLength() {
        double p = 0.01;
        double r = 0.25;
        LinkDirection d = new LinkDirection(sim, "ge",
                LinkConfig.builder().gilbertElliott(new LinkConfig.GilbertElliott(p, r, 0, 1)).build(), sink);
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            d.receive(packet(i, 100), 0);
        }
        sim.run();
        // losses are the gaps in the delivered sequence; a burst is a maximal run of consecutive losses
        boolean[] got = new boolean[n];
        arrivalSeqs.forEach(s -> got[s] = true);
        long lost = 0;
        long bursts = 0;
        for (int i = 0; i < n; i++) {
            if (!got[i]) {
                lost++;
                if (i == 0 || got[i - 1]) {
                    bursts++;
                }
            }
        }
        double expectedRate = p / (p + r); // 3.85 %
        double rate = (double) lost / n;
        double meanBurst = (double) lost / bursts;
        assertEquals(expectedRate, rate, expectedRate * 0.1, "long-run loss rate");
        assertEquals(1 / r, meanBurst, 0.1 / r, "mean burst length");
        assertEquals(lost, d.dropped(LinkDirection.Drop.LOSS));
        assertEquals(expectedRate, new LinkConfig.GilbertElliott(p, r, 0, 1).meanLossRate(), 1e-12);
    }

    @Test
    void bernoulliLossRate() {
        LinkDirection d = new LinkDirection(sim, "b", LinkConfig.builder().lossRate(0.05).build(), sink);
        for (int i = 0; i < 100_000; i++) {
            d.receive(packet(i, 100), 0);
        }
        sim.run();
        assertEquals(0.05, d.dropped(LinkDirection.Drop.LOSS) / 100_000.0, 0.005);
    }

    @Test
    void jitterKeepsFifoOrderUnlessAllowedToReorder() {
        LinkDirection fifo = new LinkDirection(sim, "fifo",
                LinkConfig.builder().delayNanos(MS).jitterNanos(5 * MS).build(), sink);
        for (int i = 0; i < 1000; i++) {
            sendAt(fifo, i * 100 * US, i, 100);
        }
        sim.run();
        assertEquals(0, outOfOrder(), "jitter alone must not reorder");
        assertTrue(arrivalTimes.get(999) - 999 * 100 * US > MS, "jitter delays packets");

        arrivalSeqs.clear();
        LinkDirection loose = new LinkDirection(sim, "loose",
                LinkConfig.builder().delayNanos(MS).jitterNanos(5 * MS).jitterReorders(true).build(), sink);
        long t0 = sim.now();
        for (int i = 0; i < 1000; i++) {
            sendAt(loose, t0 + i * 100 * US, i, 100);
        }
        sim.run();
        assertTrue(outOfOrder() > 0);
        assertEquals(1000, arrivalSeqs.size());
    }

    @Test
    void reorderingHoldsPacketsBackSoLaterOnesOvertake() {
        LinkDirection d = new LinkDirection(sim, "r",
                LinkConfig.builder().delayNanos(MS).reorder(0.1, 5 * MS).build(), sink);
        for (int i = 0; i < 1000; i++) {
            sendAt(d, i * 100 * US, i, 100);
        }
        sim.run();
        assertEquals(1000, arrivalSeqs.size());
        assertTrue(d.reordered() > 50 && d.reordered() < 150, d::toString);
        assertTrue(outOfOrder() >= d.reordered() - 2, "each held-back packet arrives after later ones");
    }

    @Test
    void duplicationDeliversExtraCopies() {
        LinkDirection d = new LinkDirection(sim, "d", LinkConfig.builder().duplicateProbability(0.1).build(), sink);
        for (int i = 0; i < 10_000; i++) {
            d.receive(packet(i, 100), 0);
        }
        sim.run();
        assertEquals(10_000 + d.duplicated(), arrivalSeqs.size());
        assertEquals(0.1, d.duplicated() / 10_000.0, 0.015);
        assertEquals(arrivalSeqs.size(), arrivalSeqs.stream().distinct().count() + d.duplicated());
    }

    @Test
    void corruptionMarksPacketsAndIsCounted() {
        LinkDirection d = new LinkDirection(sim, "c", LinkConfig.builder().corruptProbability(0.2).build(), sink);
        for (int i = 0; i < 5000; i++) {
            d.receive(packet(i, 100), 0);
        }
        sim.run();
        long damaged = arrived.stream().filter(Packet::corrupted).count();
        assertEquals(d.corrupted(), damaged);
        assertEquals(0.2, damaged / 5000.0, 0.03);
    }

    @Test
    void countersConserveEveryPacket() {
        LinkDirection d = new LinkDirection(sim, "all",
                LinkConfig.builder().bandwidthBitsPerSecond(8_000_000).queuePackets(20).delayNanos(MS).lossRate(0.1)
                        .duplicateProbability(0.1).reorder(0.1, MS).corruptProbability(0.1).build(),
                sink);
        for (int i = 0; i < 3000; i++) {
            sendAt(d, i * 700 * US, i, 1000);
        }
        sim.runUntil(1000 * MS);
        LinkStats s = d.stats();
        assertTrue(d.queuedPackets() + d.inFlight() > 0, "the check must see packets in transit");
        assertEquals(s.sent() + s.duplicated(), s.delivered() + s.drops() + d.queuedPackets() + d.inFlight());
        sim.run();
        s = d.stats();
        assertEquals(s.sent() + s.duplicated(), s.delivered() + s.drops());
        assertTrue(s.queueDrops() > 0 && s.lossDrops() > 0 && s.corrupted() > 0 && s.reordered() > 0);
    }

    private int outOfOrder() {
        int count = 0;
        int max = Integer.MIN_VALUE;
        for (int s : arrivalSeqs) {
            if (s < max) {
                count++;
            }
            max = Math.max(max, s);
        }
        return count;
    }

    @Test
    void linkIsDeterministicPerSeedAndName() {
        LinkConfig c = LinkConfig.builder().lossRate(0.3).build();
        Simulator s1 = new Simulator(5);
        Simulator s2 = new Simulator(5);
        List<Integer> got1 = new ArrayList<>();
        List<Integer> got2 = new ArrayList<>();
        LinkDirection d1 = new LinkDirection(s1, "x", c, (p, t) -> got1.add(p.segment().seq()));
        LinkDirection d2 = new LinkDirection(s2, "x", c, (p, t) -> got2.add(p.segment().seq()));
        new LinkDirection(s2, "other", c, sink); // another component must not disturb this one
        for (int i = 0; i < 1000; i++) {
            d1.receive(packet(i, 100), 0);
            d2.receive(packet(i, 100), 0);
        }
        s1.run();
        s2.run();
        assertEquals(got1, got2);
        assertFalse(got1.isEmpty());
    }

    @Test
    void duplexLinkCarriesBothDirectionsIndependently() {
        List<String> log = new ArrayList<>();
        Link link = new Link(sim, "wan", LinkConfig.builder().delayNanos(2 * MS).build(),
                LinkConfig.builder().delayNanos(3 * MS).build());
        link.attach((p, t) -> log.add("a@" + t), (p, t) -> log.add("b@" + t));
        link.aToB().receive(packet(1, 100), 0);
        link.bToA().receive(packet(2, 100), 0);
        sim.run();
        assertEquals(List.of("b@" + 2 * MS, "a@" + 3 * MS), log);
        assertEquals("wan/a>b", link.aToB().name());
    }

    @Test
    void configValidationNamesTheField() {
        assertMessage("link delay must be >= 0 ns, got -1", () -> LinkConfig.builder().delayNanos(-1).build());
        assertMessage("link lossRate must be a probability in [0, 1], got 1.5",
                () -> LinkConfig.builder().lossRate(1.5).build());
        assertMessage("link lossRate must be a probability in [0, 1], got NaN",
                () -> LinkConfig.builder().lossRate(Double.NaN).build());
        assertMessage("link queue limit must be >= 1 PACKETS, got 0",
                () -> LinkConfig.builder().queuePackets(0).build());
        assertMessage("link reorderProbability > 0 needs a reorderDelay > 0 ns",
                () -> LinkConfig.builder().reorder(0.1, 0).build());
        assertMessage("RED thresholds must satisfy 0 <= min < max, got min=10.0 max=5.0",
                () -> new LinkConfig.Red(10, 5, 0.1, 0.002));
        assertMessage("RED maxThreshold 500.0 exceeds the queue limit 100",
                () -> LinkConfig.builder().queuePackets(100).red(new LinkConfig.Red(10, 500, 0.1, 0.002)).build());
        assertMessage("Gilbert-Elliott badToGood must be > 0 (the BAD state would never end)",
                () -> new LinkConfig.GilbertElliott(0.1, 0, 0, 1));
        assertMessage("link bandwidth must be >= 0 bit/s (0 = infinite), got -5",
                () -> LinkConfig.builder().bandwidthBitsPerSecond(-5).build());
        LinkConfig ok = LinkConfig.builder().delayNanos(MS).lossRate(0.01).build();
        assertEquals(ok, ok.toBuilder().build());
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable e) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, e).getMessage());
    }
}
