package org.offloadlab.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offloadlab.host.experiment.EstablishmentExperiment;
import org.offloadlab.host.experiment.EstablishmentExperiment.Row;
import org.offloadlab.host.experiment.EstablishmentExperiment.Variant;

/** The establishment experiment at small scale: the shape the patent claims, and what the policies trade. */
class EstablishmentExperimentTest {

    private static Row run(String variant, double rate) {
        return run(variant, rate, HostCostModel.defaults());
    }

    private static Row run(String variant, double rate, HostCostModel cost) {
        Variant v = EstablishmentExperiment.standardVariants().stream().filter(x -> x.name().equals(variant))
                .findFirst().orElseThrow();
        return EstablishmentExperiment.runOne(v, rate, 2000, 1, cost);
    }

    @Test
    void cpuAsDelayAddsTheHandlersWorkToAnIdleHostsLatency() {
        Row charged = run("piecemeal", 1_000);
        Row delayed = run("piecemeal", 1_000, HostCostModel.defaults().withCpuDelay(true));
        // arrivals 1 ms apart: the core is idle, so each notification waits exactly for the interrupt entry (2,000 ns),
        // reading its completion (100 ns) and its record (250 ns); only arrivals closer than ~3 µs (P ≈ 0.3 %) queue
        double added = delayed.meanSetupMicros() - charged.meanSetupMicros();
        assertTrue(added >= 2.35 - 0.01 && added < 2.35 + 0.1, "added latency µs " + added);
        assertEquals(charged.hostCpuNanos(), delayed.hostCpuNanos(), 1.0, "the same work, only timed");
    }

    @Test
    void aBusyHostQueuesNotificationsAndAmortisesInterrupts() {
        HostCostModel delay = HostCostModel.defaults().withCpuDelay(true);
        Row charged = run("piecemeal", 1_000_000);
        Row delayed = run("piecemeal", 1_000_000, delay);
        // 2.65 µs of handler work per connection arriving every 1 µs: the core falls behind, the interrupt stays
        // disabled while the NAPI loop drains (as in Linux), so fewer interrupts per connection but longer waits
        assertTrue(delayed.interrupts() < charged.interrupts() / 2,
                delayed.interrupts() + " vs " + charged.interrupts());
        assertTrue(delayed.meanSetupMicros() > charged.meanSetupMicros() + 1,
                delayed.meanSetupMicros() + " vs " + charged.meanSetupMicros());
        assertEquals(2000, delayed.connections());
    }

    @Test
    void bulkNotificationSavesInteractionsAtHighRates() {
        Row piecemeal = run("piecemeal", 200_000);
        Row bulk = run("bulk-32-or-100us", 200_000);
        Row adaptive = run("adaptive", 200_000);
        assertEquals(2000, piecemeal.connections());
        assertEquals(2000, bulk.connections());
        // piecemeal: at least one completion per connection; the host keeps up, so nearly one interrupt each
        assertTrue(piecemeal.completions() >= 1.0);
        assertTrue(bulk.completions() < 0.1, "bulk completions/conn " + bulk.completions());
        assertTrue(bulk.interrupts() < 0.1);
        assertTrue(bulk.hostCpuNanos() < piecemeal.hostCpuNanos() / 3,
                bulk.hostCpuNanos() + " vs " + piecemeal.hostCpuNanos());
        assertTrue(adaptive.interrupts() < 0.2, "adaptive interrupts/conn " + adaptive.interrupts());
        assertTrue(adaptive.p99SetupMicros() < 500 + 100, "latency bound + bus: " + adaptive.p99SetupMicros());
    }

    @Test
    void atLowRatesBatchingOnlyAddsLatencyAndAdaptiveDoesNot() {
        Row piecemeal = run("piecemeal", 1_000);
        Row byTime = run("bulk-time-100us", 1_000);
        Row adaptive = run("adaptive", 1_000);
        // Poisson arrivals 1 ms apart on average: P(gap < 100 µs) ≈ 10 %, so batches are mostly of one
        assertTrue(byTime.interrupts() > 0.85 && byTime.interrupts() <= piecemeal.interrupts(),
                "mostly one connection per batch: " + byTime.interrupts());
        assertTrue(byTime.meanSetupMicros() > piecemeal.meanSetupMicros() + 90);
        assertTrue(adaptive.meanSetupMicros() < piecemeal.meanSetupMicros() + 10,
                adaptive.meanSetupMicros() + " vs " + piecemeal.meanSetupMicros());
    }

    @Test
    void csvHasOneLinePerRow() throws Exception {
        StringWriter w = new StringWriter();
        List<Row> rows = EstablishmentExperiment.run(EstablishmentExperiment.standardVariants().subList(0, 2),
                new double[]{10_000}, 200, 3, HostCostModel.defaults());
        EstablishmentExperiment.writeCsv(rows, w);
        String[] lines = w.toString().split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[1].startsWith("piecemeal,10000,200,"), lines[1]);
        assertTrue(lines[1].endsWith(",charged"), lines[1]);
    }
}
