package org.offloadlab.dma.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.offloadlab.dma.CpuCostModel;

/**
 * Runs the standard experiments, checks what they must show, writes their CSVs under this bundle's
 * {@code target/experiments/dma/} and compares them with the committed copies in {@code docs/experiments/dma/} (golden
 * files: after a deliberate model change, copy the new CSVs over and review the diff).
 */
class DmaExperimentsTest {

    private static List<ExperimentTable> tables;
    private static Path root;

    @BeforeAll
    static void run() throws IOException {
        root = Path.of(System.getProperty("offloadlab.root", "../.."));
        tables = DmaExperiments.standardRuns(1);
        Path out = root.resolve("bundles/org.offloadlab.dma.tests/target/experiments/dma");
        Files.createDirectories(out);
        for (ExperimentTable t : tables) {
            Files.writeString(out.resolve(t.name() + ".csv"), t.toCsv(), StandardCharsets.UTF_8);
        }
    }

    private static ExperimentTable table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void sharedGroupsHoldLessMemoryAtScaleAndGrowSlowerThanPerConnectionGroups() {
        ExperimentTable t = table("memory-vs-connections");
        int rows = t.rows().size();
        for (int i = 0; i + 1 < rows; i += 2) {
            assertEquals("per-connection", t.value(i, "policy"));
            assertEquals("by-traffic-class", t.value(i + 1, "policy"));
            assertEquals(0.0, t.number(i, "refused_bytes"), "no exhaustion in the memory experiment");
        }
        // per-connection groups cost the same per connection at every scale: linear growth
        double small = t.number(0, "mean_bytes_per_connection");
        double large = t.number(rows - 2, "mean_bytes_per_connection");
        assertTrue(Math.abs(large - small) / small < 0.05, small + " vs " + large);
        // shared groups amortise their reserve: at 100k connections they hold far less
        assertTrue(t.number(rows - 1, "mean_bytes_held") * 10 < t.number(rows - 2, "mean_bytes_held"));
        // and at 100 connections their fixed reserves cost more than the per-connection rings
        assertTrue(t.number(1, "mean_bytes_held") > t.number(0, "mean_bytes_held"));
    }

    @Test
    void largerBatchesCutInterruptsAndAddLatencyThatExpeditingRemovesForInteractiveTraffic() {
        ExperimentTable t = table("batching-vs-interrupts");
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < t.rows().size(); i += 2) {
            assertEquals("false", t.value(i, "expedited"));
            long interrupts = (long) t.number(i, "interrupts");
            assertTrue(interrupts <= previous, "interrupts must not grow with the batch size");
            previous = interrupts;
            if (t.number(i, "batch_size") >= 8) {
                assertTrue(t.number(i, "interactive_p99_latency_us") > 10 * t.number(i + 1,
                        "interactive_p99_latency_us") || t.number(i + 1, "interactive_p99_latency_us") == 0);
                assertTrue(t.number(i + 1, "interrupts") > t.number(i, "interrupts"), "expediting costs interrupts");
            }
        }
        assertTrue(t.number(0, "interrupts") > 10 * t.number(t.rows().size() - 2, "interrupts"));
    }

    @Test
    void zeroCopyPaysOffOnlyAboveTheCrossover() {
        ExperimentTable t = table("zerocopy-crossover");
        long crossover = CpuCostModel.linuxDefaults().crossoverBytes();
        for (int i = 0; i < t.rows().size(); i++) {
            double size = t.number(i, "message_bytes");
            String cheaper = t.value(i, "cheaper");
            assertEquals(size >= crossover ? "zero-copy" : "buffered", cheaper, "at " + size + " B");
            assertTrue(t.number(i, "auto_ns") <= Math.max(t.number(i, "buffered_ns"), t.number(i, "zero_copy_ns")));
        }
    }

    @Test
    void theCommittedCsvsAreWhatTheDriverProducesNow() throws IOException {
        for (ExperimentTable t : tables) {
            Path committed = root.resolve("docs/experiments/dma/" + t.name() + ".csv");
            assertTrue(Files.exists(committed), committed + " missing: copy it from target/experiments/dma/");
            assertEquals(Files.readString(committed, StandardCharsets.UTF_8), t.toCsv(), t.name()
                    + ".csv differs from what the driver produces: if the model changed on purpose, copy "
                    + "bundles/org.offloadlab.dma.tests/target/experiments/dma/*.csv to docs/experiments/dma/");
        }
    }

    @Test
    void sameSeedSameTables() {
        assertEquals(table("zerocopy-crossover").toCsv(),
                DmaExperiments.zeroCopyCrossover(1, DmaExperiments.STANDARD_MESSAGE_SIZES,
                        CpuCostModel.linuxDefaults()).toCsv());
        ExperimentTable again = DmaExperiments.batchingVsInterrupts(1, new int[]{16}, 200_000_000L);
        assertEquals(table("batching-vs-interrupts").rows().get(8), again.rows().get(0));
    }
}
