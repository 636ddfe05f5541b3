package org.offloadlab.sim.app;

import org.offloadlab.sim.Simulator;

/**
 * Bulk transfer: {@code connections} parallel connections, each moving a fixed number of pattern octets from client to
 * server and/or back, then closing (each side half-closes after its data, closes after the peer's end of stream). The
 * iperf/ns-3 BulkSendApplication shape; {@link WorkloadStats#goodputBitsPerSecond()} gives its throughput.
 */
public final class BulkTransfer implements Workload {

    private final FlowEngine engine;
    private final int connections;

    /**
     * @param name
     *            names the workload's random streams (data patterns)
     * @param port
     *            server port
     * @param clientToServerBytes
     *            octets each client sends (may be 0)
     * @param serverToClientBytes
     *            octets each server end sends (may be 0)
     * @param connections
     *            parallel connections, all opened at start
     */
    public BulkTransfer(Simulator sim, String name, SocketApi client, SocketApi server, int port,
            long clientToServerBytes, long serverToClientBytes, int connections) {
        if (clientToServerBytes < 0 || serverToClientBytes < 0) {
            throw new IllegalArgumentException("bulk transfer " + name + ": byte counts must be >= 0, got "
                    + clientToServerBytes + " and " + serverToClientBytes);
        }
        if (connections < 1) {
            throw new IllegalArgumentException("bulk transfer " + name + ": connections must be >= 1, got "
                    + connections);
        }
        this.engine = new FlowEngine(sim, name, client, server, port);
        this.connections = connections;
        engine.setProtocol(new FlowEngine.Protocol() {
            @Override
            public void clientConnected(FlowEngine.Flow f, long now) {
                f.client.owe(clientToServerBytes, now);
                f.client.shutdownWhenSent(now);
            }

            @Override
            public void serverAccepted(FlowEngine.Flow f, long now) {
                f.server.owe(serverToClientBytes, now);
                f.server.shutdownWhenSent(now);
            }
        });
    }

    @Override
    public void start(long nowNanos) {
        engine.listen(nowNanos);
        for (int i = 0; i < connections; i++) {
            engine.open(i, nowNanos);
        }
    }

    @Override
    public boolean isFinished() {
        return engine.stats.opened == connections && engine.active() == 0;
    }

    @Override
    public WorkloadStats stats() {
        return engine.stats;
    }
}
