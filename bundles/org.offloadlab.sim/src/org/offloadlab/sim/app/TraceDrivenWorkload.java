package org.offloadlab.sim.app;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import org.offloadlab.sim.Scheduled;
import org.offloadlab.sim.Simulator;

/**
 * Executes a {@link ConnectionSchedule} over a client and a server socket API with both ends reactive: connections
 * open, write and close when the schedule says (or as soon as TCP lets them), bytes are pattern bytes checked on
 * receipt like every workload's. Only one action is held at a time; connections are forgotten when they end.
 */
public final class TraceDrivenWorkload implements Workload {

    private final Simulator sim;
    private final FlowEngine engine;
    private final ConnectionSchedule schedule;
    private final Scheduled next;
    private final Map<Long, FlowEngine.Flow> flows = new HashMap<>();
    /** Ended connection ids, one bit each, so late actions on them are ignored rather than taken as errors. */
    private final BitSet endedIds = new BitSet();
    private ConnectionSchedule.Action pending;
    private boolean exhausted;
    private long lastTime;

    public TraceDrivenWorkload(Simulator sim, String name, SocketApi client, SocketApi server, int port,
            ConnectionSchedule schedule) {
        if (schedule == null) {
            throw new IllegalArgumentException("trace-driven workload " + name + " needs a schedule");
        }
        this.sim = sim;
        this.engine = new FlowEngine(sim, name, client, server, port);
        this.schedule = schedule;
        this.next = sim.handle(this::act);
        engine.setProtocol(new FlowEngine.Protocol() {
            @Override
            public void flowEnded(FlowEngine.Flow f, boolean completed, long now) {
                flows.remove(f.id);
                if (f.id >= 0 && f.id < Integer.MAX_VALUE) {
                    endedIds.set((int) f.id);
                }
            }
        });
    }

    @Override
    public void start(long nowNanos) {
        engine.listen(nowNanos);
        lastTime = nowNanos;
        pull(nowNanos);
    }

    private void pull(long now) {
        pending = schedule.next();
        if (pending == null) {
            exhausted = true;
            return;
        }
        if (pending.timeNanos() < lastTime) {
            throw new IllegalArgumentException("schedule goes back in time: " + pending + " after " + lastTime
                    + " ns");
        }
        lastTime = pending.timeNanos();
        sim.reschedule(next, Math.max(now, pending.timeNanos()));
    }

    private void act(long now) {
        ConnectionSchedule.Action a = pending;
        switch (a.kind()) {
            case OPEN -> {
                if (flows.containsKey(a.connectionId())) {
                    throw new IllegalArgumentException("schedule opens connection " + a.connectionId() + " twice: "
                            + a);
                }
                flows.put(a.connectionId(), engine.open(a.connectionId(), now));
            }
            case WRITE -> {
                FlowEngine.Flow f = flow(a);
                if (f != null) {
                    (a.side() == ConnectionSchedule.Side.CLIENT ? f.client : f.server).owe(a.bytes(), now);
                }
            }
            case CLOSE -> {
                FlowEngine.Flow f = flow(a);
                if (f != null) {
                    (a.side() == ConnectionSchedule.Side.CLIENT ? f.client : f.server).shutdownWhenSent(now);
                }
            }
        }
        pull(now);
    }

    /** The open connection the action names; null if it already failed (the action is moot). */
    private FlowEngine.Flow flow(ConnectionSchedule.Action a) {
        FlowEngine.Flow f = flows.get(a.connectionId());
        if (f == null && !engineKnows(a.connectionId())) {
            throw new IllegalArgumentException("schedule acts on connection " + a.connectionId()
                    + " before opening it: " + a);
        }
        return f;
    }

    /** Whether connection {@code id} existed and has ended (ids beyond the int range are not tracked). */
    private boolean engineKnows(long id) {
        return id < 0 || id >= Integer.MAX_VALUE || endedIds.get((int) id);
    }

    @Override
    public boolean isFinished() {
        return exhausted && engine.active() == 0;
    }

    @Override
    public WorkloadStats stats() {
        return engine.stats;
    }
}
