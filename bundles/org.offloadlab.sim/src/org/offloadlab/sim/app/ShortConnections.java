package org.offloadlab.sim.app;

import org.offloadlab.sim.RandomStream;
import org.offloadlab.sim.Scheduled;
import org.offloadlab.sim.Simulator;

/**
 * Many short connections: {@code count} connections arriving as a Poisson process of the given rate; each sends one
 * request and half-closes, the server answers once the whole request arrived and closes, the client closes after the
 * response. Request and response sizes are drawn per connection from seeded {@link Distribution}s (a stream per
 * connection id, so the sizes do not depend on the order in which connections finish). Latency = connection opened →
 * last response octet received.
 */
public final class ShortConnections implements Workload {

    private final FlowEngine engine;
    private final long count;
    private final RandomStream arrivals;
    private final double meanGapNanos;
    private final Scheduled next;
    private final long sizesSeed;
    private final String name;
    private final Distribution requestSize;
    private final Distribution responseSize;
    private long openedIds;

    /** Sizes and timing of one connection. */
    private static final class Exchange {
        final long openedAt;
        final long request;
        final long response;

        Exchange(long openedAt, long request, long response) {
            this.openedAt = openedAt;
            this.request = request;
            this.response = response;
        }
    }

    public ShortConnections(Simulator sim, String name, SocketApi client, SocketApi server, int port,
            double connectionsPerSecond, long count, Distribution requestSize, Distribution responseSize) {
        if (!(connectionsPerSecond > 0) || Double.isInfinite(connectionsPerSecond)) {
            throw new IllegalArgumentException("short connections " + name
                    + ": rate must be a finite number of connections per second > 0, got " + connectionsPerSecond);
        }
        if (count < 1) {
            throw new IllegalArgumentException("short connections " + name + ": count must be >= 1, got " + count);
        }
        if (requestSize == null || responseSize == null) {
            throw new IllegalArgumentException("short connections " + name
                    + ": request and response size distributions are required");
        }
        this.engine = new FlowEngine(sim, name, client, server, port);
        this.count = count;
        this.name = name;
        this.arrivals = sim.random(name + "/arrivals");
        this.sizesSeed = sim.random(name + "/sizes").nextLong();
        this.meanGapNanos = 1e9 / connectionsPerSecond;
        this.requestSize = requestSize;
        this.responseSize = responseSize;
        this.next = sim.handle(this::arrive);
        engine.setProtocol(new FlowEngine.Protocol() {
            @Override
            public void clientConnected(FlowEngine.Flow f, long now) {
                f.client.owe(((Exchange) f.attachment).request, now);
                f.client.shutdownWhenSent(now);
            }

            @Override
            public void clientReceived(FlowEngine.Flow f, long now) {
                Exchange x = (Exchange) f.attachment;
                if (f.client.eof && f.client.received == x.response) {
                    engine.stats.requests++;
                    engine.stats.latency.record(now - x.openedAt);
                }
            }

            @Override
            public void serverReceived(FlowEngine.Flow f, long now) {
                Exchange x = (Exchange) f.attachment;
                if (f.server.received >= x.request && !f.server.shutWhenSent) {
                    f.server.owe(x.response, now);
                    f.server.shutdownWhenSent(now);
                }
            }
        });
    }

    private void arrive(long now) {
        long id = openedIds++;
        RandomStream sizes = new RandomStream(sizesSeed ^ id * 0x9E3779B97F4A7C15L, name);
        long request = Math.max(1, requestSize.sampleLong(sizes));
        long response = Math.max(1, responseSize.sampleLong(sizes));
        engine.open(id, new Exchange(now, request, response), now);
        if (openedIds < count) {
            engine.sim.reschedule(next, now + Math.max(1, Math.round(arrivals.exponential(meanGapNanos))));
        }
    }

    @Override
    public void start(long nowNanos) {
        engine.listen(nowNanos);
        engine.sim.reschedule(next, nowNanos);
    }

    @Override
    public boolean isFinished() {
        return openedIds == count && engine.active() == 0;
    }

    @Override
    public WorkloadStats stats() {
        return engine.stats;
    }
}
