package org.offloadlab.tcp.bench;

import java.util.concurrent.TimeUnit;

import org.offloadlab.tcp.ConnectionListener;
import org.offloadlab.tcp.TcpConfig;
import org.offloadlab.tcp.TcpConnection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Full connection setup and data-less teardown between two engines per operation (issue 3 target: ≥ 500 k
 * connections/s on one core). Both engines run on the measured thread, so one operation costs both ends.
 * <p>
 * One operation: {@code listen} + {@code connect} (RFC 6528 ISN, SipHash), SYN → SYN-ACK → ACK (both ESTABLISHED),
 * the client closes (FIN → ACK), the server closes (FIN → ACK), the server reaches CLOSED from LAST-ACK and the
 * client's TIME-WAIT is expired by a dispatch 2·MSL later, so both end CLOSED. Seven segments in all, each
 * handed over as a {@code Segment} object (no wire encoding or checksums; those are measured nowhere here). The
 * client port and the path key change on every operation so each connection has a different ISN and timestamp
 * offset; the virtual clock advances 1 µs per operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ConnectionLifecycleBenchmark {

    @Param({"true", "false"})
    public boolean timestamps;

    private TcpConfig config;
    private final Wire wire = new Wire();
    private long now;
    private int counter;

    @Setup(Level.Trial)
    public void setUp() {
        config = TcpConfig.linuxDefaults().toBuilder().timestamps(timestamps).build();
        now = 1_000_000_000L;
        // prove the sequence once: both sides CLOSED after seven segments
        TcpConnection[] pair = openAndClose();
        if (!pair[0].isClosed() || !pair[1].isClosed()) {
            throw new IllegalStateException("teardown incomplete: " + pair[0] + " / " + pair[1]);
        }
        if (wire.sinkA().size != 0) {
            throw new IllegalStateException("the TIME-WAIT expiry emitted a segment");
        }
    }

    private TcpConnection[] openAndClose() {
        int n = counter++;
        int clientPort = 1024 + (n & 0x7FFF);
        long t = now;
        now = t + 1_000;
        TcpConnection[] pair = wire.handshake(config, ConnectionListener.NONE, clientPort, 80, n, t);
        TcpConnection client = pair[0];
        TcpConnection server = pair[1];
        client.close(t);
        wire.pump(client, server, t); // FIN, ACK (server CLOSE-WAIT, client FIN-WAIT-2)
        server.close(t);
        wire.pump(client, server, t); // FIN, ACK (server CLOSED, client TIME-WAIT)
        client.dispatch(t + 2 * config.mslNanos(), wire.sinkA()); // TIME-WAIT expires: CLOSED, emits nothing
        return pair;
    }

    @Benchmark
    public void setupAndTeardown(Blackhole bh) {
        TcpConnection[] pair = openAndClose();
        bh.consume(pair[0].state());
        bh.consume(pair[1].state());
    }
}
