package org.offloadlab.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.offloadlab.experiment.ExperimentException;
import org.offloadlab.experiment.Templates;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.FailurePlan;

class UndoHistoryTest {

    private int changes;

    @Test
    void typingIntoOneFieldIsUndoneInOneStepAndRedoneAgain() throws ExperimentException {
        Experiment e = Templates.create("failover");
        UndoHistory h = new UndoHistory(e, () -> changes++);
        e.setSeed(4);
        e.setSeed(42);
        e.setDurationMillis(900);
        assertTrue(h.isDirty());

        h.undo();
        assertEquals(30_000, e.getDurationMillis());
        assertEquals(42, e.getSeed());
        h.undo();
        assertEquals(1, e.getSeed());
        assertFalse(h.canUndo());
        assertFalse(h.isDirty());

        h.redo();
        h.redo();
        assertEquals(42, e.getSeed());
        assertEquals(900, e.getDurationMillis());
        assertTrue(changes >= 5);
    }

    @Test
    void nestedObjectsAndContainmentChangesAreUndoable() throws ExperimentException {
        Experiment e = Templates.create("failover");
        UndoHistory h = new UndoHistory(e, () -> changes++);
        e.getTopology().getLinks().get(0).setLossRate(0.2);
        FailurePlan plan = e.getFailurePlan();
        e.setFailurePlan(null);

        h.undo();
        assertSame(plan, e.getFailurePlan());
        h.undo();
        assertEquals(0.01, e.getTopology().getLinks().get(0).getLossRate());
        h.redo();
        h.redo();
        assertNull(e.getFailurePlan());
    }

    @Test
    void aNewChangeAfterUndoDropsTheRedoBranchAndSavingStartsANewStep() throws ExperimentException {
        Experiment e = Templates.create("establishment");
        UndoHistory h = new UndoHistory(e, () -> changes++);
        e.setSeed(2);
        h.markSaved();
        assertFalse(h.isDirty());
        e.setSeed(3);
        assertTrue(h.isDirty());
        h.undo();
        assertEquals(2, e.getSeed());
        assertFalse(h.isDirty());
        h.undo();
        e.setDurationMillis(5);
        assertFalse(h.canRedo());
        h.undo();
        assertEquals(1, e.getSeed());
    }
}
