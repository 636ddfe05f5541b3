package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Segment-level test harness in smoltcp's style: one connection under test ("local", port 80) and a scripted peer
 * ("remote", port 49500). Tests read like sequence diagrams:
 *
 * <pre>
 * send(fromPeer().withFlags(SYN).withSeq(REMOTE_ISS));
 * expect(toPeer().withFlags(SYN | ACK).withSeq(localIss()).withAck(REMOTE_ISS + 1));
 * at(ms(200));
 * expectNothing();
 * </pre>
 *
 * Fixtures put the connection into each state. Templates are plain {@link Segment}s with {@code with…()} overrides;
 * {@link #fromPeer()} and {@link #toPeer()} carry the current sequence numbers of each side.
 */
public class TcpHarness {

    public static final int LOCAL_PORT = 80;
    public static final int REMOTE_PORT = 49500;
    /** The peer's ISN, chosen close to 2^32 so that every test crosses the wrap-around. */
    public static final int REMOTE_ISS = -100;
    public static final int WINDOW = 65535;
    public static final int SYN = TcpFlags.SYN;
    public static final int ACK = TcpFlags.ACK;
    public static final int FIN = TcpFlags.FIN;
    public static final int RST = TcpFlags.RST;
    public static final int PSH = TcpFlags.PSH;
    public static final int URG = TcpFlags.URG;

    protected TcpConnection conn;
    protected final TransitionLog log = new TransitionLog();
    protected long now;
    protected TcpConfig config = baseConfig();
    /**
     * The window {@link #toPeer()} expects. The receiver keeps its right edge (SWS avoidance, RFC 9293 §3.8.6.2.2), so
     * after the peer's FIN used one sequence number the window shows one less.
     */
    protected int expectedWindow = WINDOW;

    /** Plain TCP without options, 64 KiB buffers (window 65535 without scaling), NewReno. */
    public static TcpConfig baseConfig() {
        return TcpConfig.rfcDefaults().toBuilder().windowScaling(false).timestamps(false).sack(false)
                .sendBufferSize(64 * 1024).receiveBufferSize(64 * 1024).build();
    }

    public static long ms(long v) {
        return v * 1_000_000L;
    }

    public static long s(long v) {
        return v * 1_000_000_000L;
    }

    public static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (seed + i * 7);
        }
        return b;
    }

    // ------------------------------------------------------------------------------------------- templates

    /** Our ISS. */
    protected int localIss() {
        return conn.hardState().iss();
    }

    /** A segment from the peer: next expected sequence number, acknowledging all we sent, full window. */
    protected Segment fromPeer() {
        HardState h = conn.hardState();
        return Segment.of(REMOTE_PORT, LOCAL_PORT, h.rcvNxt(), h.sndNxt(), ACK, WINDOW);
    }

    /** A segment from us as the test expects it: SND.NXT, RCV.NXT, full window. */
    protected Segment toPeer() {
        HardState h = conn.hardState();
        return Segment.of(LOCAL_PORT, REMOTE_PORT, h.sndNxt(), h.rcvNxt(), ACK, expectedWindow);
    }

    // ------------------------------------------------------------------------------------------- actions

    protected void at(long nanos) {
        assertTrue(nanos >= now, "time goes forward");
        now = nanos;
    }

    protected void advance(long nanos) {
        now += nanos;
    }

    /** Moves to the connection's next poll time (which must be set). */
    protected void atPollTime() {
        long t = conn.pollAt();
        assertTrue(t != Long.MAX_VALUE, "connection has nothing pending");
        now = Math.max(now, t);
    }

    protected void send(Segment seg) {
        conn.process(seg, now);
    }

    /** Dispatches and returns what the connection emitted. */
    protected List<Segment> dispatch() {
        List<Segment> out = new ArrayList<>();
        conn.dispatch(now, out::add);
        return out;
    }

    protected void expect(Segment... expected) {
        assertEquals(List.of(expected), dispatch());
    }

    protected void expectNothing() {
        assertEquals(List.of(), dispatch());
    }

    protected void expectState(State s) {
        assertEquals(s, conn.state());
    }

    protected int write(String data) {
        return conn.send(ByteBuffer.wrap(bytes(data)), now);
    }

    protected int write(byte[] data) {
        return conn.send(ByteBuffer.wrap(data), now);
    }

    protected String read() {
        ByteBuffer b = ByteBuffer.allocate(1 << 20);
        int n = conn.receive(b, now);
        return n <= 0 ? "" : new String(b.array(), 0, n, StandardCharsets.US_ASCII);
    }

    // ------------------------------------------------------------------------------------------- fixtures

    protected void listen() {
        conn = TcpConnection.listen(config, log, LOCAL_PORT, 7, now);
    }

    /** LISTEN + peer SYN + our SYN-ACK. */
    protected void synReceived() {
        listen();
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, REMOTE_ISS, 0, SYN, WINDOW)
                .withOptions(TcpOptions.NONE.withMss(1460)));
        expect(Segment.of(LOCAL_PORT, REMOTE_PORT, localIss(), REMOTE_ISS + 1, SYN | ACK, expectedWindow)
                .withOptions(TcpOptions.NONE.withMss(config.mss())));
    }

    /** Active open: our SYN is out. */
    protected void synSent() {
        conn = TcpConnection.connect(config, log, LOCAL_PORT, REMOTE_PORT, 7, now);
        expect(Segment.of(LOCAL_PORT, REMOTE_PORT, localIss(), 0, SYN, expectedWindow)
                .withOptions(TcpOptions.NONE.withMss(config.mss())));
    }

    /** Active open completed. */
    protected void established() {
        synSent();
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, REMOTE_ISS, localIss() + 1, SYN | ACK, WINDOW)
                .withOptions(TcpOptions.NONE.withMss(1460)));
        expect(toPeer());
        expectState(State.ESTABLISHED);
    }

    /** Passive open completed. */
    protected void establishedPassive() {
        synReceived();
        send(fromPeer());
        expectNothing();
        expectState(State.ESTABLISHED);
    }

    /** ESTABLISHED, then CLOSE: our FIN is out. */
    protected void finWait1() {
        established();
        conn.close(now);
        expect(toPeer().withFlags(FIN | ACK));
        expectState(State.FIN_WAIT_1);
    }

    protected void finWait2() {
        finWait1();
        send(fromPeer());
        expectNothing();
        expectState(State.FIN_WAIT_2);
    }

    /** FIN-WAIT-1 and the peer's FIN crosses ours. */
    protected void closing() {
        finWait1();
        HardState h = conn.hardState();
        send(fromPeer().withAck(h.sndNxt() - 1).withFlags(FIN | ACK));
        expectedWindow = WINDOW - 1;
        expect(toPeer());
        expectState(State.CLOSING);
    }

    protected void timeWait() {
        finWait2();
        send(fromPeer().withFlags(FIN | ACK));
        expectedWindow = WINDOW - 1;
        expect(toPeer());
        expectState(State.TIME_WAIT);
    }

    protected void closeWait() {
        established();
        send(fromPeer().withFlags(FIN | ACK));
        expectedWindow = WINDOW - 1;
        expect(toPeer());
        expectState(State.CLOSE_WAIT);
    }

    protected void lastAck() {
        closeWait();
        conn.close(now);
        expect(toPeer().withFlags(FIN | ACK));
        expectState(State.LAST_ACK);
    }
}
