package org.offloadlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Parameter sweeps: one row per value, independent of the number of threads. */
class SweepTest {

    private static String csv(int jobs) throws Exception {
        List<Sweep.Row> rows = Sweep.run(Templates.create("establishment"), "notification",
                List.of("piecemeal", "bulk-count-or-time", "adaptive"), ExperimentRunner.Options.defaults(), jobs,
                ProgressMonitor.NONE);
        assertEquals(3, rows.size());
        StringWriter w = new StringWriter();
        Sweep.writeCsv("notification", rows, w);
        return w.toString();
    }

    @Test
    void rowsDoNotDependOnParallelism() throws Exception {
        String serial = csv(1);
        assertEquals(serial, csv(3));
        String[] lines = serial.split("\n");
        assertEquals(4, lines.length);
        assertTrue(lines[0].startsWith("notification,integrity_ok,completed,connections_established"), lines[0]);
        assertTrue(lines[1].startsWith("piecemeal,true,true,500,"), lines[1]);
    }

    @Test
    void badValueFailsBeforeAnyRun() {
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> Sweep.run(Templates.create("establishment"), "notification", List.of("piecemeal", "never"),
                        ExperimentRunner.Options.defaults(), 2, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("never"), e.getMessage());
    }
}
