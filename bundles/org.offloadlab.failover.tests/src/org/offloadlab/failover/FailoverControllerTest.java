package org.offloadlab.failover;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.offloadlab.sim.Simulator;
import org.offloadlab.tcp.TcpConfig;

/** The controller's public API refuses bad settings and misuse with a message that says what is wrong. */
class FailoverControllerTest {

    private static final TcpConfig TCP = TcpConfig.linuxDefaults();

    @Test
    void badSettingsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FailoverController.Settings(Strategy.HARD_STATE_ONLY, 0, 3, 1, 0.25, 1, TCP, 0));
        assertTrue(e.getMessage().contains("heartbeat period 0 ns"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new FailoverController.Settings(Strategy.NONE, 1, 3, 1, 1.5, 1, TCP, 0));
        assertTrue(e.getMessage().contains("tolerance"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new FailoverController.Settings(null, 1, 3, 1, 0.25, 1, TCP, 0));
    }

    @Test
    void failingOrStartingBeforeTheWiringIsRefused() {
        FailoverController c = new FailoverController(new Simulator(1),
                FailoverController.Settings.defaults(Strategy.HARD_STATE_ONLY, TCP));
        assertThrows(IllegalStateException.class, () -> c.fail(FailureKind.CRASH, 0));
        assertThrows(IllegalStateException.class, () -> c.start(0, () -> false));
        assertThrows(IllegalStateException.class, () -> c.addAdapter("primary", null));
        assertTrue(c.timelines().isEmpty());
        assertTrue(c.isSettled());
    }
}
