package org.offloadlab.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.offloadlab.model.Adapter;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.FailurePlan;
import org.offloadlab.model.FailureTrigger;
import org.offloadlab.model.RecoveryStrategy;
import org.offloadlab.model.TraceWorkload;
import org.offloadlab.model.Workload;

/**
 * What the experiment editor says about an experiment as a whole, beyond single fields: errors the runner would refuse
 * (the run button is disabled) and warnings about results that would likely disappoint. The wording follows the
 * runner's own messages so the editor and {@code offloadlab run} agree.
 */
public final class ExperimentChecks {

    /** One message; {@code error} blocks a run. */
    public record Message(boolean error, String text) {
        @Override
        public String toString() {
            return (error ? "Error: " : "Warning: ") + text;
        }
    }

    private ExperimentChecks() {
    }

    public static List<Message> check(Experiment e) {
        List<Message> out = new ArrayList<>();
        if (e.getName() == null || e.getName().isBlank()) {
            out.add(new Message(true, "the experiment needs a name"));
        }
        if (e.getDurationMillis() <= 0) {
            out.add(new Message(true, "duration must be > 0 ms"));
        }
        Workload w = e.getWorkload();
        if (w == null) {
            out.add(new Message(true, "the experiment has no workload"));
        } else {
            if (w.getConnections() < 1) {
                out.add(new Message(true, "the workload needs at least 1 connection"));
            }
            if (w.getPort() < 1 || w.getPort() > 65_535) {
                out.add(new Message(true, "the workload port must be in 1..65535"));
            }
            if (w instanceof TraceWorkload t && (t.getCapturePath() == null || t.getCapturePath().isBlank())) {
                out.add(new Message(true, "the trace workload names no capture file"));
            } else if (w instanceof TraceWorkload) {
                out.add(new Message(false, "trace-driven: the capture's own topology and an estimated link are "
                        + "used; link, policies and connection count below are ignored"));
            }
        }
        Adapter primary = null;
        boolean substitute = false;
        if (e.getTopology() == null || e.getTopology().getLinks().size() != 1) {
            out.add(new Message(true, "the topology needs exactly one link (adapter ↔ peer)"));
        } else {
            primary = e.getTopology().getLinks().get(0).getAdapter();
            for (Adapter a : e.getTopology().getAdapters()) {
                substitute |= a.isSubstitute();
            }
            if (primary != null && primary.getCapabilities() != null && w != null
                    && w.getConnections() > primary.getCapabilities().getTableCapacity()) {
                out.add(new Message(false, "the workload opens more connections than the adapter's table holds ("
                        + primary.getCapabilities().getTableCapacity() + "): expect refusals"));
            }
        }
        FailurePlan plan = e.getFailurePlan();
        if (plan != null) {
            if (plan.getAdapter() == null) {
                out.add(new Message(true, "the failure plan names no adapter"));
            } else if (primary != null && plan.getAdapter() != primary) {
                out.add(new Message(true, "only the adapter on the link ('" + primary.getName()
                        + "') can fail in this release"));
            }
            if (plan.getTrigger() == FailureTrigger.TIME && plan.getAtMillis() >= e.getDurationMillis()) {
                out.add(new Message(false, "the failure is planned at or after the end of the run"));
            }
            if (e.getRecovery() == RecoveryStrategy.HARD_STATE && !substitute) {
                out.add(new Message(false, "hard-state recovery needs a substitute adapter in the topology"));
            }
        }
        return out;
    }
}
