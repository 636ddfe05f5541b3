package org.offloadlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offloadlab.experiment.ExperimentRunner;
import org.offloadlab.experiment.ProgressMonitor;
import org.offloadlab.experiment.Settings;
import org.offloadlab.experiment.Sweep;
import org.offloadlab.experiment.Templates;

/** Comparison charts of a two-parameter sweep. */
class SweepChartsTest {

    @TempDir
    Path dir;

    @Test
    void oneChartPerMetricOneLinePerOtherCombination() throws Exception {
        Sweep.Outcome o = Sweep.run(
                Settings.apply(Templates.create("establishment"), List.of("connections=40", "duration=200ms")),
                List.of(Sweep.Param.parse("notification=piecemeal,adaptive"), Sweep.Param.parse("seed=1,2")),
                ExperimentRunner.Options.defaults(), 2, ProgressMonitor.NONE);
        List<RunCharts.Chart> charts = SweepCharts.of(o);
        assertEquals(SweepCharts.METRICS.size(), charts.size());
        assertEquals("sweep-host_adapter_interactions_per_connection", charts.get(0).name());
        assertEquals(2, charts.get(0).chart().getXYPlot().getDataset().getSeriesCount(), "seed=1 and seed=2");
        assertEquals(2, charts.get(0).chart().getXYPlot().getDataset().getItemCount(0), "piecemeal and adaptive");
        SweepCharts.write(o, dir);
        assertTrue(Files.size(dir.resolve("sweep-interrupts.png")) > 1000);
        assertTrue(Files.readString(dir.resolve("sweep-interrupts.svg")).contains("<svg"));
    }
}
