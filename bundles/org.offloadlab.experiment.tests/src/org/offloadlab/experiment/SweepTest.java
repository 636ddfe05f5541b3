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

    @Test
    void severalParamsMakeTheCrossProductInOrder() throws Exception {
        Sweep.Outcome o = Sweep.run(
                Settings.apply(Templates.create("establishment"), List.of("connections=20", "duration=100ms")),
                List.of(Sweep.Param.parse("notification=piecemeal,bulk"), Sweep.Param.parse("seed=1,2,3")),
                ExperimentRunner.Options.defaults(), 2, ProgressMonitor.NONE);
        assertEquals(6, o.rows().size());
        List<String> labels = o.rows().stream().map(r -> r.label(o.params())).toList();
        assertEquals(List.of("notification=piecemeal,seed=1", "notification=piecemeal,seed=2",
                "notification=piecemeal,seed=3", "notification=bulk,seed=1", "notification=bulk,seed=2",
                "notification=bulk,seed=3"), labels);
        assertEquals(3, o.rows().get(2).result().results().getProvenance().getSeed());
        StringWriter csv = new StringWriter();
        Sweep.writeCsv(o.params(), o.rows(), csv);
        String[] lines = csv.toString().split("\n");
        assertEquals(7, lines.length);
        assertTrue(lines[0].startsWith("notification,seed,integrity_ok,completed,"), lines[0]);
        assertTrue(lines[4].startsWith("bulk,1,"), lines[4]);
        StringWriter json = new StringWriter();
        Sweep.writeJson(o, json);
        String j = json.toString();
        assertTrue(j.contains("\"params\": [{\"name\": \"notification\", \"values\": [\"piecemeal\", \"bulk\"]}"), j);
        assertTrue(j.contains("\"settings\": {\"notification\": \"bulk\", \"seed\": \"3\"}"), j);
        assertTrue(j.contains("\"sum_of_run_wall_clock_ms\": " + o.sumOfRunMillis()), j);
        assertTrue(o.jobs() == 2);
    }

    @Test
    void badParamsAreClearErrors() {
        for (String[] c : new String[][]{{"notification", "NAME=V1,V2"}, {"=1,2", "NAME=V1,V2"},
                {"speed=1,2", "unknown setting 'speed'"}, {"seed=1,,2", "value 2 is empty"},
                {"seed=1,1", "'1' is given twice"}, {"seed=", "NAME=V1,V2"}}) {
            ExperimentException e = assertThrows(ExperimentException.class, () -> Sweep.Param.parse(c[0]));
            assertTrue(e.getMessage().contains(c[1]), c[0] + ": " + e.getMessage());
        }
        ExperimentException twice = assertThrows(ExperimentException.class,
                () -> Sweep.combinations(List.of(new Sweep.Param("seed", List.of("1")),
                        new Sweep.Param("seed", List.of("2")))));
        assertTrue(twice.getMessage().contains("given twice"), twice.getMessage());
        List<String> many = java.util.stream.IntStream.range(0, 200).mapToObj(Integer::toString).toList();
        ExperimentException big = assertThrows(ExperimentException.class, () -> Sweep.combinations(
                List.of(new Sweep.Param("seed", many), new Sweep.Param("connections", many))));
        assertTrue(big.getMessage().contains("more than " + Sweep.MAX_RUNS), big.getMessage());
        ExperimentException bad = assertThrows(ExperimentException.class,
                () -> Sweep.run(Templates.create("establishment"),
                        List.of(Sweep.Param.parse("seed=1"), Sweep.Param.parse("connections=5,lots")),
                        ExperimentRunner.Options.defaults(), 1, ProgressMonitor.NONE));
        assertTrue(bad.getMessage().contains("lots") && bad.getMessage().contains("connections"), bad.getMessage());
    }
}
