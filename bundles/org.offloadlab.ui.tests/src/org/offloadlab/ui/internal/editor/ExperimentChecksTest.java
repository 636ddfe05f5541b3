package org.offloadlab.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.offloadlab.experiment.ExperimentException;
import org.offloadlab.experiment.Templates;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.RecoveryStrategy;

class ExperimentChecksTest {

    @Test
    void everyRunnableTemplatePassesWithoutErrors() throws ExperimentException {
        for (String t : List.of("failover", "establishment", "buffers", "replay")) {
            assertTrue(ExperimentChecks.check(Templates.create(t)).stream().noneMatch(ExperimentChecks.Message::error),
                    t);
        }
        assertTrue(ExperimentChecks.check(Templates.create("replay")).stream().anyMatch(m -> !m.error()
                && m.text().contains("trace-driven")));
    }

    @Test
    void errorsAndWarningsSayWhatIsWrong() throws ExperimentException {
        Experiment e = Templates.create("failover");
        e.setDurationMillis(0);
        e.getWorkload().setConnections(0);
        e.getTopology().getAdapters().remove(1); // the substitute
        e.setRecovery(RecoveryStrategy.HARD_STATE);
        List<String> texts = ExperimentChecks.check(e).stream().map(Object::toString).toList();
        assertTrue(texts.contains("Error: duration must be > 0 ms"), texts::toString);
        assertTrue(texts.contains("Error: the workload needs at least 1 connection"), texts::toString);
        assertTrue(texts.contains("Warning: hard-state recovery needs a substitute adapter in the topology"),
                texts::toString);
    }

    @Test
    void fieldValidationRejectsWhatTheModelCannotHold() {
        assertEquals(IStatus.OK, FormBinder.validate("Seed", long.class, "12_000", 0, 1e9).getSeverity());
        assertEquals("Duration (ms): 'abc' is not a whole number",
                FormBinder.validate("Duration (ms)", long.class, "abc", 1, 10).getMessage());
        assertEquals("loss rate must be in 0 … 1",
                FormBinder.validate("loss rate", double.class, "1.5", 0, 1).getMessage());
        assertEquals(IStatus.ERROR, FormBinder.validate("Port", int.class, "99999999999", 1, 1e12).getSeverity());
        assertEquals(12_000L, FormBinder.parse(long.class, " 12_000 "));
        assertEquals("0.01", FormBinder.format(0.01));
        assertEquals("3", FormBinder.format(3.0));
    }
}
