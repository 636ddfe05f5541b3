package org.offloadlab.ui.internal.export;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.offloadlab.experiment.RunResult;
import org.offloadlab.model.Results;
import org.offloadlab.model.io.ModelFileException;
import org.offloadlab.model.io.OffloadFiles;
import org.offloadlab.ui.internal.experiment.ExperimentSession;

/**
 * A run the export wizard can write: a run of the workbench's session or a results file.
 *
 * @param label
 *            how the wizard names it
 * @param run
 *            the results with what the workbench knows of the run
 */
public record ExportSource(String label, RunResult run) {

    /**
     * The workbench keeps a run's results, not the runner's wall-clock facts, and results.xmi does not store them
     * either: results.json and the report say so rather than pass placeholders off as facts.
     */
    public static final String NOTE_RUN_INFO = "exported from the workbench: the run's wall-clock run_info is not "
            + "kept with the results, so it holds placeholders (started 1970-01-01, 0 ms)";
    /** Added when the verdict does not tell whether the workload completed. */
    public static final String NOTE_COMPLETED = "exported from the workbench: whether the workload completed or the "
            + "run was cancelled is not kept with the results, so 'completed' and 'cancelled' read false";

    /**
     * Results kept without their run's facts, with the run's notes where known. An OK integrity verdict requires the
     * workload to have finished (docs/RESULTS.md, {@code integrity.ok}), so such a run is known to have completed.
     */
    public static ExportSource of(String label, Results results, List<String> notes) {
        boolean completed = results.getIntegrity() != null && results.getIntegrity().isOk();
        List<String> all = new ArrayList<>(notes);
        all.add(NOTE_RUN_INFO);
        if (!completed) {
            all.add(NOTE_COMPLETED);
        }
        return new ExportSource(label,
                new RunResult(results, List.copyOf(all), completed, false, Instant.EPOCH, 0));
    }

    /**
     * The session's finished runs and opened results files, newest first. A run of this session is exported with its
     * own facts (notes, completion, wall clock); an opened results file with the placeholders of
     * {@link #of(String, Results, List)}.
     */
    public static List<ExportSource> ofSession(ExperimentSession session) {
        List<ExperimentSession.NamedResults> history = session.history();
        List<ExportSource> sources = new ArrayList<>(history.size());
        for (int i = history.size() - 1; i >= 0; i--) {
            ExperimentSession.NamedResults r = history.get(i);
            sources.add(r.run() != null ? new ExportSource(r.label(), r.run()) : of(r.label(), r.results(), List.of()));
        }
        return sources;
    }

    /** The results in a {@code results.xmi} file ({@code offloadlab run --out}, {@code replay --out}). */
    public static ExportSource load(Path file) throws ModelFileException {
        return of(String.valueOf(file.getFileName()), OffloadFiles.loadResults(file), List.of());
    }
}
