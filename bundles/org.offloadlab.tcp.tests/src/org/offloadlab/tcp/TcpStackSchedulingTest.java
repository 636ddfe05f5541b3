package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Two {@link TcpStack}s with many connections over a lossy link, driven only by {@link TcpStack#pollAt()}: the
 * event-driven scheduler must neither miss a timer nor a woken connection.
 */
class TcpStackSchedulingTest {

    private static final int CLIENT = 1;
    private static final int SERVER = 2;

    private record Packet(long at, long order, boolean toServer, Segment segment) {
    }

    @Test
    void manyConnectionsOverALossyLink() {
        Random r = new Random(11);
        TcpConfig cfg = TcpConfig.linuxDefaults().toBuilder().sendBufferSize(16 * 1024).receiveBufferSize(16 * 1024)
                .build();
        TcpStack client = new TcpStack(cfg, null);
        TcpStack server = new TcpStack(cfg, null);
        server.listen(80, 100);
        PriorityQueue<Packet> wire = new PriorityQueue<>(
                (a, b) -> a.at != b.at ? Long.compare(a.at, b.at) : Long.compare(a.order, b.order));
        long[] order = {0};
        long[] now = {0};
        int n = 50;
        Map<Integer, byte[]> sent = new HashMap<>();
        List<TcpConnection> clients = new ArrayList<>();
        int[] written = new int[n];
        for (int i = 0; i < n; i++) {
            byte[] data = new byte[r.nextInt(60_000)];
            r.nextBytes(data);
            sent.put(30000 + i, data);
            clients.add(client.connect(SERVER, 30000 + i, 80, 0));
        }
        Map<Integer, TcpConnection> accepted = new HashMap<>();
        Map<Integer, ByteArrayOutputStream> received = new HashMap<>();
        int finished = 0;
        for (int step = 0; step < 2_000_000 && finished < n; step++) {
            // applications
            for (int i = 0; i < n; i++) {
                TcpConnection c = clients.get(i);
                byte[] data = sent.get(30000 + i);
                if (c.state() == State.ESTABLISHED && written[i] < data.length) {
                    written[i] += Math.max(0, c.send(ByteBuffer.wrap(data, written[i], data.length - written[i]),
                            now[0]));
                    if (written[i] == data.length) {
                        c.close(now[0]);
                    }
                }
            }
            TcpConnection a;
            while ((a = server.accept(80)) != null) {
                accepted.put(a.remotePort(), a);
                received.put(a.remotePort(), new ByteArrayOutputStream());
            }
            finished = 0;
            for (Map.Entry<Integer, TcpConnection> e : accepted.entrySet()) {
                ByteBuffer buf = ByteBuffer.allocate(8192);
                int got = e.getValue().receive(buf, now[0]);
                if (got > 0) {
                    received.get(e.getKey()).write(buf.array(), 0, got);
                } else if (got < 0) {
                    if (e.getValue().state() == State.CLOSE_WAIT) {
                        e.getValue().close(now[0]);
                    }
                    finished++;
                }
            }
            client.dispatch(now[0], (host, s) -> {
                if (r.nextDouble() >= 0.05) {
                    wire.add(new Packet(now[0] + 5_000_000, order[0]++, true, s));
                }
            });
            server.dispatch(now[0], (host, s) -> {
                if (r.nextDouble() >= 0.05) {
                    wire.add(new Packet(now[0] + 5_000_000, order[0]++, false, s));
                }
            });
            while (!wire.isEmpty() && wire.peek().at <= now[0]) {
                Packet p = wire.poll();
                if (p.toServer) {
                    server.process(CLIENT, p.segment, now[0]);
                } else {
                    client.process(SERVER, p.segment, now[0]);
                }
            }
            long next = Math.min(client.pollAt(), server.pollAt());
            if (!wire.isEmpty()) {
                next = Math.min(next, wire.peek().at);
            }
            // the applications look again every 10 ms, as in any event loop with a timeout
            now[0] = Math.max(now[0] + 1, Math.min(next, now[0] + 10_000_000));
        }
        assertEquals(n, finished);
        for (int i = 0; i < n; i++) {
            assertArrayEquals(sent.get(30000 + i), received.get(30000 + i).toByteArray());
        }
        // everything closes on its own: TIME-WAIT on the clients expires after 2·MSL
        long end = now[0] + 200_000_000_000L;
        while (now[0] < end && client.connectionCount() + server.connectionCount() > 0) {
            client.dispatch(now[0], (host, s) -> wire.add(new Packet(now[0], order[0]++, true, s)));
            server.dispatch(now[0], (host, s) -> wire.add(new Packet(now[0], order[0]++, false, s)));
            while (!wire.isEmpty()) {
                Packet p = wire.poll();
                if (p.toServer) {
                    server.process(CLIENT, p.segment, now[0]);
                } else {
                    client.process(SERVER, p.segment, now[0]);
                }
            }
            long next = Math.min(client.pollAt(), server.pollAt());
            if (next == Long.MAX_VALUE) {
                break;
            }
            now[0] = Math.max(now[0], next);
        }
        assertEquals(0, server.connectionCount());
        assertEquals(0, client.connectionCount());
        assertTrue(now[0] < end, "closed on time");
    }
}
