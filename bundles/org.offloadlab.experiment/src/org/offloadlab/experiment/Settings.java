package org.offloadlab.experiment;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.offloadlab.model.Adapter;
import org.offloadlab.model.AdapterPolicies;
import org.offloadlab.model.BufferGroupPolicy;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.FailureMode;
import org.offloadlab.model.FailurePlan;
import org.offloadlab.model.FailureTrigger;
import org.offloadlab.model.NotificationKind;
import org.offloadlab.model.OffloadFactory;
import org.offloadlab.model.RecoveryStrategy;

/**
 * {@code NAME=VALUE} overrides of an experiment ({@code offloadlab run --set}, sweeps). Applied to a copy: the loaded
 * experiment, and its file, stay as they were.
 */
public final class Settings {

    /** The names {@link #apply} knows, in the order help lists them. */
    public static final List<String> NAMES = List.of("seed", "notification", "connections", "fail_at", "recovery",
            "buffer_groups", "duration");

    private Settings() {
    }

    /** A copy of {@code experiment} with every {@code NAME=VALUE} of {@code assignments} applied in order. */
    public static Experiment apply(Experiment experiment, List<String> assignments) throws ExperimentException {
        Experiment copy = EcoreUtil.copy(experiment);
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new ExperimentException("bad setting '" + assignment + "': use NAME=VALUE, NAME one of "
                        + String.join(", ", NAMES));
            }
            set(copy, assignment.substring(0, eq).trim(), assignment.substring(eq + 1).trim());
        }
        return copy;
    }

    /** Sets one named value on {@code e}. */
    public static void set(Experiment e, String name, String value) throws ExperimentException {
        switch (name) {
            case "seed" -> e.setSeed(parseLong(name, value, 0, Long.MAX_VALUE));
            case "connections" -> {
                if (e.getWorkload() == null) {
                    throw new ExperimentException("connections: the experiment has no workload");
                }
                e.getWorkload().setConnections((int) parseLong(name, value, 1, 1_000_000));
            }
            case "duration" -> e.setDurationMillis(parseMillis(name, value));
            // "bulk" is the issue's name for bulk-count-or-time (whichever of count and time comes first)
            case "notification" -> policies(e).setNotification(literal(name, value, NotificationKind.VALUES,
                    value.equalsIgnoreCase("bulk")
                            ? NotificationKind.BULK_COUNT_OR_TIME
                            : NotificationKind.get(value.toLowerCase(Locale.ROOT))));
            case "buffer_groups" -> policies(e).setBufferGroups(literal(name, value, BufferGroupPolicy.VALUES,
                    BufferGroupPolicy.get(value.toLowerCase(Locale.ROOT))));
            case "recovery" -> e.setRecovery(literal(name, value, RecoveryStrategy.VALUES,
                    RecoveryStrategy.get(value.toLowerCase(Locale.ROOT))));
            case "fail_at" -> failAt(e, value);
            default -> throw new ExperimentException(
                    "unknown setting '" + name + "': known settings are " + String.join(", ", NAMES));
        }
    }

    private static void failAt(Experiment e, String value) throws ExperimentException {
        FailurePlan plan = e.getFailurePlan();
        if (plan == null) {
            plan = OffloadFactory.eINSTANCE.createFailurePlan();
            plan.setMode(FailureMode.CRASH);
            plan.setAdapter(firstPrimary(e));
            e.setFailurePlan(plan);
        }
        if (value.equalsIgnoreCase("random")) {
            plan.setTrigger(FailureTrigger.RANDOM);
        } else if (value.startsWith("#")) {
            plan.setTrigger(FailureTrigger.PACKET);
            plan.setAtPacket(parseLong("fail_at", value.substring(1), 1, Long.MAX_VALUE));
        } else {
            plan.setTrigger(FailureTrigger.TIME);
            plan.setAtMillis(parseMillis("fail_at", value));
        }
    }

    private static Adapter firstPrimary(Experiment e) throws ExperimentException {
        if (e.getTopology() != null) {
            for (Adapter a : e.getTopology().getAdapters()) {
                if (!a.isSubstitute()) {
                    return a;
                }
            }
        }
        throw new ExperimentException("fail_at: the topology has no (non-substitute) adapter to fail");
    }

    private static AdapterPolicies policies(Experiment e) {
        if (e.getPolicies() == null) {
            e.setPolicies(OffloadFactory.eINSTANCE.createAdapterPolicies());
        }
        return e.getPolicies();
    }

    private static <T> T literal(String name, String value, List<T> values, T parsed) throws ExperimentException {
        if (parsed == null) {
            throw new ExperimentException("bad value '" + value + "' for " + name + ": use one of " + values);
        }
        return parsed;
    }

    private static long parseLong(String name, String value, long min, long max) throws ExperimentException {
        try {
            long v = Long.parseLong(value);
            if (v < min || v > max) {
                throw new ExperimentException(
                        "bad value '" + value + "' for " + name + ": must be in [" + min + ", " + max + "]");
            }
            return v;
        } catch (NumberFormatException ex) {
            throw new ExperimentException("bad value '" + value + "' for " + name + ": not a whole number");
        }
    }

    /** {@code 1500ms}, {@code 1.5s} or {@code 1.5} (seconds). */
    static long parseMillis(String name, String value) throws ExperimentException {
        String v = value.toLowerCase(Locale.ROOT);
        double factor = 1000;
        if (v.endsWith("ms")) {
            factor = 1;
            v = v.substring(0, v.length() - 2);
        } else if (v.endsWith("s")) {
            v = v.substring(0, v.length() - 1);
        }
        try {
            double d = Double.parseDouble(v) * factor;
            if (!(d >= 0) || d > 1e12) {
                throw new NumberFormatException();
            }
            return Math.round(d);
        } catch (NumberFormatException ex) {
            throw new ExperimentException("bad value '" + value + "' for " + name
                    + ": use a time such as 1.5s or 1500ms" + (name.equals("fail_at") ? ", #PACKET or random" : ""));
        }
    }
}
