package org.offloadlab.experiment;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.offloadlab.model.Experiment;
import org.offloadlab.model.Metric;
import org.offloadlab.model.Results;

/**
 * Runs one experiment once per value of one setting, the runs in parallel on {@code jobs} threads. Each run is
 * independent and deterministic, so the rows do not depend on the number of threads or their timing.
 */
public final class Sweep {

    /** One run of the sweep: the value of the swept setting and its result. */
    public record Row(String value, RunResult result) {
    }

    private Sweep() {
    }

    /**
     * Runs {@code experiment} with {@code name=value} for every value; the variants are checked before any run starts,
     * so a bad value fails at once.
     */
    public static List<Row> run(Experiment experiment, String name, List<String> values,
            ExperimentRunner.Options options,
            int jobs, ProgressMonitor monitor) throws ExperimentException {
        if (values.isEmpty()) {
            throw new ExperimentException("sweep over " + name + ": no values");
        }
        List<Experiment> variants = new ArrayList<>();
        for (String v : values) {
            variants.add(Settings.apply(experiment, List.of(name + "=" + v)));
        }
        monitor.begin("Sweeping " + name, variants.size());
        AtomicInteger done = new AtomicInteger();
        ProgressMonitor perRun = new ProgressMonitor() {
            @Override
            public void begin(String task, long totalWork) {
            }

            @Override
            public void worked(long work) {
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, variants.size())));
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (Experiment variant : variants) {
                futures.add(pool.submit(() -> {
                    RunResult r = ExperimentRunner.run(variant, options, perRun);
                    synchronized (monitor) {
                        monitor.worked(done.incrementAndGet());
                    }
                    return r;
                }));
            }
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                rows.add(new Row(values.get(i), futures.get(i).get()));
            }
            return rows;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExperimentException("sweep interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ExperimentException ee) {
                throw ee;
            }
            throw new IllegalStateException("sweep run failed", cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One line per run: the swept value, integrity, then every metric (columns of the first run). */
    public static void writeCsv(String name, List<Row> rows, Writer out) throws IOException {
        Results first = rows.get(0).result().results();
        StringBuilder b = new StringBuilder(name).append(",integrity_ok,completed");
        for (Metric m : first.getMetrics()) {
            b.append(',').append(m.getName());
        }
        b.append('\n');
        for (Row row : rows) {
            Results r = row.result().results();
            b.append(row.value()).append(',').append(r.getIntegrity().isOk()).append(',')
                    .append(row.result().finished());
            for (Metric m : r.getMetrics()) {
                b.append(',').append(ResultsWriter.number(m.getValue()));
            }
            b.append('\n');
        }
        out.write(b.toString());
    }
}
