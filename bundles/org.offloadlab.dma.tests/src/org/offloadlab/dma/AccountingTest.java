package org.offloadlab.dma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AccountingTest {

    @Test
    void histogramBucketsAreExactSmallAndQuarterWidthLarge() {
        Histogram h = new Histogram();
        for (long v : new long[]{0, 1, 2, 3, 4, 5, 6, 7}) {
            h.record(v);
        }
        assertEquals(3, h.percentile(0.5));
        assertEquals(7, h.percentile(1.0));
        assertEquals(3.5, h.mean());
        Histogram big = new Histogram();
        big.record(1_000_000);
        long p = big.percentile(0.99);
        assertTrue(p >= 1_000_000 && p < 1_250_000);
        for (int i = 4; i < Histogram.bucketCount() - 1; i++) {
            assertTrue(Histogram.bucketLow(i) > 0, "bucket " + i + " overflows");
            assertTrue(Histogram.bucketLow(i + 1) > Histogram.bucketLow(i));
            assertEquals(i, Histogram.bucket(Histogram.bucketLow(i)));
        }
    }

    @Test
    void snapshotTotalsAreTheSumOfTheGroups() {
        Fixture f = new Fixture(Fixture.small());
        int g = f.m.createGroup(GroupConfig.of("g", 0, 3, 10, ExhaustionPolicy.SHRINK_WINDOW), 0);
        f.m.setRules(List.of(GroupRule.to(g).withLocalPorts(1, 1)));
        f.open(0, 1);
        f.open(1, 2);
        f.m.receive(0, 3000, RxFlags.PSH, 0);
        f.m.receive(1, 3000, RxFlags.PSH, 0);
        AccountingSnapshot s = f.m.snapshot(0);
        assertEquals(s.groups().get(0).bytesHeld() + s.groups().get(1).bytesHeld(), s.total().bytesHeld());
        assertEquals(6000, s.total().count(Counter.PLACED_BYTES));
        assertEquals(3000, s.groups().get(1).count(Counter.PLACED_BYTES));
        assertEquals(2, s.total().members());
        for (PoolStats p : s.pools()) {
            long held = s.groups().stream().filter(x -> f.m.group(x.group()).pool().index() == p.pool())
                    .mapToLong(GroupStats::buffersHeld).sum();
            assertEquals(p.held(), held, "pool " + p.pool());
        }
    }

    @Test
    void withAccountingOffNothingIsCountedButHoldingIsStillKnown() {
        Fixture f = new Fixture(Fixture.small().toBuilder().accountingEnabled(false).build());
        f.open(0, 80);
        f.m.receive(0, 3000, RxFlags.URG, 0);
        assertEquals(0, f.m.accounting().total(Counter.PLACED_BYTES));
        assertEquals(0, f.m.accounting().batches());
        assertEquals(3, f.m.group(0).held(), "one in use, the reserve of two replenished");
        assertEquals(1, f.deliveries.size());
    }

    @Test
    void theSamplerStaysBoundedAndEvenlySpaced() {
        Fixture f = new Fixture(Fixture.small());
        f.open(0, 80);
        AccountingSampler s = new AccountingSampler(1000, 8, true);
        for (long t = 0; t < 100_000; t += 100) {
            f.m.receive(0, 10, RxFlags.PSH, t);
            f.m.poll(t);
            s.sample(f.m, t);
        }
        assertTrue(s.samples().size() <= 8);
        assertEquals(16_000, s.interval(), "decimated four times");
        List<AccountingSnapshot> xs = s.samples();
        for (int i = 2; i < xs.size(); i++) {
            assertEquals(xs.get(i - 1).time() - xs.get(i - 2).time(), xs.get(i).time() - xs.get(i - 1).time());
        }
        String csv = s.toCsv();
        String[] lines = csv.split("\n");
        assertTrue(lines[0].startsWith("time_ns,group,name,state,members,buffers_held,bytes_held"));
        assertTrue(lines[0].endsWith(",cpu_picos"));
        assertEquals(1 + xs.size() * 2, lines.length, "a total row and one group row per sample");
        assertEquals(lines[0].split(",").length, lines[1].split(",").length);
    }

    @Test
    void theCostModelCrossoverIsWhereTheKernelDocumentationPutsIt() {
        long b = CpuCostModel.linuxDefaults().crossoverBytes();
        assertTrue(b > 8 * 1024 && b < 12 * 1024, "crossover " + b);
        CpuCostModel cheapCopy = new CpuCostModel(0.05, 80, 40, 1500, 4096);
        assertTrue(cheapCopy.crossoverBytes() > 4 * b, "cheaper copies push the crossover up");
    }

    @Test
    void csvFieldsAreQuotedWhenNeeded() {
        assertEquals("plain", Csv.field("plain"));
        assertEquals("\"a,b\"", Csv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
    }
}
