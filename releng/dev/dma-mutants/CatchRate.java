import org.offloadlab.dma.RandomWorkload;

/**
 * Runs InvariantTest's 240 seeded workloads (120 batched with seed-dependent batch size and expedited setting, 120
 * unbatched) against whatever DMA sources are on the class path and prints how many of them fail: against a planted
 * bug, the catch rate. Used by dma-mutants.sh.
 */
public class CatchRate {
    public static void main(String[] args) {
        int caught = 0;
        int runs = 0;
        String first = null;
        for (long seed = 0; seed < 120; seed++) {
            for (int kind = 0; kind < 2; kind++) {
                runs++;
                try {
                    if (kind == 0) {
                        new RandomWorkload(seed, 1 + (int) (seed % 9), seed % 2 == 0).run(1500);
                    } else {
                        new RandomWorkload(seed * 7919, 1, true).run(1500);
                    }
                } catch (Throwable t) {
                    caught++;
                    if (first == null) {
                        first = t.getClass().getSimpleName() + ": " + String.valueOf(t.getMessage()).lines()
                                .findFirst().orElse("");
                    }
                }
            }
        }
        System.out.println(caught + "/" + runs + (first == null ? "" : "  first: " + first));
    }
}
