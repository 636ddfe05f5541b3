package org.offloadlab.experiment;

import java.time.Instant;
import java.util.List;

import org.offloadlab.model.Results;

/**
 * What a run produced.
 *
 * @param results
 *            metrics, failover timelines, integrity verdict and provenance: a function of experiment and seed only
 * @param notes
 *            what the run could not do as described (deterministic too)
 * @param finished
 *            the workload ran to completion before the experiment's duration ended
 * @param cancelled
 *            the user stopped the run; results cover the simulated time until then
 * @param started
 *            wall-clock start, for run_info only
 * @param wallClockMillis
 *            wall-clock duration, for run_info only
 */
public record RunResult(Results results, List<String> notes, boolean finished, boolean cancelled, Instant started,
        long wallClockMillis) {
}
