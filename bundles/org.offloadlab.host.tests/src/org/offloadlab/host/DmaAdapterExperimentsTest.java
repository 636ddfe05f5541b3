package org.offloadlab.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offloadlab.host.experiment.DmaAdapterExperiments;
import org.offloadlab.host.experiment.DmaAdapterExperiments.BatchRow;
import org.offloadlab.host.experiment.DmaAdapterExperiments.MemoryRow;

/**
 * DMA experiments 1 and 2 through the adapter with real TCP: what they must show, and the committed CSVs
 * (docs/experiments/dma/adapter-*.csv) are what the code produces.
 */
class DmaAdapterExperimentsTest {

    static final int[] CONNECTIONS = {100, 1_000, 10_000};
    static final int BATCH_CONNECTIONS = 400;
    static final int[] BATCHES = {1, 4, 16, 64};

    private static Path root() {
        return Path.of(System.getProperty("offloadlab.root", "."));
    }

    private static void compare(String name, String csv) throws IOException {
        Path out = root().resolve("bundles/org.offloadlab.host.tests/target/experiments/dma/" + name);
        Files.createDirectories(out.getParent());
        Files.writeString(out, csv);
        Path committed = root().resolve("docs/experiments/dma/" + name);
        assertEquals(Files.readString(committed), csv, "regenerate " + committed + " from " + out);
    }

    @Test
    void memoryVsConnections() throws IOException {
        List<MemoryRow> rows = DmaAdapterExperiments.memoryVsConnections(1, CONNECTIONS);
        for (MemoryRow r : rows) {
            assertTrue(r.intact(), r::toString);
        }
        MemoryRow perConnection = rows.get(rows.size() - 2);
        MemoryRow byPort = rows.get(rows.size() - 1);
        assertTrue(perConnection.meanBytesHeld() > 2 * byPort.meanBytesHeld(), rows::toString);
        assertTrue(perConnection.peakBytesHeld() >= (long) CONNECTIONS[2] / 2 * 4 * 2048, rows::toString);
        StringBuilder b = new StringBuilder();
        DmaAdapterExperiments.writeMemoryCsv(rows, b);
        compare("adapter-memory-vs-connections.csv", b.toString());
    }

    @Test
    void batching() throws IOException {
        List<BatchRow> rows = DmaAdapterExperiments.batching(1, BATCH_CONNECTIONS, BATCHES);
        for (BatchRow r : rows) {
            assertTrue(r.intact(), r::toString);
        }
        BatchRow first = rows.get(0);
        BatchRow last = rows.get(rows.size() - 2); // largest batch, not expedited
        BatchRow lastExpedited = rows.get(rows.size() - 1);
        assertTrue(last.dmaBatches() < first.dmaBatches() / 4, rows::toString);
        assertTrue(last.interactiveBatchLatencyUs() > first.interactiveBatchLatencyUs(), rows::toString);
        assertTrue(lastExpedited.interactiveBatchLatencyUs() < last.interactiveBatchLatencyUs(), rows::toString);
        assertTrue(lastExpedited.expeditedTransfers() > 0);
        StringBuilder b = new StringBuilder();
        DmaAdapterExperiments.writeBatchCsv(rows, b);
        compare("adapter-batching.csv", b.toString());
    }
}
