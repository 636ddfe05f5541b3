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
        Variant v = EstablishmentExperiment.standardVariants().stream().filter(x -> x.name().equals(variant))
                .findFirst().orElseThrow();
        return EstablishmentExperiment.runOne(v, rate, 2000, 1, HostCostModel.defaults());
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
    }
}
