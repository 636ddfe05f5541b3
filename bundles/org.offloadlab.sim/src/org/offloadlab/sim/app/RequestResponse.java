package org.offloadlab.sim.app;

import org.offloadlab.sim.RandomStream;
import org.offloadlab.sim.Simulator;

/**
 * Request/response over persistent connections: each of {@code connections} clients sends a request, waits for the
 * whole response, thinks, and repeats {@code requestsPerConnection} times, then closes. Request and response sizes
 * (octets, at least 1) and think times (ns) come from seeded {@link Distribution}s. Both ends draw the sizes of a
 * connection's exchanges from the same per-connection stream, so the server knows where a request ends without any
 * framing in the data. Latency = request queued → last response octet received.
 */
public final class RequestResponse implements Workload {

    private final FlowEngine engine;
    private final int connections;
    private final long workloadSeed;
    private final String name;

    /** Per-connection progress of both ends. */
    private static final class Exchange {
        final RandomStream clientSizes;
        final RandomStream serverSizes;
        int done;
        long issuedAt;
        long responseEnd;
        long serverRequestEnd;
        long serverPendingRequest;
        long serverPendingResponse;

        Exchange(long seed, String name, long id) {
            clientSizes = new RandomStream(seed ^ id * 0x9E3779B97F4A7C15L, name);
            serverSizes = new RandomStream(seed ^ id * 0x9E3779B97F4A7C15L, name);
        }
    }

    public RequestResponse(Simulator sim, String name, SocketApi client, SocketApi server, int port, int connections,
            int requestsPerConnection, Distribution requestSize, Distribution responseSize, Distribution thinkTime) {
        if (connections < 1 || requestsPerConnection < 1) {
            throw new IllegalArgumentException("request/response " + name
                    + ": connections and requests per connection must be >= 1, got " + connections + " and "
                    + requestsPerConnection);
        }
        if (requestSize == null || responseSize == null || thinkTime == null) {
            throw new IllegalArgumentException("request/response " + name
                    + ": request size, response size and think time distributions are required");
        }
        this.engine = new FlowEngine(sim, name, client, server, port);
        this.connections = connections;
        this.name = name;
        this.workloadSeed = sim.random(name + "/sizes").nextLong();
        RandomStream think = sim.random(name + "/think");
        engine.setProtocol(new FlowEngine.Protocol() {
            private void issue(FlowEngine.Flow f, long now) {
                Exchange x = (Exchange) f.attachment;
                long request = Math.max(1, requestSize.sampleLong(x.clientSizes));
                long response = Math.max(1, responseSize.sampleLong(x.clientSizes));
                x.issuedAt = now;
                x.responseEnd += response;
                f.client.owe(request, now);
            }

            @Override
            public void clientConnected(FlowEngine.Flow f, long now) {
                f.attachment = new Exchange(workloadSeed, RequestResponse.this.name, f.id);
                issue(f, now);
            }

            @Override
            public void clientReceived(FlowEngine.Flow f, long now) {
                Exchange x = (Exchange) f.attachment;
                if (x.done < requestsPerConnection && f.client.received >= x.responseEnd) {
                    engine.stats.requests++;
                    engine.stats.latency.record(now - x.issuedAt);
                    x.done++;
                    if (x.done == requestsPerConnection) {
                        f.client.shutdownWhenSent(now);
                        return;
                    }
                    long pause = thinkTime.sampleLong(think);
                    if (pause == 0) {
                        issue(f, now);
                    } else {
                        sim.after(pause, t -> {
                            if (!f.ended) {
                                issue(f, t);
                            }
                        });
                    }
                }
            }

            @Override
            public void serverAccepted(FlowEngine.Flow f, long now) {
                if (f.attachment == null) {
                    f.attachment = new Exchange(workloadSeed, RequestResponse.this.name, f.id);
                }
            }

            @Override
            public void serverReceived(FlowEngine.Flow f, long now) {
                Exchange x = (Exchange) f.attachment;
                while (true) {
                    if (x.serverPendingRequest == 0) {
                        x.serverPendingRequest = Math.max(1, requestSize.sampleLong(x.serverSizes));
                        x.serverPendingResponse = Math.max(1, responseSize.sampleLong(x.serverSizes));
                    }
                    if (f.server.received < x.serverRequestEnd + x.serverPendingRequest) {
                        break;
                    }
                    x.serverRequestEnd += x.serverPendingRequest;
                    x.serverPendingRequest = 0;
                    f.server.owe(x.serverPendingResponse, now);
                }
                if (f.server.eof) {
                    f.server.shutdownWhenSent(now);
                }
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
