package org.offloadlab.failover;

import org.offloadlab.sim.Simulator;
import org.offloadlab.sim.app.BulkTransfer;
import org.offloadlab.sim.app.Distribution;
import org.offloadlab.sim.app.RequestResponse;
import org.offloadlab.sim.app.ShortConnections;
import org.offloadlab.sim.app.SocketApi;
import org.offloadlab.sim.app.Workload;

/**
 * The application traffic of a failover experiment: the peer is the client, the host (on the offload adapter) the
 * server on port {@value #PORT}. Every workload checks each byte stream end to end (sim's FlowEngine: count, pattern,
 * CRC-32C).
 */
public record WorkloadSpec(Kind kind, int connections, long bytesA, long bytesB, double rate, long thinkNanos) {

    /** Server port on the host. */
    public static final int PORT = 5001;

    /** Workload family. */
    public enum Kind {
        /** {@code connections} parallel transfers, {@code bytesA} peer→host and {@code bytesB} host→peer each. */
        BULK,
        /** {@code connections} persistent connections, requests of {@code bytesA}, responses of {@code bytesB}. */
        REQUEST_RESPONSE,
        /** {@code connections} short connections arriving at {@code rate}/s, request/response sizes as above. */
        SHORT_CONNECTIONS
    }

    public WorkloadSpec {
        if (kind == null || connections < 1 || bytesA < 0 || bytesB < 0) {
            throw new IllegalArgumentException("bad workload: " + kind + " x" + connections + " " + bytesA + "/"
                    + bytesB);
        }
    }

    public static WorkloadSpec bulk(int connections, long peerToHost, long hostToPeer) {
        return new WorkloadSpec(Kind.BULK, connections, peerToHost, hostToPeer, 0, 0);
    }

    /** {@code requests} exchanges per connection, think time {@code thinkNanos} between them. */
    public static WorkloadSpec requestResponse(int connections, int requests, long request, long response,
            long thinkNanos) {
        return new WorkloadSpec(Kind.REQUEST_RESPONSE, connections, request, response, requests, thinkNanos);
    }

    public static WorkloadSpec shortConnections(int count, double perSecond, long request, long response) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("short connections need a rate > 0, got " + perSecond);
        }
        return new WorkloadSpec(Kind.SHORT_CONNECTIONS, count, request, response, perSecond, 0);
    }

    Workload create(Simulator sim, SocketApi peer, SocketApi host) {
        return switch (kind) {
            case BULK -> new BulkTransfer(sim, "bulk", peer, host, PORT, bytesA, bytesB, connections);
            case REQUEST_RESPONSE -> new RequestResponse(sim, "rr", peer, host, PORT, connections, (int) rate,
                    Distribution.constant(Math.max(1, bytesA)), Distribution.constant(Math.max(1, bytesB)),
                    Distribution.constant(thinkNanos));
            case SHORT_CONNECTIONS -> new ShortConnections(sim, "short", peer, host, PORT, rate, connections,
                    Distribution.constant(Math.max(1, bytesA)), Distribution.constant(Math.max(1, bytesB)));
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case BULK -> "bulk " + connections + "x " + bytesA + "/" + bytesB + " B";
            case REQUEST_RESPONSE -> "request/response " + connections + "x " + (int) rate + " of " + bytesA + "/"
                    + bytesB + " B";
            case SHORT_CONNECTIONS -> "short connections " + connections + " at " + rate + "/s, " + bytesA + "/"
                    + bytesB + " B";
        };
    }
}
