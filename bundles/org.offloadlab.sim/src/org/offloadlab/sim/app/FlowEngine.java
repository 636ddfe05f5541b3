package org.offloadlab.sim.app;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.CRC32C;

import org.offloadlab.sim.Simulator;

/**
 * The machinery every workload shares: opens connections from the client API to a listening port on the server API,
 * pairs each accepted connection with the client end that opened it (by the client's address and port), pushes pattern
 * bytes a {@link Protocol} asks for, reads and checks everything that arrives, closes each end once it has seen the
 * peer's end of stream and has shut its own output, and judges every connection: completed with intact data, or failed
 * (refused, reset, timed out, integrity). A protocol only decides how many bytes each end owes and when it shuts its
 * output.
 */
final class FlowEngine {

    /** What one workload does with a connection; callbacks may call {@link Endpoint#owe} and the like. */
    interface Protocol {
        default void clientConnected(Flow f, long now) {
        }

        default void serverAccepted(Flow f, long now) {
        }

        /** The client received data or the end of stream ({@code f.client.received}, {@code f.client.eof}). */
        default void clientReceived(Flow f, long now) {
        }

        default void serverReceived(Flow f, long now) {
        }

        default void flowEnded(Flow f, boolean completed, long now) {
        }
    }

    private static final int BACKLOG = 65535;

    final Simulator sim;
    final SocketApi client;
    final SocketApi server;
    final int port;
    final long seed;
    final WorkloadStats stats = new WorkloadStats();
    private Protocol protocol = new Protocol() {
    };
    private final ByteBuffer scratch = ByteBuffer.allocate(64 * 1024);
    private final Map<Long, Flow> awaitingAccept = new HashMap<>();
    private final Map<AppConnection, Endpoint> serverEnds = new IdentityHashMap<>();
    private int active;
    private boolean listening;

    FlowEngine(Simulator sim, String name, SocketApi client, SocketApi server, int port) {
        if (sim == null || name == null || client == null || server == null) {
            throw new IllegalArgumentException("workload needs a simulator, a name, a client and a server socket API");
        }
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("workload " + name + ": port must be in 1..65535, got " + port);
        }
        this.sim = sim;
        this.client = client;
        this.server = server;
        this.port = port;
        this.seed = sim.random(name + "/data").nextLong();
    }

    void setProtocol(Protocol protocol) {
        this.protocol = protocol;
    }

    /** Connections opened and not yet ended. */
    int active() {
        return active;
    }

    void listen(long now) {
        if (!listening) {
            listening = true;
            server.listen(port, BACKLOG, serverHandler, now);
        }
    }

    /** Opens connection {@code id} (ids name the data patterns, so they must be unique within the workload). */
    Flow open(long id, long now) {
        return open(id, null, now);
    }

    /** Opens connection {@code id} with the protocol's per-connection state already attached. */
    Flow open(long id, Object attachment, long now) {
        Flow f = new Flow(id);
        f.attachment = attachment;
        active++;
        stats.opened++;
        AppConnection c = client.connect(server.address(), port, f.client, now);
        if (f.client.conn == null) {
            f.client.conn = c;
        }
        if (!f.ended) {
            awaitingAccept.put(key(client.address(), c.localPort()), f);
        }
        return f;
    }

    private static long key(int host, int port) {
        return (long) host << 32 | port & 0xffffffffL;
    }

    private final AppHandler serverHandler = new AppHandler() {
        @Override
        public void accepted(AppConnection c, long now) {
            Flow f = awaitingAccept.remove(key(c.remoteHost(), c.remotePort()));
            if (f == null || f.ended) {
                c.abort(now); // not one of ours (or already given up): refuse to serve it
                return;
            }
            Endpoint e = f.server;
            e.conn = c;
            e.ready = true;
            serverEnds.put(c, e);
            protocol.serverAccepted(f, now);
            progress(e, now);
        }

        @Override
        public void readable(AppConnection c, long now) {
            Endpoint e = serverEnds.get(c);
            if (e != null) {
                progress(e, now);
            }
        }

        @Override
        public void writable(AppConnection c, long now) {
            Endpoint e = serverEnds.get(c);
            if (e != null) {
                progress(e, now);
            }
        }

        @Override
        public void closed(AppConnection c, CloseReason reason, long now) {
            Endpoint e = serverEnds.remove(c);
            if (e != null) {
                e.closed(c, reason, now);
            }
        }
    };

    /** One connection of the workload: its two ends. */
    final class Flow {
        final long id;
        final Endpoint client;
        final Endpoint server;
        boolean ended;
        /** Per-connection state of the protocol. */
        Object attachment;

        Flow(long id) {
            this.id = id;
            client = new Endpoint(this, true);
            server = new Endpoint(this, false);
        }

        Endpoint other(Endpoint e) {
            return e == client ? server : client;
        }
    }

    /** One end of a connection: what it owes and has sent, what it has received and checked. */
    final class Endpoint implements AppHandler {
        final Flow flow;
        final boolean isClient;
        final long sendSeed;
        final long receiveSeed;
        AppConnection conn;
        boolean ready;
        long owed;
        long sent;
        boolean shutWhenSent;
        boolean outputShut;
        long received;
        boolean eof;
        boolean finished;
        long mismatches;
        final CRC32C sendCrc = new CRC32C();
        final CRC32C receiveCrc = new CRC32C();

        Endpoint(Flow flow, boolean isClient) {
            this.flow = flow;
            this.isClient = isClient;
            this.sendSeed = DataPattern.seed(seed, flow.id, isClient);
            this.receiveSeed = DataPattern.seed(seed, flow.id, !isClient);
        }

        /** Queues {@code n} more pattern octets. */
        void owe(long n, long now) {
            if (n < 0) {
                throw new IllegalArgumentException("cannot send a negative number of bytes: " + n);
            }
            if (outputShut || shutWhenSent) {
                throw new IllegalStateException("connection " + flow.id + (isClient ? " client" : " server")
                        + " already closed its output; cannot write " + n + " more bytes");
            }
            owed += n;
            pump(this, now);
        }

        /** Shuts the output (FIN) once everything owed has been queued. */
        void shutdownWhenSent(long now) {
            shutWhenSent = true;
            pump(this, now);
            maybeFinish(this, now);
        }

        @Override
        public void connected(AppConnection c, long now) {
            conn = c;
            ready = true;
            stats.established++;
            protocol.clientConnected(flow, now);
            progress(this, now);
        }

        @Override
        public void readable(AppConnection c, long now) {
            progress(this, now);
        }

        @Override
        public void writable(AppConnection c, long now) {
            progress(this, now);
        }

        @Override
        public void closed(AppConnection c, CloseReason reason, long now) {
            if (flow.ended || finished) {
                return;
            }
            if (reason == CloseReason.NORMAL) {
                progress(this, now); // the end of stream may not have been read yet
                if (finished) {
                    return;
                }
            }
            fail(flow, reason == CloseReason.NORMAL ? CloseReason.RESET : reason, now);
        }
    }

    private void progress(Endpoint e, long now) {
        if (e.flow.ended) {
            return;
        }
        pump(e, now);
        long before = e.received;
        boolean eofBefore = e.eof;
        drain(e, now);
        if (e.received != before || e.eof != eofBefore) {
            if (e.isClient) {
                protocol.clientReceived(e.flow, now);
            } else {
                protocol.serverReceived(e.flow, now);
            }
            pump(e, now);
        }
        maybeFinish(e, now);
    }

    private void pump(Endpoint e, long now) {
        if (!e.ready || e.flow.ended || e.outputShut) {
            return;
        }
        while (e.owed > 0) {
            int n = (int) Math.min(e.owed, Math.min(e.conn.sendSpace(), scratch.capacity()));
            if (n <= 0) {
                break;
            }
            scratch.clear();
            DataPattern.fill(e.sendSeed, e.sent, scratch, n);
            scratch.flip();
            int k = e.conn.send(scratch, now);
            if (k <= 0) {
                break;
            }
            e.sendCrc.update(scratch.array(), 0, k);
            e.sent += k;
            e.owed -= k;
            stats.bytesSent += k;
        }
        if (e.owed == 0 && e.shutWhenSent && !e.outputShut) {
            e.outputShut = true;
            e.conn.shutdownOutput(now);
        }
    }

    private void drain(Endpoint e, long now) {
        if (!e.ready || e.eof) {
            return;
        }
        while (true) {
            scratch.clear();
            int n = e.conn.receive(scratch, now);
            if (n < 0) {
                e.eof = true;
                return;
            }
            if (n == 0) {
                return;
            }
            int bad = DataPattern.mismatches(e.receiveSeed, e.received, scratch.array(), 0, n);
            e.mismatches += bad;
            stats.mismatchedBytes += bad;
            e.receiveCrc.update(scratch.array(), 0, n);
            e.received += n;
            stats.bytesReceived += n;
            if (stats.firstByteNanos < 0) {
                stats.firstByteNanos = now;
            }
            stats.lastByteNanos = now;
        }
    }

    private void maybeFinish(Endpoint e, long now) {
        if (e.finished || e.flow.ended || !e.ready || !e.eof || !e.outputShut) {
            return;
        }
        e.finished = true;
        e.conn.close(now);
        Endpoint o = e.flow.other(e);
        if (o.finished) {
            complete(e.flow, now);
        }
    }

    private void complete(Flow f, long now) {
        f.ended = true;
        active--;
        Endpoint c = f.client;
        Endpoint s = f.server;
        boolean intact = c.received == s.sent && s.received == c.sent && c.mismatches == 0 && s.mismatches == 0
                && c.receiveCrc.getValue() == s.sendCrc.getValue() && s.receiveCrc.getValue() == c.sendCrc.getValue();
        if (intact) {
            stats.completed++;
        } else {
            stats.failed++;
            stats.integrityFailures++;
        }
        protocol.flowEnded(f, intact, now);
    }

    private void fail(Flow f, CloseReason reason, long now) {
        if (f.ended) {
            return;
        }
        f.ended = true;
        active--;
        stats.failed++;
        switch (reason) {
            case REFUSED -> stats.refused++;
            case TIMED_OUT -> stats.timedOut++;
            default -> stats.reset++;
        }
        if (f.client.conn != null) {
            awaitingAccept.remove(key(client.address(), f.client.conn.localPort()));
        }
        for (Endpoint e : new Endpoint[]{f.client, f.server}) {
            if (e.ready && !e.finished) {
                e.finished = true;
                e.conn.abort(now);
            }
        }
        protocol.flowEnded(f, false, now);
    }
}
