package org.offloadlab.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.offloadlab.analysis.CaptureAnalyzer;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.FailurePlan;
import org.offloadlab.model.FailureTrigger;
import org.offloadlab.model.RecoveryStrategy;
import org.offloadlab.model.Results;
import org.offloadlab.model.TraceWorkload;
import org.offloadlab.replay.FailurePoint;
import org.offloadlab.replay.ReplayOptions;
import org.offloadlab.replay.ReplaySource;
import org.offloadlab.replay.TraceResult;

/**
 * An experiment whose workload is a capture's application behaviour: run by the replay source's trace-driven mode
 * (docs/REPLAY.md) and reported in the same results model as every other run ({@link ReplayResults#trace}), so
 * {@code run}, {@code sweep}, the report and the workbench treat it like any experiment. The trace mode builds its own
 * topology (adapter + host, a peer, a link estimated from the capture), so the experiment's link, adapter policies and
 * connection count are not used; a failure plan becomes the trace mode's failure point.
 */
final class TraceExperiment {

    private TraceExperiment() {
    }

    static RunResult run(Experiment e, TraceWorkload w, ExperimentRunner.Options options, ProgressMonitor monitor,
            Instant started, long wallStart) throws ExperimentException {
        Path capture = capture(w);
        List<String> notes = new ArrayList<>();
        notes.add("trace-driven: topology and link come from the capture (replay trace mode); the experiment's link, "
                + "adapter policies and connection count are not used");
        ReplayOptions replay = ReplayOptions.monitor();
        FailurePlan plan = e.getFailurePlan();
        if (plan != null) {
            replay = replay.withFailAt(failurePoint(plan, e.getSeed()));
            if (e.getRecovery() != RecoveryStrategy.HARD_STATE) {
                notes.add("trace-driven runs recover with hard state onto a standby; recovery '"
                        + e.getRecovery().getLiteral() + "' is not applied");
            }
        }
        TraceResult r;
        try {
            r = ReplaySource.create(CaptureAnalyzer.create()).trace(capture, replay, null, e.getSeed(),
                    new org.offloadlab.analysis.ProgressMonitor() {
                        @Override
                        public void begin(String task, long totalWork) {
                            monitor.begin(task, totalWork);
                        }

                        @Override
                        public void worked(long done) {
                            monitor.worked(done);
                        }

                        @Override
                        public boolean isCancelled() {
                            return monitor.isCancelled();
                        }
                    });
        } catch (IOException ex) {
            throw new ExperimentException("cannot read capture " + capture + ": " + ex.getMessage(), ex);
        } catch (IllegalArgumentException | IllegalStateException ex) {
            throw new ExperimentException("trace-driven run of " + capture + ": " + ex.getMessage(), ex);
        }
        String checksum = options.captureChecksum();
        if (checksum == null) {
            try {
                checksum = ReplayResults.captureChecksum(capture);
            } catch (IOException ex) {
                throw new ExperimentException("cannot read capture " + capture + ": " + ex.getMessage(), ex);
            }
        }
        Results results = ReplayResults.trace(r, new ReplayResults.Source(options.version(), e.getSeed(), checksum));
        results.setExperiment(e.getName());
        boolean cancelled = monitor.isCancelled(); // a cancelled monitor stays cancelled
        return new RunResult(results, List.copyOf(notes), !cancelled, cancelled, started,
                options.clock().millis() - wallStart);
    }

    /**
     * The capture: an absolute path as given, a relative one against the working directory. The experiment's run is a
     * copy that no longer knows its file: callers that load one resolve against its folder first
     * ({@link ExperimentRunner#resolveCapture(Experiment, Path)}).
     */
    static Path capture(TraceWorkload w) throws ExperimentException {
        String name = w.getCapturePath();
        if (name == null || name.isBlank()) {
            throw new ExperimentException("trace workload: capturePath is empty");
        }
        Path path;
        try {
            path = Path.of(name).toAbsolutePath();
        } catch (InvalidPathException ex) {
            throw new ExperimentException("trace workload: capturePath '" + name + "' is not a path: "
                    + ex.getReason());
        }
        if (!Files.isRegularFile(path)) {
            throw new ExperimentException("trace workload: capture '" + name + "' not found (looked for " + path
                    + ")");
        }
        return path;
    }

    /** See {@link ExperimentRunner#resolveCapture(Experiment, Path)}. */
    static void resolveAgainst(Experiment e, Path experimentFile) {
        if (!(e.getWorkload() instanceof TraceWorkload w) || w.getCapturePath() == null || experimentFile == null) {
            return;
        }
        try {
            Path given = Path.of(w.getCapturePath());
            Path dir = experimentFile.toAbsolutePath().getParent();
            if (!given.isAbsolute() && dir != null && Files.isRegularFile(dir.resolve(given))) {
                w.setCapturePath(dir.resolve(given).normalize().toString());
            }
        } catch (InvalidPathException ex) {
            // reported with its reason when the run starts
        }
    }

    private static FailurePoint failurePoint(FailurePlan plan, long seed) throws ExperimentException {
        return switch (plan.getTrigger()) {
            case TIME -> FailurePoint.parse(String.format(Locale.ROOT, "%.6f", plan.getAtMillis() / 1000.0));
            // the same draw rule as synthetic runs: uniformly within the run, here as a share of the capture
            case RANDOM -> FailurePoint.parse(String.format(Locale.ROOT, "%.3f%%",
                    new java.util.SplittableRandom(seed).nextDouble() * 100.0));
            case PACKET -> throw new ExperimentException("failure plan: trigger " + FailureTrigger.PACKET.getLiteral()
                    + " is not available for a trace workload (a capture's packet numbers do not exist in its "
                    + "re-simulation); use a time or random trigger");
        };
    }
}
