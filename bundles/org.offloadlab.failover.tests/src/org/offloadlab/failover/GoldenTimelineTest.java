package org.offloadlab.failover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.offloadlab.sim.LinkConfig;

/**
 * Recovery timelines of three fixed experiments, compared exactly with a committed file: any change in detection,
 * blocking, restore, resume or relearning shows up as a diff to review. Regenerate deliberately with
 * {@code -Dofflab.failover.updateGolden=true} and commit the file with the change that explains it.
 */
class GoldenTimelineTest {

    private static final long MS = 1_000_000L;

    static String render() {
        LinkConfig lossy = LinkConfig.builder().delayNanos(2 * MS).bandwidthBitsPerSecond(100_000_000L)
                .queuePackets(200).lossRate(0.01).build();
        StringBuilder b = new StringBuilder();
        b.append(FailoverExperiment.builder().seed(1).link(lossy).workload(WorkloadSpec.bulk(4, 2_000_000, 1_000_000))
                .fail(FailureSpec.atTime(FailureKind.CRASH, 150 * MS)).build().run().timelineText());
        b.append(FailoverExperiment.builder().seed(2).workload(WorkloadSpec.requestResponse(8, 20, 1_000, 20_000, MS))
                .fail(FailureSpec.atPacket(FailureKind.HANG, 2_000)).build().run().timelineText());
        b.append(FailoverExperiment.builder().seed(3).link(lossy).workload(WorkloadSpec.bulk(3, 1_000_000, 500_000))
                .fail(FailureSpec.randomTime(FailureKind.LINK_DOWN, 20 * MS, 120 * MS))
                .fail(FailureSpec.duringFailover(FailureKind.CRASH, 50_000)).build().run().timelineText());
        return b.toString();
    }

    @Test
    void timelinesMatchTheCommittedGoldenFile() throws IOException {
        Path file = Path.of(System.getProperty("offloadlab.root", "."))
                .resolve("bundles/org.offloadlab.failover.tests/golden/timelines.txt");
        String actual = render();
        if (Boolean.getBoolean("offlab.failover.updateGolden")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + file);
    }
}
