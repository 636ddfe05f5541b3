package org.offloadlab.tcp;

import java.util.ArrayList;
import java.util.List;

/** A {@link ConnectionListener} that records transitions and events in order (for tests and timelines). */
public final class TransitionLog implements ConnectionListener {

    private final List<StateTransition> transitions = new ArrayList<>();
    private final List<ConnectionEvent> events = new ArrayList<>();

    @Override
    public void stateChanged(TcpConnection connection, State from, State to, long nowNanos) {
        transitions.add(new StateTransition(from, to, nowNanos));
    }

    @Override
    public void event(TcpConnection connection, ConnectionEvent event, long nowNanos) {
        events.add(event);
    }

    public List<StateTransition> transitions() {
        return List.copyOf(transitions);
    }

    /** The states entered, in order. */
    public List<State> states() {
        return transitions.stream().map(StateTransition::to).toList();
    }

    public List<ConnectionEvent> events() {
        return List.copyOf(events);
    }
}
