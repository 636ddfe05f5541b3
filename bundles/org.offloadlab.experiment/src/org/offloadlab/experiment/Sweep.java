package org.offloadlab.experiment;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.offloadlab.model.Experiment;
import org.offloadlab.model.Metric;
import org.offloadlab.model.Results;

/**
 * Runs one experiment once per combination of the values of one or more settings (the cross product), the runs in
 * parallel on {@code jobs} threads. Each run is independent and deterministic, so the rows do not depend on the number
 * of threads or their timing; they come in the order of the cross product, the first parameter varying slowest.
 */
public final class Sweep {

    /** Runs in one sweep at most: a typo such as 1..100000 values must not queue a day of work or exhaust memory. */
    public static final int MAX_RUNS = 10_000;

    /**
     * One swept setting and its values.
     *
     * @param name
     *            a {@link Settings#NAMES name}
     * @param values
     *            its values, in order
     */
    public record Param(String name, List<String> values) {

        /** Copies the values. */
        public Param {
            values = List.copyOf(values);
        }

        /**
         * Parses {@code NAME=V1,V2,…} as {@code sweep --param} takes it; checks the form, not the values.
         *
         * @throws ExperimentException
         *             saying what is wrong with {@code text}
         */
        public static Param parse(String text) throws ExperimentException {
            int eq = text.indexOf('=');
            if (eq <= 0 || eq == text.length() - 1) {
                throw new ExperimentException("bad --param '" + text + "': use NAME=V1,V2,... with NAME one of "
                        + String.join(", ", Settings.NAMES));
            }
            String name = text.substring(0, eq).trim();
            if (!Settings.NAMES.contains(name)) {
                throw new ExperimentException("bad --param '" + text + "': unknown setting '" + name
                        + "'; known settings are " + String.join(", ", Settings.NAMES));
            }
            List<String> values = new ArrayList<>();
            for (String v : text.substring(eq + 1).split(",", -1)) {
                String t = v.trim();
                if (t.isEmpty()) {
                    throw new ExperimentException(
                            "bad --param '" + text + "': value " + (values.size() + 1) + " is empty");
                }
                if (values.contains(t)) {
                    throw new ExperimentException("bad --param '" + text + "': value '" + t + "' is given twice");
                }
                values.add(t);
            }
            return new Param(name, values);
        }
    }

    /**
     * One run of the sweep.
     *
     * @param values
     *            the value of each parameter, in the order of the parameters
     * @param result
     *            what the run produced
     */
    public record Row(List<String> values, RunResult result) {

        /** Copies the values. */
        public Row {
            values = List.copyOf(values);
        }

        /** The values joined with commas (the one value of a one-parameter sweep). */
        public String value() {
            return String.join(",", values);
        }

        /** {@code name=value} for each parameter, joined with commas: the run's name in tables and directories. */
        public String label(List<Param> params) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                b.append(i == 0 ? "" : ",").append(params.get(i).name()).append('=').append(values.get(i));
            }
            return b.toString();
        }
    }

    /**
     * A finished sweep.
     *
     * @param params
     *            the swept settings
     * @param rows
     *            one per combination, in cross-product order
     * @param jobs
     *            the parallel runs used
     * @param wallClockMillis
     *            wall-clock time of the whole sweep (compare with the sum of the runs' times)
     */
    public record Outcome(List<Param> params, List<Row> rows, int jobs, long wallClockMillis) {

        /** Copies the lists. */
        public Outcome {
            params = List.copyOf(params);
            rows = List.copyOf(rows);
        }

        /** The sum of the runs' own wall-clock times. */
        public long sumOfRunMillis() {
            long sum = 0;
            for (Row r : rows) {
                sum += r.result().wallClockMillis();
            }
            return sum;
        }
    }

    private Sweep() {
    }

    /** One setting's values: {@link #run(Experiment, List, ExperimentRunner.Options, int, ProgressMonitor)}. */
    public static List<Row> run(Experiment experiment, String name, List<String> values,
            ExperimentRunner.Options options, int jobs, ProgressMonitor monitor) throws ExperimentException {
        if (values.isEmpty()) {
            throw new ExperimentException("sweep over " + name + ": no values");
        }
        return run(experiment, List.of(new Param(name, values)), options, jobs, monitor).rows();
    }

    /**
     * Runs {@code experiment} for every combination of the parameters' values. Every variant is built before any run
     * starts, so a bad value fails at once, naming the parameter and the value.
     */
    public static Outcome run(Experiment experiment, List<Param> params, ExperimentRunner.Options options, int jobs,
            ProgressMonitor monitor) throws ExperimentException {
        List<List<String>> combinations = combinations(params);
        List<Experiment> variants = new ArrayList<>();
        for (List<String> combination : combinations) {
            List<String> assignments = new ArrayList<>();
            for (int i = 0; i < params.size(); i++) {
                assignments.add(params.get(i).name() + "=" + combination.get(i));
            }
            variants.add(Settings.apply(experiment, assignments));
        }
        Clock clock = options.clock();
        long start = clock.millis();
        int threads = Math.max(1, Math.min(jobs, variants.size()));
        monitor.begin("Sweeping " + String.join(" × ", params.stream().map(Param::name).toList()), variants.size());
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
        ExecutorService pool = Executors.newFixedThreadPool(threads);
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
                rows.add(new Row(combinations.get(i), futures.get(i).get()));
            }
            return new Outcome(params, rows, threads, clock.millis() - start);
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

    /** The cross product of the parameters' values, the first parameter varying slowest. */
    static List<List<String>> combinations(List<Param> params) throws ExperimentException {
        if (params.isEmpty()) {
            throw new ExperimentException("a sweep needs at least one --param NAME=V1,V2,...");
        }
        Set<String> names = new HashSet<>();
        long total = 1;
        for (Param p : params) {
            if (!names.add(p.name())) {
                throw new ExperimentException("--param " + p.name() + " is given twice; list all its values in one");
            }
            if (p.values().isEmpty()) {
                throw new ExperimentException("sweep over " + p.name() + ": no values");
            }
            total *= p.values().size();
            if (total > MAX_RUNS) {
                throw new ExperimentException("the sweep would make more than " + MAX_RUNS + " runs");
            }
        }
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (Param p : params) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String v : p.values()) {
                    List<String> c = new ArrayList<>(prefix);
                    c.add(v);
                    next.add(c);
                }
            }
            out = next;
        }
        return out;
    }

    /** One-parameter form of {@link #writeCsv(List, List, Writer)}. */
    public static void writeCsv(String name, List<Row> rows, Writer out) throws IOException {
        writeCsv(List.of(new Param(name, List.of())), rows, out);
    }

    /**
     * The comparison table: one line per run with each parameter's value, integrity, completion, then every metric
     * (columns of the first run). Deterministic: no wall-clock column.
     */
    public static void writeCsv(List<Param> params, List<Row> rows, Writer out) throws IOException {
        Results first = rows.get(0).result().results();
        StringBuilder b = new StringBuilder();
        for (Param p : params) {
            b.append(p.name()).append(',');
        }
        b.append("integrity_ok,completed");
        for (Metric m : first.getMetrics()) {
            b.append(',').append(m.getName());
        }
        b.append('\n');
        for (Row row : rows) {
            Results r = row.result().results();
            for (String v : row.values()) {
                b.append(v).append(',');
            }
            b.append(r.getIntegrity().isOk()).append(',').append(row.result().finished());
            for (Metric m : r.getMetrics()) {
                b.append(',').append(ResultsWriter.number(m.getValue()));
            }
            b.append('\n');
        }
        out.write(b.toString());
    }

    /**
     * The comparison as JSON (schema {@code offloadlab-sweep/1}, docs/RESULTS.md): the parameters, one entry per run
     * with its settings, integrity, completion and metrics, then {@code run_info} with the wall-clock facts.
     */
    public static void writeJson(Outcome outcome, Writer out) throws IOException {
        StringBuilder b = new StringBuilder("{\n  \"schema\": \"offloadlab-sweep/1\",\n");
        Results first = outcome.rows().get(0).result().results();
        b.append("  \"experiment\": ").append(ResultsWriter.string(first.getExperiment())).append(",\n");
        b.append("  \"params\": [");
        for (int i = 0; i < outcome.params().size(); i++) {
            Param p = outcome.params().get(i);
            b.append(i == 0 ? "" : ", ").append("{\"name\": ").append(ResultsWriter.string(p.name()))
                    .append(", \"values\": [");
            for (int j = 0; j < p.values().size(); j++) {
                b.append(j == 0 ? "" : ", ").append(ResultsWriter.string(p.values().get(j)));
            }
            b.append("]}");
        }
        b.append("],\n  \"runs\": [");
        for (int i = 0; i < outcome.rows().size(); i++) {
            Row row = outcome.rows().get(i);
            Results r = row.result().results();
            b.append(i == 0 ? "\n" : ",\n").append("    {\"settings\": {");
            for (int j = 0; j < row.values().size(); j++) {
                b.append(j == 0 ? "" : ", ").append(ResultsWriter.string(outcome.params().get(j).name())).append(": ")
                        .append(ResultsWriter.string(row.values().get(j)));
            }
            b.append("}, \"seed\": ").append(r.getProvenance().getSeed()).append(", \"integrity_ok\": ")
                    .append(r.getIntegrity().isOk()).append(", \"completed\": ").append(row.result().finished())
                    .append(",\n      \"metrics\": {");
            List<Metric> metrics = r.getMetrics();
            for (int j = 0; j < metrics.size(); j++) {
                b.append(j == 0 ? "" : ", ").append(ResultsWriter.string(metrics.get(j).getName())).append(": ")
                        .append(ResultsWriter.number(metrics.get(j).getValue()));
            }
            b.append("}}");
        }
        b.append("\n  ],\n");
        long sum = outcome.sumOfRunMillis();
        // wall-clock facts only here, as in results.json
        b.append("  \"run_info\": {\"jobs\": ").append(outcome.jobs()).append(", \"wall_clock_ms\": ")
                .append(outcome.wallClockMillis()).append(", \"sum_of_run_wall_clock_ms\": ").append(sum)
                .append(", \"run_wall_clock_ms\": [");
        for (int i = 0; i < outcome.rows().size(); i++) {
            b.append(i == 0 ? "" : ", ").append(outcome.rows().get(i).result().wallClockMillis());
        }
        b.append("]}\n}\n");
        out.write(b.toString());
    }
}
