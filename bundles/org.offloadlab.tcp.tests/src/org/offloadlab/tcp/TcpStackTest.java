package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The socket-like layer: listen/accept with backlog, connect, demultiplexing, RST for closed ports. */
class TcpStackTest {

    private static final int CLIENT = 1;
    private static final int SERVER = 2;
    private final TcpStack client = new TcpStack(TcpHarness.baseConfig(), null);
    private final TcpStack server = new TcpStack(TcpHarness.baseConfig(), null);
    private long now;

    /** Moves segments between the stacks (no loss) until both are quiet. */
    private void exchange() {
        for (int round = 0; round < 100; round++) {
            List<Segment> toServer = new ArrayList<>();
            List<Segment> toClient = new ArrayList<>();
            client.dispatch(now, (host, s) -> toServer.add(s));
            server.dispatch(now, (host, s) -> toClient.add(s));
            if (toServer.isEmpty() && toClient.isEmpty()) {
                return;
            }
            toServer.forEach(s -> server.process(CLIENT, s, now));
            toClient.forEach(s -> client.process(SERVER, s, now));
        }
    }

    @Test
    void connectAcceptAndTalk() {
        server.listen(80, 4);
        TcpConnection c = client.connect(SERVER, 40000, 80, now);
        assertNull(server.accept(80));
        exchange();
        TcpConnection s = server.accept(80);
        assertNotNull(s);
        assertEquals(State.ESTABLISHED, c.state());
        c.send(ByteBuffer.wrap("ping".getBytes(StandardCharsets.US_ASCII)), now);
        exchange();
        ByteBuffer in = ByteBuffer.allocate(10);
        s.receive(in, now);
        assertEquals("ping", new String(in.array(), 0, in.position(), StandardCharsets.US_ASCII));
        c.close(now);
        exchange();
        assertEquals(State.FIN_WAIT_2, c.state());
        assertEquals(State.CLOSE_WAIT, s.state());
        s.close(now);
        exchange();
        assertEquals(State.TIME_WAIT, c.state());
        assertEquals(State.CLOSED, s.state());
        assertEquals(1, client.connectionCount());
        assertEquals(0, server.connectionCount());
    }

    @Test
    void closedPortAnswersWithReset() {
        TcpConnection c = client.connect(SERVER, 40000, 81, now);
        exchange();
        assertEquals(State.CLOSED, c.state());
        assertEquals(true, ConnectionEvent.REFUSED.in(c.takeEvents()));
    }

    @Test
    void backlogLimitsPendingConnections() {
        server.listen(80, 2);
        for (int port = 40000; port < 40005; port++) {
            client.connect(SERVER, port, 80, now);
        }
        exchange();
        assertNotNull(server.accept(80));
        assertNotNull(server.accept(80));
        assertNull(server.accept(80));
        assertEquals(3, server.droppedSyns());
    }

    @Test
    void manyConnectionsAreDemultiplexed() {
        server.listen(80, 1000);
        List<TcpConnection> cs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            TcpConnection c = client.connect(SERVER, 20000 + i, 80, now);
            c.send(ByteBuffer.wrap(("conn" + i).getBytes(StandardCharsets.US_ASCII)), now);
            cs.add(c);
        }
        exchange();
        int accepted = 0;
        TcpConnection s;
        while ((s = server.accept(80)) != null) {
            ByteBuffer in = ByteBuffer.allocate(20);
            s.receive(in, now);
            assertEquals("conn" + (s.remotePort() - 20000),
                    new String(in.array(), 0, in.position(), StandardCharsets.US_ASCII));
            accepted++;
        }
        assertEquals(200, accepted);
    }
}
