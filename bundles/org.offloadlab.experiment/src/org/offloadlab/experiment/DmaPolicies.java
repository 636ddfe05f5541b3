package org.offloadlab.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.offloadlab.dma.AccountingSnapshot;
import org.offloadlab.dma.AddressPrefix;
import org.offloadlab.dma.BufferGroup;
import org.offloadlab.dma.ConnectionAttributes;
import org.offloadlab.dma.Counter;
import org.offloadlab.dma.DmaConfig;
import org.offloadlab.dma.DmaManager;
import org.offloadlab.dma.ExhaustionPolicy;
import org.offloadlab.dma.GroupConfig;
import org.offloadlab.dma.GroupRule;
import org.offloadlab.dma.GroupStats;
import org.offloadlab.dma.PoolSpec;
import org.offloadlab.model.AdapterCapabilities;
import org.offloadlab.model.AdapterPolicies;
import org.offloadlab.model.BufferGroupPolicy;
import org.offloadlab.model.BufferGroupResult;
import org.offloadlab.model.BufferGroupRule;
import org.offloadlab.model.DoubleArray;
import org.offloadlab.model.LongArray;
import org.offloadlab.model.OffloadFactory;
import org.offloadlab.model.Results;
import org.offloadlab.model.Series;
import org.offloadlab.nic.DmaDataPath;
import org.offloadlab.nic.NicConfig;
import org.offloadlab.nic.OffloadAdapter;
import org.offloadlab.sim.Simulator;

/**
 * Applies an experiment's DMA policies to the adapters it builds (DMA.md "Through the adapter"): buffer groups one per
 * connection or selected by the rule list (first match wins, else the default group), delayed DMA batched by count and
 * {@code dmaBatchMicros}, expedited transfer of urgent data, and the zero-copy send threshold.
 */
final class DmaPolicies {

    /** Posted 2 KiB buffers of a connection's own group: one 8 KiB receive ring, as in DMA experiment 1. */
    static final int PER_CONNECTION_RESERVE = 4;
    static final int PER_CONNECTION_QUOTA = 512;
    /** Posted buffers of a shared group (the default group and every rule group). */
    static final int SHARED_RESERVE = 256;
    /** Completions per delayed-DMA batch (the count bound; {@code dmaBatchMicros} is the time bound). */
    static final int DELAYED_BATCH = 16;
    private static final int BUFFER_BYTES = 2048;

    private final DmaConfig config;
    private final boolean perConnection;
    private final List<GroupSpec> groups;
    private final List<RuleSpec> rules;
    /** Occupancy series, sampled once per slice: total, then per shared group (per-connection: total only). */
    private long[] times = new long[64];
    private double[][] held = new double[1][64];
    /**
     * Per sample, the bytes of buffers holding received data the host has not returned yet (held − posted): what
     * traffic moves, while {@link #held} is mostly the posted pool, flat when a group keeps its buffers posted.
     */
    private double[][] inUse = new double[1][64];
    private int samples;
    private long lastSample = Long.MIN_VALUE;
    private long[] groupPeakBuffers = new long[1];
    private long[] groupPeakBytes = new long[1];
    /** Connections that were members during the run: all, then per shared group. */
    private final int[] members;

    private record GroupSpec(String name, int quota) {
    }

    private record RuleSpec(String group, int portMin, int portMax, AddressPrefix remote, int application,
            int trafficClass) {
    }

    private DmaPolicies(DmaConfig config, boolean perConnection, List<GroupSpec> groups, List<RuleSpec> rules) {
        this.config = config;
        this.perConnection = perConnection;
        this.groups = groups;
        this.rules = rules;
        this.members = new int[perConnection ? 1 : groups.size() + 2];
    }

    /** The policies of {@code p} for an adapter with {@code tableCapacity} slots; bad rules are named. */
    static DmaPolicies of(AdapterPolicies p, AdapterCapabilities caps, int tableCapacity, int connections)
            throws ExperimentException {
        boolean perConnection = p.getBufferGroups() == BufferGroupPolicy.PER_CONNECTION;
        List<GroupSpec> groups = new ArrayList<>();
        List<RuleSpec> rules = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        if (!perConnection) {
            for (int i = 0; i < p.getBufferGroupRules().size(); i++) {
                BufferGroupRule r = p.getBufferGroupRules().get(i);
                String where = "buffer group rule " + (i + 1) + " (" + r.getAttribute() + " = '" + r.getValue()
                        + "' → '" + r.getGroup() + "')";
                if (r.getGroup() == null || r.getGroup().isBlank()) {
                    throw new ExperimentException(where + ": names no group");
                }
                if (r.getBuffers() < 1) {
                    throw new ExperimentException(where + ": buffers must be >= 1, got " + r.getBuffers());
                }
                if (seen.putIfAbsent(r.getGroup(), groups.size()) == null) {
                    groups.add(new GroupSpec(r.getGroup(), r.getBuffers()));
                }
                rules.add(rule(r, where));
            }
        }
        // every connection may own a ring; shared groups their reserve and quota; plus headroom
        int slots = Math.max(16, Math.min(tableCapacity, Math.max(connections, 16)) + 1024);
        long buffers = (long) slots * (perConnection ? PER_CONNECTION_RESERVE + 4 : 2) + 4L * SHARED_RESERVE;
        for (GroupSpec g : groups) {
            buffers += g.quota() + SHARED_RESERVE;
        }
        int poolSize = (int) Math.min(1 << 23, Math.max(16_384, buffers));
        boolean delayed = p.isDelayedDma();
        boolean zeroCopy = caps == null || caps.isZeroCopy();
        DmaConfig config = DmaConfig.defaults().toBuilder().maxConnections(slots)
                .maxChunks(Math.max(1 << 16, poolSize * 2))
                .pools(List.of(new PoolSpec(BUFFER_BYTES, poolSize), new PoolSpec(16_384, 1024),
                        new PoolSpec(65_536, 256)))
                .defaultGroup(GroupConfig.of("default", 0, perConnection ? 0 : SHARED_RESERVE, poolSize,
                        ExhaustionPolicy.SHRINK_WINDOW))
                .batchSize(delayed ? DELAYED_BATCH : 1)
                .maxBatchDelayNanos(delayed ? Math.max(0, p.getDmaBatchMicros()) * 1_000L : 0)
                .expeditedEnabled(p.isExpediteUrgent())
                .zeroCopySendThreshold(zeroCopy ? Math.max(0, p.getZeroCopyThresholdBytes()) : Integer.MAX_VALUE)
                .build();
        return new DmaPolicies(config, perConnection, groups, rules);
    }

    private static RuleSpec rule(BufferGroupRule r, String where) throws ExperimentException {
        String v = r.getValue() == null ? "" : r.getValue().trim();
        try {
            return switch (r.getAttribute()) {
                case LOCAL_PORT -> {
                    int dash = v.indexOf('-');
                    int lo = Integer.parseInt(dash < 0 ? v : v.substring(0, dash).trim());
                    int hi = dash < 0 ? lo : Integer.parseInt(v.substring(dash + 1).trim());
                    yield new RuleSpec(r.getGroup(), lo, hi, null, GroupRule.ANY, GroupRule.ANY);
                }
                case REMOTE_PREFIX -> new RuleSpec(r.getGroup(), GroupRule.ANY, GroupRule.ANY,
                        AddressPrefix.parse(v), GroupRule.ANY, GroupRule.ANY);
                case APPLICATION -> new RuleSpec(r.getGroup(), GroupRule.ANY, GroupRule.ANY, null,
                        Integer.parseInt(v), GroupRule.ANY);
                case TRAFFIC_CLASS -> new RuleSpec(r.getGroup(), GroupRule.ANY, GroupRule.ANY, null, GroupRule.ANY,
                        Integer.parseInt(v));
            };
        } catch (IllegalArgumentException e) {
            throw new ExperimentException(where + ": " + e.getMessage(), e);
        }
    }

    /** An adapter whose data path follows these policies. */
    OffloadAdapter newAdapter(Simulator sim, NicConfig nicConfig, int address) {
        OffloadAdapter nic = new OffloadAdapter(sim, nicConfig, address, config);
        DmaDataPath path = nic.dmaPath();
        DmaManager m = path.manager();
        if (perConnection) {
            DmaDataPath.GroupChooser groupPerConnection = DmaDataPath.perConnection(0, PER_CONNECTION_RESERVE,
                    PER_CONNECTION_QUOTA, ExhaustionPolicy.SHRINK_WINDOW);
            path.setGroupChooser(new DmaDataPath.GroupChooser() {
                @Override
                public int opened(DmaManager manager, int conn, ConnectionAttributes a, long now) {
                    members[0]++;
                    return groupPerConnection.opened(manager, conn, a, now);
                }

                @Override
                public void closed(DmaManager manager, int conn, int group, long now) {
                    groupPerConnection.closed(manager, conn, group, now);
                }
            });
            return nic;
        }
        path.setGroupChooser((manager, conn, a, now) -> {
            int g = manager.groupOf(conn); // the rules chose it in open
            if (g + 1 < members.length) {
                members[g + 1]++;
            }
            members[0]++;
            return -1;
        });
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (GroupSpec g : groups) {
            ids.put(g.name(), m.createGroup(GroupConfig.of(g.name(), 0, Math.min(SHARED_RESERVE, g.quota()),
                    g.quota(), ExhaustionPolicy.BORROW_DEFAULT), sim.now()));
        }
        List<GroupRule> list = new ArrayList<>();
        for (RuleSpec r : rules) {
            GroupRule rule = GroupRule.to(ids.get(r.group()));
            if (r.portMin() != GroupRule.ANY) {
                rule = rule.withLocalPorts(r.portMin(), r.portMax());
            }
            if (r.remote() != null) {
                rule = rule.withRemote(r.remote());
            }
            if (r.application() != GroupRule.ANY) {
                rule = rule.withApplication(r.application());
            }
            if (r.trafficClass() != GroupRule.ANY) {
                rule = rule.withTrafficClass(r.trafficClass());
            }
            list.add(rule);
        }
        m.setRules(list);
        return nic;
    }

    /**
     * The most host memory the adapters' buffer groups held (posted + in use), exact: each adapter's own peak, tracked
     * after every DMA operation, summed over the adapters (a substitute starts after the primary failed).
     */
    long peakBytesHeld(OffloadAdapter... adapters) {
        long held = 0;
        for (OffloadAdapter a : adapters) {
            if (a != null && a.dmaPath() != null) {
                held += a.dmaPath().peakBytesHeld();
            }
        }
        return held;
    }

    /**
     * Samples the groups' occupancy at {@code now} (once per instant) and returns the bytes the adapters' groups hold.
     * Shared groups are sampled one by one (their count is the rule list's); one group per connection only in total.
     */
    long slice(long now, OffloadAdapter... adapters) {
        long total = 0;
        int n = perConnection ? 1 : groups.size() + 2;
        if (held.length < n) {
            held = Arrays.copyOf(held, n);
            inUse = Arrays.copyOf(inUse, n);
            for (int i = 0; i < n; i++) {
                if (held[i] == null) {
                    held[i] = new double[times.length];
                }
                if (inUse[i] == null) {
                    inUse[i] = new double[times.length];
                }
            }
            groupPeakBuffers = Arrays.copyOf(groupPeakBuffers, n);
            groupPeakBytes = Arrays.copyOf(groupPeakBytes, n);
        }
        double[] row = new double[n];
        double[] busy = new double[n];
        long totalBuffers = 0;
        for (OffloadAdapter a : adapters) {
            if (a == null || a.dmaPath() == null) {
                continue;
            }
            DmaManager m = a.dmaPath().manager();
            for (int g = 0; g < m.groupCount(); g++) {
                BufferGroup b = m.group(g);
                total += b.bytesHeld();
                totalBuffers += b.held();
                long used = (long) (b.held() - b.posted()) * b.pool().bufferSize();
                busy[0] += used;
                if (!perConnection && g + 1 < n) {
                    row[g + 1] += b.bytesHeld();
                    busy[g + 1] += used;
                    groupPeakBuffers[g + 1] = Math.max(groupPeakBuffers[g + 1], b.held());
                    groupPeakBytes[g + 1] = Math.max(groupPeakBytes[g + 1], b.bytesHeld());
                }
            }
        }
        row[0] = total;
        groupPeakBuffers[0] = Math.max(groupPeakBuffers[0], totalBuffers);
        groupPeakBytes[0] = Math.max(groupPeakBytes[0], total);
        if (now != lastSample) {
            lastSample = now;
            if (samples == times.length) {
                times = Arrays.copyOf(times, samples * 2);
                for (int i = 0; i < held.length; i++) {
                    held[i] = Arrays.copyOf(held[i], samples * 2);
                    inUse[i] = Arrays.copyOf(inUse[i], samples * 2);
                }
            }
            times[samples] = now;
            for (int i = 0; i < n; i++) {
                held[i][samples] = row[i];
                inUse[i][samples] = busy[i];
            }
            samples++;
        }
        return total;
    }

    /**
     * Adds the occupancy series ({@code dma_bytes_held[/group]}: host memory the groups hold, posted or in use;
     * {@code dma_bytes_in_use[/group]}: buffers filled with data the host has not returned; kind {@code buffer-group})
     * and one {@link BufferGroupResult} per shared group — or one for all per-connection groups — to {@code results}.
     * Peaks of single groups are sampled per slice; the total's exact peak is {@link #peakBytesHeld}.
     */
    void fill(Results results, long now, OffloadAdapter... adapters) {
        OffloadFactory f = OffloadFactory.eINSTANCE;
        List<String> names = new ArrayList<>();
        names.add(perConnection ? "per-connection" : "all");
        if (!perConnection) {
            names.add("default");
            for (GroupSpec g : groups) {
                names.add(g.name());
            }
        }
        for (String what : List.of("held", "in_use")) {
            double[][] values = what.equals("held") ? held : inUse;
            for (int i = 0; i < names.size() && i < values.length; i++) {
                Series series = f.createSeries();
                series.setName("dma_bytes_" + what + (i == 0 ? "" : "/" + names.get(i)));
                series.setUnit("bytes");
                series.setKind("buffer-group"); // the kind docs/RESULTS.md names (report, workbench)
                series.setTimesNanos(LongArray.of(times, samples));
                series.setValues(DoubleArray.of(values[i], samples));
                results.getSeries().add(series);
            }
        }
        // fill ratio of handed-over buffers from the accounting, per group id (summed over adapters)
        long[] capacity = new long[names.size() + 1];
        long[] fill = new long[names.size() + 1];
        for (OffloadAdapter a : adapters) {
            if (a == null || a.dmaPath() == null) {
                continue;
            }
            AccountingSnapshot snap = a.dmaPath().manager().snapshot(now);
            for (GroupStats g : snap.groups()) {
                int i = perConnection ? 0 : Math.min(g.group() + 1, names.size() - 1);
                capacity[i] += g.count(Counter.CLOSED_CAPACITY);
                fill[i] += g.count(Counter.CLOSED_FILL);
                if (i != 0) {
                    capacity[0] += g.count(Counter.CLOSED_CAPACITY);
                    fill[0] += g.count(Counter.CLOSED_FILL);
                }
            }
        }
        for (int i = perConnection ? 0 : 1; i < names.size(); i++) {
            BufferGroupResult r = f.createBufferGroupResult();
            r.setName(names.get(i));
            r.setRules(describeRules(names.get(i)));
            r.setMembers(members[i]); // connections that were members at some time
            r.setBuffersHeldPeak(groupPeakBuffers[i]);
            r.setBytesHeldPeak(perConnection ? peakBytesHeld(adapters) : groupPeakBytes[i]);
            r.setFillRatio(capacity[i] == 0 ? 0.0 : (double) fill[i] / capacity[i]);
            results.getBufferGroups().add(r);
        }
    }

    private String describeRules(String group) {
        if (perConnection) {
            return "one group per connection (" + PER_CONNECTION_RESERVE + " × " + BUFFER_BYTES + " B posted)";
        }
        if (group.equals("default")) {
            return "connections no rule matches";
        }
        StringBuilder b = new StringBuilder();
        for (RuleSpec r : rules) {
            if (!r.group().equals(group)) {
                continue;
            }
            if (b.length() > 0) {
                b.append(" or ");
            }
            if (r.portMin() != GroupRule.ANY) {
                b.append("local port ").append(r.portMin());
                if (r.portMax() != r.portMin()) {
                    b.append('-').append(r.portMax());
                }
            } else if (r.remote() != null) {
                b.append("remote ").append(r.remote());
            } else if (r.application() != GroupRule.ANY) {
                b.append("application ").append(r.application());
            } else {
                b.append("traffic class ").append(r.trafficClass());
            }
        }
        return b.toString();
    }

    /** DMA metrics of the run: peak bytes held, copies, transactions, batches, expedited, fallbacks, refusals. */
    void metrics(Map<String, Double> m, long now, OffloadAdapter... adapters) {
        long copies = 0;
        long dma = 0;
        long interrupts = 0;
        long expedited = 0;
        long refusals = 0;
        long fallbacks = 0;
        long zeroCopyTx = 0;
        long bufferedTx = 0;
        double latencySum = 0;
        long latencyCount = 0;
        int groupCount = 0;
        for (OffloadAdapter a : adapters) {
            if (a == null || a.dmaPath() == null) {
                continue;
            }
            AccountingSnapshot s = a.dmaPath().manager().snapshot(now);
            GroupStats t = s.total();
            copies += t.count(Counter.COPIES);
            dma += t.count(Counter.DMA_TRANSACTIONS);
            interrupts += t.count(Counter.INTERRUPTS);
            expedited += t.count(Counter.EXPEDITED);
            refusals += t.count(Counter.REFUSALS) + t.count(Counter.DROPS);
            fallbacks += t.count(Counter.ZERO_COPY_FALLBACKS);
            zeroCopyTx += t.count(Counter.TX_ZERO_COPY_BYTES);
            bufferedTx += t.count(Counter.TX_BUFFERED_BYTES);
            latencySum += t.latency().mean() * t.latency().count();
            latencyCount += t.latency().count();
            groupCount += s.groups().size();
        }
        m.put("dma_bytes_held_peak", (double) peakBytesHeld(adapters));
        m.put("dma_groups", (double) groupCount);
        m.put("dma_copies", (double) copies);
        m.put("dma_manager_transactions", (double) dma);
        m.put("dma_batches", (double) interrupts);
        m.put("dma_batching_latency_mean_ns", latencyCount == 0 ? 0.0 : Math.rint(latencySum / latencyCount));
        m.put("dma_expedited", (double) expedited);
        m.put("dma_refusals", (double) refusals);
        m.put("dma_zero_copy_fallbacks", (double) fallbacks);
        m.put("dma_tx_zero_copy_bytes", (double) zeroCopyTx);
        m.put("dma_tx_buffered_bytes", (double) bufferedTx);
    }
}
