package org.offloadlab.ui.internal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.offloadlab.model.FailoverTimeline;
import org.offloadlab.model.IntArray;
import org.offloadlab.model.LongArray;
import org.offloadlab.model.OffloadFactory;
import org.offloadlab.model.Results;
import org.offloadlab.ui.internal.results.TimelineBars.Bar;

class TimelineBarsTest {

    private static final OffloadFactory F = OffloadFactory.eINSTANCE;

    @Test
    void phasesFollowEachOtherAndConnectionsAreOrderedByBlackout() {
        Results r = F.createResults();
        FailoverTimeline t = F.createFailoverTimeline();
        t.setAdapter("nic0");
        t.setFailedAtNanos(100);
        t.setDetectedAtNanos(150);
        t.setHardStateRecoveredAtNanos(170);
        t.setResumedAtNanos(180);
        t.setSoftStateConvergedAtNanos(400);
        t.setBlackoutConnectionIds(IntArray.of(7, 8, 9));
        t.setBlackoutNanos(LongArray.of(90, 300, 120));
        r.getFailovers().add(t);

        List<Bar> bars = TimelineBars.of(r, 1000);

        assertEquals(List.of(new Bar("adapter nic0", TimelineBars.DETECTION, 100, 150),
                new Bar("adapter nic0", TimelineBars.HARD_STATE, 150, 170),
                new Bar("adapter nic0", TimelineBars.SWITCH, 170, 180),
                new Bar("adapter nic0", TimelineBars.SOFT_STATE, 180, 400),
                new Bar("connection 8", TimelineBars.BLACKOUT, 100, 400),
                new Bar("connection 9", TimelineBars.BLACKOUT, 100, 220),
                new Bar("connection 7", TimelineBars.BLACKOUT, 100, 190)), bars);
    }

    @Test
    void anUnrecoveredFailureLastsUntilTheEndAndAnUninjectedOneIsLeftOut() {
        Results r = F.createResults();
        FailoverTimeline down = F.createFailoverTimeline();
        down.setAdapter("nic0");
        down.setFailedAtNanos(500);
        FailoverTimeline never = F.createFailoverTimeline();
        never.setAdapter("nic1");
        never.setFailedAtNanos(-1);
        r.getFailovers().add(down);
        r.getFailovers().add(never);

        assertEquals(List.of(new Bar("adapter nic0", TimelineBars.UNRECOVERED, 500, 2000)), TimelineBars.of(r, 2000));
        assertEquals(List.of(), TimelineBars.of((Results) null, 0));
    }
}
