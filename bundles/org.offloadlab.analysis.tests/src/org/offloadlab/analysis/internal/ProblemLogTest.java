package org.offloadlab.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.offloadlab.analysis.CaptureProblem;

class ProblemLogTest {

    @Test
    void keepsAThousandThenCounts() {
        ProblemLog log = new ProblemLog();
        for (int i = 0; i < 1500; i++) {
            log.add(new CaptureProblem(i, i + 1, "bad", false));
        }
        assertEquals(ProblemLog.MAX_KEPT, log.problems().size());
        assertEquals(500, log.dropped());
        assertEquals(0, log.problems().get(0).offset(), "the first ones are kept, in file order");
    }

    @Test
    void theFatalProblemIsAlwaysKept() {
        ProblemLog log = new ProblemLog();
        for (int i = 0; i < 1500; i++) {
            log.add(new CaptureProblem(i, i + 1, "bad", false));
        }
        log.addFatal(new CaptureProblem(99_999, 1501, "cut short", true));
        assertEquals(ProblemLog.MAX_KEPT, log.problems().size());
        assertEquals(501, log.dropped());
        assertTrue(log.problems().get(ProblemLog.MAX_KEPT - 1).fatal());
    }
}
