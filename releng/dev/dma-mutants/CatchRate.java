import java.util.List;

import net.jqwik.api.sessions.JqwikSession;

import org.offloadlab.dma.WorkloadArbitraries;
import org.offloadlab.dma.WorkloadArbitraries.Scenario;

/**
 * Runs the workloads of InvariantPropertiesTest's generator (a seeded sample without edge cases or shrinking, so every
 * workload runs independently) against whatever DMA sources are on the class path and prints how many of them fail:
 * against a planted bug, the catch rate. Used by dma-mutants.sh. Arguments: sample seed, number of workloads.
 */
public class CatchRate {
    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 20261124L;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        // jqwik's generators need a session (its memoization store) outside a property
        JqwikSession.start();
        List<Scenario> workloads = WorkloadArbitraries.sample(seed, count);
        JqwikSession.finish();
        int caught = 0;
        String first = null;
        for (Scenario w : workloads) {
            try {
                w.run();
            } catch (Throwable t) {
                caught++;
                if (first == null) {
                    first = t.getClass().getSimpleName() + ": "
                            + String.valueOf(t.getMessage()).lines().findFirst().orElse("");
                }
            }
        }
        System.out.println(caught + "/" + workloads.size() + (first == null ? "" : "  first: " + first));
    }
}
