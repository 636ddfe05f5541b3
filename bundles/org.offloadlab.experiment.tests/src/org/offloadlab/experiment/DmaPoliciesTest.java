package org.offloadlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.offloadlab.model.BufferGroupResult;
import org.offloadlab.model.BufferGroupRule;
import org.offloadlab.model.ConnectionAttribute;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.Metric;
import org.offloadlab.model.OffloadFactory;
import org.offloadlab.model.Series;

/** The experiment's DMA policies reach the adapter: groups, delayed DMA, expedited transfer, and real accounting. */
class DmaPoliciesTest {

    private static RunResult run(Experiment e) throws ExperimentException {
        return ExperimentRunner.run(e, ExperimentRunner.Options.defaults(), ProgressMonitor.NONE);
    }

    private static double metric(RunResult r, String name) {
        for (Metric m : r.results().getMetrics()) {
            if (m.getName().equals(name)) {
                return m.getValue();
            }
        }
        throw new AssertionError("no metric " + name);
    }

    private static Experiment buffers(String... settings) throws ExperimentException {
        return Settings.apply(Templates.create("buffers"), List.of(settings));
    }

    @Test
    void buffersTemplateRunsThroughTheAdapterAndSaysNothingIsUnapplied() throws Exception {
        RunResult r = run(buffers());
        assertTrue(r.finished(), r::toString);
        assertTrue(r.results().getIntegrity().isOk(), () -> r.results().getIntegrity().toString());
        assertTrue(r.notes().stream().noneMatch(n -> n.contains("not applied")), r.notes()::toString);
        assertTrue(metric(r, "dma_batches") > 0);
        assertTrue(metric(r, "dma_copies") > 0, "buffered receive data is copied out");
        assertEquals(2, (long) metric(r, "dma_groups"), "default + the 'web' group of the port-80 rule");
        List<String> groups = r.results().getBufferGroups().stream().map(g -> g.getName()).toList();
        assertEquals(List.of("default", "web"), groups);
        BufferGroupResult web = r.results().getBufferGroups().get(1);
        assertEquals("local port 80", web.getRules());
        assertEquals(8, web.getMembers());
        assertTrue(web.getBytesHeldPeak() > 0 && web.getFillRatio() > 0 && web.getFillRatio() <= 1, web::toString);
        Series total = r.results().getSeries().stream().filter(x -> x.getName().equals("dma_bytes_held"))
                .findFirst().orElseThrow();
        assertEquals("buffer-group", total.getKind());
        assertTrue(total.getValues().length() > 0);
        // the data in the buffers moves with the traffic (the held memory is mostly the posted pool): never more than
        // what is held, at some point non-zero, and not constant
        Series inUse = r.results().getSeries().stream().filter(x -> x.getName().equals("dma_bytes_in_use/web"))
                .findFirst().orElseThrow();
        Series heldWeb = r.results().getSeries().stream().filter(x -> x.getName().equals("dma_bytes_held/web"))
                .findFirst().orElseThrow();
        double max = 0;
        double min = Double.MAX_VALUE;
        for (int i = 0; i < inUse.getValues().length(); i++) {
            double v = inUse.getValues().get(i);
            assertTrue(v >= 0 && v <= heldWeb.getValues().get(i), "sample " + i + ": in use " + v + " of held "
                    + heldWeb.getValues().get(i));
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        assertTrue(max > 0 && max > min, "in use between " + min + " and " + max);
    }

    @Test
    void bufferGroupPolicyChangesHostMemoryFromRealAccounting() throws Exception {
        RunResult perConnection = run(buffers("buffer_groups=per-connection", "connections=256"));
        RunResult byAttribute = run(buffers("buffer_groups=by-attribute", "connections=256"));
        assertTrue(perConnection.results().getIntegrity().isOk());
        assertTrue(byAttribute.results().getIntegrity().isOk());
        double pc = metric(perConnection, "dma_bytes_held_peak");
        double ba = metric(byAttribute, "dma_bytes_held_peak");
        // per connection: 256 rings of 4 × 2 KiB posted at least; shared: the 'web' group's and the default's reserves
        assertTrue(pc >= 256 * DmaPolicies.PER_CONNECTION_RESERVE * 2048, () -> "per-connection " + pc);
        assertTrue(metric(perConnection, "dma_groups") >= 256);
        assertTrue(pc > ba, () -> pc + " vs " + ba + " groups " + metric(perConnection, "dma_groups") + " vs "
                + metric(byAttribute, "dma_groups"));
        assertTrue(metric(perConnection, "host_memory_bytes_peak") > metric(byAttribute, "host_memory_bytes_peak"));
        assertTrue(metric(perConnection, "host_memory_bytes_peak") >= pc);
    }

    @Test
    void delayedDmaBatchesCompletionsAndExpeditedBypassesTheDelay() throws Exception {
        Experiment delayed = buffers();
        delayed.getPolicies().setExpediteUrgent(false);
        Experiment immediate = buffers();
        immediate.getPolicies().setDelayedDma(false);
        RunResult d = run(delayed);
        RunResult i = run(immediate);
        assertTrue(metric(d, "dma_batches") < metric(i, "dma_batches"),
                () -> metric(d, "dma_batches") + " vs " + metric(i, "dma_batches"));
        assertTrue(metric(d, "dma_batching_latency_mean_ns") > 0);
        assertEquals(0, metric(i, "dma_batching_latency_mean_ns"));
        assertEquals(0, metric(d, "dma_expedited"));
    }

    @Test
    void aBadRuleIsNamed() throws Exception {
        Experiment e = buffers();
        BufferGroupRule bad = OffloadFactory.eINSTANCE.createBufferGroupRule();
        bad.setAttribute(ConnectionAttribute.REMOTE_PREFIX);
        bad.setValue("10.0.0.0/99");
        bad.setGroup("lan");
        e.getPolicies().getBufferGroupRules().add(bad);
        ExperimentException x = assertThrows(ExperimentException.class, () -> run(e));
        assertTrue(x.getMessage().contains("rule 2") && x.getMessage().contains("10.0.0.0/99"), x.getMessage());
    }
}
