package org.offloadlab.tcp.bench;

import org.offloadlab.tcp.Segment;
import org.offloadlab.tcp.SegmentSink;
import org.offloadlab.tcp.State;
import org.offloadlab.tcp.TcpConfig;
import org.offloadlab.tcp.TcpConnection;
import org.offloadlab.tcp.ConnectionListener;

/**
 * Connects two engines back to back in memory (segment objects handed over directly, no wire encoding): what
 * {@code dispatch} of one side emits is {@code process}ed by the other.
 */
final class Wire {

    /** A reusable segment queue used as the {@link SegmentSink} of one side. */
    static final class Queue implements SegmentSink {
        Segment[] items = new Segment[16];
        int size;

        @Override
        public void emit(Segment segment) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = segment;
        }

        /** Hands everything queued to {@code to}; returns how many segments moved. */
        int deliver(TcpConnection to, long now) {
            int n = size;
            for (int i = 0; i < n; i++) {
                to.process(items[i], now);
                items[i] = null;
            }
            size = 0;
            return n;
        }
    }

    private final Queue fromA = new Queue();
    private final Queue fromB = new Queue();

    /** The queue that receives side A's segments (for a dispatch outside {@link #pump}). */
    Queue sinkA() {
        return fromA;
    }

    /** Runs both sides' dispatch and delivers until neither emits anything; returns the segments exchanged. */
    int pump(TcpConnection a, TcpConnection b, long now) {
        int total = 0;
        for (;;) {
            a.dispatch(now, fromA);
            int moved = fromA.deliver(b, now);
            b.dispatch(now, fromB);
            moved += fromB.deliver(a, now);
            if (moved == 0) {
                return total;
            }
            total += moved;
        }
    }

    /** A real three-way handshake between a fresh active and a fresh passive engine; returns {client, server}. */
    TcpConnection[] handshake(TcpConfig config, ConnectionListener listener, int clientPort, int serverPort,
            long pathKey, long now) {
        TcpConnection server = TcpConnection.listen(config, listener, serverPort, pathKey, now);
        TcpConnection client = TcpConnection.connect(config, listener, clientPort, serverPort, pathKey, now);
        pump(client, server, now);
        if (client.state() != State.ESTABLISHED || server.state() != State.ESTABLISHED) {
            throw new IllegalStateException("handshake failed: " + client + " / " + server);
        }
        return new TcpConnection[] {client, server};
    }

    /** The last segment {@code from} emits on a dispatch at {@code now} (used as a template), or null. */
    static Segment lastEmitted(TcpConnection from, long now) {
        Queue q = new Queue();
        from.dispatch(now, q);
        return q.size == 0 ? null : q.items[q.size - 1];
    }
}
