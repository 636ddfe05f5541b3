package org.offloadlab.sim.app;

/**
 * A synthetic or trace-driven application running over a client and a server {@link SocketApi}. Every byte it sends
 * comes from a seeded {@link DataPattern} and every byte received is checked, so {@link WorkloadStats} says whether the
 * transport delivered the streams intact.
 */
public interface Workload {

    /** Starts listening and schedules the first connections. */
    void start(long nowNanos);

    /** Whether every connection it opened has completed or failed and it will open no more. */
    boolean isFinished();

    WorkloadStats stats();
}
