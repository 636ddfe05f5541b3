package org.offloadlab.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The results contract (docs/RESULTS.md) as a check, for every producer of a results.json ({@code run}, {@code sweep},
 * {@code replay}). The keys are written out here rather than taken from the writer, so a key the writer drops fails the
 * test instead of silently leaving the contract.
 */
public final class ResultsContract {

    /** Metrics every results.json has: a number, or {@code null} where the producer does not measure it. */
    public static final List<String> METRICS = List.of("connections_established", "host_adapter_interactions",
            "host_adapter_interactions_per_connection", "interrupts", "dma_transactions", "host_memory_bytes_peak",
            "bytes_delivered");

    /** Per failover: virtual seconds (phases) or seconds (blackouts); {@code null} = did not happen / not measured. */
    public static final List<String> FAILOVER_SECONDS = List.of("failed_at", "detected_at", "hard_state_recovered_at",
            "resumed_at", "soft_state_converged_at", "blackout_p50", "blackout_p99", "blackout_max");

    /** The integrity verdict's counts besides {@code ok}. */
    public static final List<String> INTEGRITY_COUNTS = List.of("connections", "bytes_lost", "bytes_duplicated",
            "bytes_reordered", "connections_reset");

    private ResultsContract() {
    }

    /**
     * Parses {@code json} (strictly: invalid JSON throws) and checks every mandatory key of the contract and its type.
     *
     * @return the parsed document, for further checks
     * @throws AssertionError
     *             listing every violation
     */
    public static Map<String, Object> check(String json) {
        Map<String, Object> doc = MiniJson.object(MiniJson.parse(json));
        List<String> wrong = new ArrayList<>();
        if (!(doc.get("experiment") instanceof String)) {
            wrong.add("experiment: a string expected, found " + doc.get("experiment"));
        }
        integer(doc, "seed", false, "", wrong);
        if (!(doc.get("version") instanceof String)) {
            wrong.add("version: a string expected, found " + doc.get("version"));
        }
        if (doc.get("metrics") instanceof Map<?, ?> m) {
            for (String key : METRICS) {
                if (!m.containsKey(key)) {
                    wrong.add("metrics." + key + " missing");
                } else if (m.get(key) != null && !(m.get(key) instanceof BigDecimal)) {
                    wrong.add("metrics." + key + ": a number or null expected, found " + m.get(key));
                }
            }
        } else {
            wrong.add("metrics: an object expected");
        }
        if (doc.get("failovers") instanceof List<?> failovers) {
            for (int i = 0; i < failovers.size(); i++) {
                failover(failovers.get(i), "failovers[" + i + "].", wrong);
            }
        } else {
            wrong.add("failovers: an array expected");
        }
        integrity(doc.get("integrity"), wrong);
        if (!(doc.get("run_info") instanceof Map)) {
            wrong.add("run_info: an object expected (the wall-clock facts)");
        }
        if (!wrong.isEmpty()) {
            throw new AssertionError("results.json breaks the results contract:\n  " + String.join("\n  ", wrong));
        }
        return doc;
    }

    /**
     * The document without its {@code run_info} line: what two runs of the same input must write byte for byte (the
     * writer puts the wall-clock facts on that one line).
     */
    public static String withoutRunInfo(String json) {
        StringBuilder b = new StringBuilder();
        json.lines().filter(line -> !line.stripLeading().startsWith("\"run_info\"")).forEach(l -> b.append(l)
                .append('\n'));
        return b.toString();
    }

    private static void failover(Object value, String where, List<String> wrong) {
        if (!(value instanceof Map<?, ?> f)) {
            wrong.add(where + ": an object expected");
            return;
        }
        if (!(f.get("adapter") instanceof String)) {
            wrong.add(where + "adapter: a string expected, found " + f.get("adapter"));
        }
        for (String key : FAILOVER_SECONDS) {
            if (!f.containsKey(key)) {
                wrong.add(where + key + " missing");
            } else if (f.get(key) != null
                    && !(f.get(key) instanceof BigDecimal s && s.signum() >= 0)) {
                wrong.add(where + key + ": seconds >= 0 or null expected, found " + f.get(key));
            }
        }
        integer(f, "bytes_retransmitted", false, where, wrong);
    }

    /** Either a full verdict or none at all ({@code null} everywhere): never a verdict with gaps. */
    private static void integrity(Object value, List<String> wrong) {
        if (!(value instanceof Map<?, ?> v)) {
            wrong.add("integrity: an object expected");
            return;
        }
        if (!v.containsKey("ok") || v.get("ok") != null && !(v.get("ok") instanceof Boolean)) {
            wrong.add("integrity.ok: true, false or null expected, found " + v.get("ok"));
        }
        boolean verdict = v.get("ok") != null;
        for (String key : INTEGRITY_COUNTS) {
            integer(v, key, true, "integrity.", wrong);
            if (verdict != (v.get(key) != null)) {
                wrong.add("integrity." + key + " is " + v.get(key) + " but ok is " + v.get("ok"));
            }
        }
    }

    private static void integer(Map<?, ?> map, String key, boolean nullable, String where, List<String> wrong) {
        if (!map.containsKey(key)) {
            wrong.add(where + key + " missing");
            return;
        }
        Object v = map.get(key);
        if (v == null && nullable) {
            return;
        }
        if (!(v instanceof BigDecimal n) || n.stripTrailingZeros().scale() > 0) {
            wrong.add(where + key + ": an integer expected, found " + v);
        } else if (n.signum() < 0 && !key.equals("seed")) {
            wrong.add(where + key + ": a count >= 0 expected, found " + v);
        }
    }
}
