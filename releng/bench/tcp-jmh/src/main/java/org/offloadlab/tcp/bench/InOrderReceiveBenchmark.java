package org.offloadlab.tcp.bench;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

import org.offloadlab.tcp.ConnectionListener;
import org.offloadlab.tcp.DropReason;
import org.offloadlab.tcp.HardState;
import org.offloadlab.tcp.Segment;
import org.offloadlab.tcp.SegmentSink;
import org.offloadlab.tcp.TcpConfig;
import org.offloadlab.tcp.TcpConnection;
import org.offloadlab.tcp.TcpFlags;
import org.offloadlab.tcp.TcpOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * In-order, full-sized data segments into an ESTABLISHED receiver (issue 3 target: ≥ 5 M segments/s on one core,
 * with and without timestamps).
 * <p>
 * Setup: a real three-way handshake between two engines ({@link TcpConfig#linuxDefaults()}, CUBIC, window scaling,
 * SACK; timestamps on or off). The measured side is the passive (server) engine. {@value #SEGMENTS} data segments
 * from the client are pre-built in {@code @Setup} with consecutive sequence numbers, a full-MSS payload (1448 octets
 * with timestamps, 1460 without — the receiver's "full segment" for the every-second-segment ACK rule), the
 * client's ACK/window and, with timestamps, a TSval that advances like a 1 ms peer clock at ~10 Gb/s.
 * <p>
 * One operation = one segment. Each invocation processes two segments, lets the application drain the receive buffer
 * with {@link TcpConnection#receive} (so the window stays open and the window-update logic runs) and calls
 * {@link TcpConnection#dispatch}, which emits the ACK that the every-second-full-segment rule (RFC 9293 §3.8.6.3,
 * RFC 5681 §4.2) makes due — i.e. the same ACK cadence as Linux's delayed ACK under bulk receive. The virtual clock
 * advances 1.2 µs per segment (a 1500-octet frame at 10 Gb/s).
 * <p>
 * Sequence numbers cannot be replayed, so when the pre-built array is used up the receiver is re-created with
 * {@link TcpConnection#restore} from the hard state snapshot taken after the handshake (same RCV.NXT and TS.Recent
 * as the array's start). That costs one restore plus the lazy 256 KiB receive-buffer allocation per
 * {@value #SEGMENTS} segments; it is inside the measurement (well under 1 % of it).
 * <p>
 * Every iteration's teardown checks that no segment was dropped and that the receiver is still ESTABLISHED.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class InOrderReceiveBenchmark {

    static final int SEGMENTS = 1 << 16;
    static final long NANOS_PER_SEGMENT = 1_200;

    @Param({"true", "false"})
    public boolean timestamps;

    private TcpConfig config;
    private HardState snapshot;
    private Segment[] segments;
    private TcpConnection receiver;
    private int next;
    private long now;
    private final ByteBuffer appBuffer = ByteBuffer.allocate(64 * 1024);
    private final AckSink acks = new AckSink();
    private long restores;

    /** Keeps the last ACK and counts them, so that nothing dispatch produces is dead. */
    static final class AckSink implements SegmentSink {
        Segment last;
        long count;

        @Override
        public void emit(Segment segment) {
            last = segment;
            count++;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        config = TcpConfig.linuxDefaults().toBuilder().timestamps(timestamps).build();
        now = 1_000_000_000L;
        TcpConnection[] pair = new Wire().handshake(config, ConnectionListener.NONE, 49152, 80, 7, now);
        TcpConnection client = pair[0];
        TcpConnection server = pair[1];
        snapshot = server.hardState();
        HardState c = client.hardState();
        if (snapshot.timestamps() != timestamps) {
            throw new IllegalStateException("timestamps not negotiated as asked");
        }
        int payloadLength = snapshot.rcvMss() - (timestamps ? 12 : 0);
        byte[] data = new byte[payloadLength];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31 + 7);
        }
        ByteBuffer payload = ByteBuffer.wrap(data);
        int window = (int) Math.min(0xFFFF, client.rcvWnd() >> c.rcvWscale());
        segments = new Segment[SEGMENTS];
        int seq = client.sndNxt();
        for (int i = 0; i < SEGMENTS; i++) {
            TcpOptions options = timestamps
                    ? TcpOptions.NONE.withTimestamps(snapshot.tsRecent() + 1 + i / 832, c.tsRecent())
                    : TcpOptions.NONE;
            segments[i] = new Segment(c.localPort(), c.remotePort(), seq, client.rcvNxt(), TcpFlags.ACK, window, 0,
                    options, payload);
            seq += payloadLength;
        }
        receiver = server;
        next = 0;
        // a full pass outside the measurement: proves the path (no drops, everything acknowledged)
        for (int i = 0; i < SEGMENTS; i += 2) {
            receiveTwo();
        }
        if (receiver.rcvNxt() != seq || receiver.state() != org.offloadlab.tcp.State.ESTABLISHED) {
            throw new IllegalStateException("segments were not all accepted: " + receiver);
        }
        checkNoDrops();
        if (acks.count < SEGMENTS / 2) {
            throw new IllegalStateException("expected an ACK every second segment, got " + acks.count);
        }
    }

    private void checkNoDrops() {
        for (DropReason r : DropReason.values()) {
            if (receiver.dropCount(r) != 0) {
                throw new IllegalStateException(receiver.dropCount(r) + " segments dropped: " + r);
            }
        }
    }

    @TearDown(Level.Iteration)
    public void check() {
        checkNoDrops();
        if (receiver.state() != org.offloadlab.tcp.State.ESTABLISHED) {
            throw new IllegalStateException("receiver left ESTABLISHED: " + receiver);
        }
    }

    private void receiveTwo() {
        if (next == SEGMENTS) {
            receiver = TcpConnection.restore(snapshot, config, ConnectionListener.NONE, now);
            next = 0;
            restores++;
        }
        TcpConnection r = receiver;
        long t = now;
        r.process(segments[next], t);
        t += NANOS_PER_SEGMENT;
        r.process(segments[next + 1], t);
        next += 2;
        ByteBuffer app = appBuffer;
        app.clear();
        r.receive(app, t);
        r.dispatch(t, acks);
        now = t + NANOS_PER_SEGMENT;
    }

    @Benchmark
    @OperationsPerInvocation(2)
    public void inOrderSegments(Blackhole bh) {
        receiveTwo();
        bh.consume(acks.last);
        bh.consume(appBuffer.position());
    }
}
