package org.offloadlab.sim;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.offloadlab.sim.app.AppConnection;
import org.offloadlab.sim.app.AppHandler;
import org.offloadlab.sim.app.CloseReason;
import org.offloadlab.sim.app.SocketApi;
import org.offloadlab.tcp.ConnectionEvent;
import org.offloadlab.tcp.ConnectionListener;
import org.offloadlab.tcp.RecoveryEvent;
import org.offloadlab.tcp.State;
import org.offloadlab.tcp.TcpConfig;
import org.offloadlab.tcp.TcpConnection;
import org.offloadlab.tcp.TcpStack;

/**
 * An emulated remote host: one address, one {@link TcpStack}, attached to a link as a {@link PacketReceiver} and
 * sending into another. It offers the {@link SocketApi} to workloads and turns the engine's {@link ConnectionEvent}s
 * into {@link AppHandler} callbacks.
 * <p>
 * The stack is driven by one reusable {@link Scheduled} handle kept at the stack's {@code pollAt()}: after every
 * packet, every dispatch and every application call the handle is moved if the stack's next deadline changed, so an
 * idle host costs no events and a busy one allocates none for scheduling.
 * <p>
 * Packets the link corrupted fail the checksum (RFC 9293 §3.1) and are dropped and counted, as a real stack does;
 * packets for another address are dropped and counted too.
 */
public final class PeerHost implements PacketReceiver, SocketApi {

    /** First ephemeral port (IANA dynamic range, RFC 6335 §6). */
    private static final int EPHEMERAL_FIRST = 49152;
    private static final int EPHEMERAL_COUNT = 65536 - EPHEMERAL_FIRST;
    /** A guard against a stack that keeps asking for dispatch without progressing. */
    private static final int MAX_POLLS_AT_ONE_INSTANT = 100_000;

    private final Simulator sim;
    private final String name;
    private final int address;
    private final TcpStack stack;
    private final Scheduled poll;
    private PacketReceiver out;
    private final Map<TcpConnection, PeerConnection> connections = new IdentityHashMap<>();
    private final Map<Integer, AppHandler> listeners = new HashMap<>();
    private final TcpStack.AddressedSink sink;
    private int nextEphemeral;
    /** Remote host of the packet being processed: passive connections learn their peer from it. */
    private int processingFrom;
    private long pollsAtInstant;
    private long lastPollTime = -1;

    private long packetsReceived;
    private long packetsSent;
    private long checksumDrops;
    private long misaddressed;

    /**
     * A peer named {@code name} (its trace source and random-stream prefix) at {@code address}, sending its packets to
     * {@code out} (usually a {@link LinkDirection}; may be set later with {@link #setOutput}).
     */
    public PeerHost(Simulator sim, String name, int address, TcpConfig config, PacketReceiver out) {
        if (sim == null || name == null || config == null) {
            throw new IllegalArgumentException("peer host needs a simulator, a name and a TCP configuration");
        }
        this.sim = sim;
        this.name = name;
        this.address = address;
        this.out = out;
        this.stack = new TcpStack(config, new Listener());
        this.poll = sim.handle(this::poll);
        // ephemeral ports start at a seeded offset, as Linux randomises them (RFC 6056)
        this.nextEphemeral = sim.random(name + "/ports").nextInt(EPHEMERAL_COUNT);
        this.sink = (remote, segment) -> {
            packetsSent++;
            Packet p = Packet.of(this.address, remote, segment);
            if (this.out == null) {
                throw new IllegalStateException("peer host " + this.name + " has no output link");
            }
            this.out.receive(p, sim.now());
        };
    }

    public void setOutput(PacketReceiver out) {
        this.out = out;
    }

    public String name() {
        return name;
    }

    @Override
    public int address() {
        return address;
    }

    /** The underlying stack (for statistics). */
    public TcpStack stack() {
        return stack;
    }

    // ===================================================================================================== packets

    @Override
    public void receive(Packet packet, long nowNanos) {
        packetsReceived++;
        if (packet.destinationHost() != address) {
            misaddressed++;
            sim.trace().record(nowNanos, name, "drop.address", packet.destinationHost(), packet.sourceHost());
            return;
        }
        if (packet.corrupted()) {
            checksumDrops++;
            sim.trace().record(nowNanos, name, "drop.checksum", packet.segment().seq() & 0xffffffffL,
                    packet.wireBytes());
            return;
        }
        processingFrom = packet.sourceHost();
        stack.process(packet.sourceHost(), packet.segment(), nowNanos);
        arm(nowNanos);
    }

    private void poll(long now) {
        if (now == lastPollTime) {
            if (++pollsAtInstant > MAX_POLLS_AT_ONE_INSTANT) {
                throw new IllegalStateException("peer host " + name + ": TCP stack asked for dispatch "
                        + MAX_POLLS_AT_ONE_INSTANT + " times at " + now + " ns without progress");
            }
        } else {
            lastPollTime = now;
            pollsAtInstant = 0;
        }
        stack.dispatch(now, sink);
        drainAcceptQueues();
        arm(now);
    }

    /** Keeps the one poll handle at the stack's next deadline. */
    private void arm(long now) {
        long at = stack.pollAt();
        if (at == Long.MAX_VALUE) {
            sim.cancel(poll);
            return;
        }
        at = Math.max(at, now);
        if (!poll.isPending() || poll.time() != at) {
            sim.reschedule(poll, at);
        }
    }

    private void drainAcceptQueues() {
        // connections are reported through their ESTABLISHED event; the stack's accept queue only has to be emptied
        // so that its backlog counts pending handshakes, not served connections
        for (Integer port : listeners.keySet()) {
            while (stack.accept(port) != null) {
                // already handed to the application
            }
        }
    }

    // ================================================================================================= socket API

    @Override
    public void listen(int port, int backlog, AppHandler handler, long nowNanos) {
        checkPort(port);
        if (handler == null) {
            throw new IllegalArgumentException("listen on port " + port + " needs a handler");
        }
        stack.listen(port, backlog);
        listeners.put(port, handler);
    }

    @Override
    public void unlisten(int port, long nowNanos) {
        listeners.remove(port);
        stack.unlisten(port, nowNanos);
        arm(nowNanos);
    }

    @Override
    public AppConnection connect(int remoteHost, int remotePort, AppHandler handler, long nowNanos) {
        checkPort(remotePort);
        if (handler == null) {
            throw new IllegalArgumentException("connect to " + remoteHost + ":" + remotePort + " needs a handler");
        }
        for (int tries = 0; tries < EPHEMERAL_COUNT; tries++) {
            int port = EPHEMERAL_FIRST + nextEphemeral;
            nextEphemeral = (nextEphemeral + 1) % EPHEMERAL_COUNT;
            TcpConnection c;
            try {
                c = stack.connect(remoteHost, port, remotePort, nowNanos);
            } catch (IllegalStateException inUse) {
                continue; // this 4-tuple is still in use (e.g. in TIME-WAIT): take the next port
            }
            PeerConnection pc = new PeerConnection(c, remoteHost, handler, false);
            connections.put(c, pc);
            arm(nowNanos);
            return pc;
        }
        throw new IllegalStateException("peer host " + name + ": all " + EPHEMERAL_COUNT
                + " ephemeral ports to " + remoteHost + ":" + remotePort + " are in use");
    }

    private static void checkPort(int port) {
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in 1..65535, got " + port);
        }
    }

    // ================================================================================================= statistics

    public long packetsReceived() {
        return packetsReceived;
    }

    public long packetsSent() {
        return packetsSent;
    }

    /** Packets dropped because the link corrupted them. */
    public long checksumDrops() {
        return checksumDrops;
    }

    /** Packets dropped because they were addressed to another host. */
    public long misaddressed() {
        return misaddressed;
    }

    /** Connections the applications still hold. */
    public int openConnections() {
        return connections.size();
    }

    /**
     * How often the connections the applications still hold went through a loss-recovery step (fast recovery,
     * retransmission timeout, ...), summed: for comparing loss recovery with another simulator.
     */
    public long recoveryCount(RecoveryEvent event) {
        long n = 0;
        for (TcpConnection c : connections.keySet()) {
            n += c.recoveryCount(event);
        }
        return n;
    }

    // ================================================================================================ connections

    private final class Listener implements ConnectionListener {

        @Override
        public void stateChanged(TcpConnection c, State from, State to, long now) {
            PeerConnection pc = connections.get(c);
            if (pc != null && (to == State.CLOSE_WAIT || to == State.CLOSING)) {
                // the engine fires PEER_CLOSED just before this transition, when receive() cannot yet return -1:
                // report the end of stream now that it can
                pc.handler.readable(pc, now);
            }
            if (pc != null && to == State.TIME_WAIT) {
                // both FINs exchanged: the application's view of the connection is over, but it may not have seen
                // the end of the stream yet (the FIN's PEER_CLOSED event follows this transition)
                pc.handler.readable(pc, now);
                pc.end(CloseReason.NORMAL, now);
            }
        }

        @Override
        public void event(TcpConnection c, ConnectionEvent e, long now) {
            PeerConnection pc = connections.get(c);
            if (pc == null) {
                if (e == ConnectionEvent.ESTABLISHED) {
                    AppHandler h = listeners.get(c.localPort());
                    if (h == null) {
                        return; // listener withdrawn meanwhile; the stack aborts the connection
                    }
                    pc = new PeerConnection(c, processingFrom, h, true);
                    connections.put(c, pc);
                    h.accepted(pc, now);
                }
                return;
            }
            switch (e) {
                case ESTABLISHED -> pc.handler.connected(pc, now);
                case READABLE, PEER_CLOSED -> pc.handler.readable(pc, now);
                case WRITABLE -> pc.handler.writable(pc, now);
                case REFUSED -> pc.end(CloseReason.REFUSED, now);
                case RESET -> pc.end(CloseReason.RESET, now);
                case TIMED_OUT -> pc.end(CloseReason.TIMED_OUT, now);
                case CLOSED -> pc.end(pc.closedByApp && !pc.abortedByApp ? CloseReason.NORMAL : CloseReason.RESET,
                        now);
                default -> {
                    // URGENT: the workloads do not use urgent data
                }
            }
        }
    }

    /** The application's view of one connection. */
    private final class PeerConnection implements AppConnection {
        final TcpConnection c;
        final int remoteHost;
        final AppHandler handler;
        final boolean passive;
        boolean closedByApp;
        boolean abortedByApp;
        boolean ended;

        PeerConnection(TcpConnection c, int remoteHost, AppHandler handler, boolean passive) {
            this.c = c;
            this.remoteHost = remoteHost;
            this.handler = handler;
            this.passive = passive;
        }

        void end(CloseReason reason, long now) {
            if (!ended) {
                ended = true;
                connections.remove(c);
                handler.closed(this, reason, now);
            }
        }

        @Override
        public int remoteHost() {
            return remoteHost;
        }

        @Override
        public int localPort() {
            return c.localPort();
        }

        @Override
        public int remotePort() {
            return c.remotePort();
        }

        @Override
        public int send(ByteBuffer src, long nowNanos) {
            int n = c.send(src, nowNanos);
            arm(nowNanos);
            return n;
        }

        @Override
        public int receive(ByteBuffer dst, long nowNanos) {
            int n = c.receive(dst, nowNanos);
            arm(nowNanos); // reading may open the window: a window update may be due
            return n;
        }

        @Override
        public int sendSpace() {
            return c.sendSpace();
        }

        @Override
        public int available() {
            return c.available();
        }

        @Override
        public void shutdownOutput(long nowNanos) {
            c.shutdownOutput(nowNanos);
            arm(nowNanos);
        }

        @Override
        public void close(long nowNanos) {
            closedByApp = true;
            c.close(nowNanos);
            arm(nowNanos);
        }

        @Override
        public void abort(long nowNanos) {
            closedByApp = true;
            abortedByApp = true;
            c.abort(nowNanos);
            arm(nowNanos);
        }

        @Override
        public String toString() {
            return name + ":" + c.localPort() + "→" + remoteHost + ":" + c.remotePort() + " " + c.state()
                    + (passive ? " (accepted)" : "");
        }
    }
}
