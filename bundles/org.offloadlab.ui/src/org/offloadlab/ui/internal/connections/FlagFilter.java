package org.offloadlab.ui.internal.connections;

import java.util.function.Predicate;

import org.offloadlab.analysis.ConnectionState;
import org.offloadlab.analysis.ConnectionSummary;

/** The Connections view's "Show:" choices. */
enum FlagFilter implements Predicate<ConnectionSummary> {
    ALL("All connections", c -> true), RETRANSMISSIONS("Has retransmissions",
            c -> c.flags().retransmissions() > 0), OUT_OF_ORDER("Has out-of-order",
                    c -> c.flags().outOfOrder() > 0), ZERO_WINDOW("Has zero window",
                            c -> c.flags().zeroWindows() > 0), RESET("Reset",
                                    c -> c.state() == ConnectionState.RESET), REFUSED("Refused",
                                            c -> c.state() == ConnectionState.REFUSED), INCOMPLETE_HANDSHAKE(
                                                    "Incomplete handshake", c -> !c.handshakeSeen());

    private final String label;
    private final Predicate<ConnectionSummary> test;

    FlagFilter(String label, Predicate<ConnectionSummary> test) {
        this.label = label;
        this.test = test;
    }

    String label() {
        return label;
    }

    @Override
    public boolean test(ConnectionSummary connection) {
        return test.test(connection);
    }
}
