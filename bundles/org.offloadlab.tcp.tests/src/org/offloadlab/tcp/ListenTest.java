package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 9293 §3.10.7.2: LISTEN. */
class ListenTest extends TcpHarness {

    @BeforeEach
    void setUp() {
        listen();
    }

    @Test
    void synIsAnsweredWithSynAck() {
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, REMOTE_ISS, 0, SYN, WINDOW)
                .withOptions(TcpOptions.NONE.withMss(1200)));
        expectState(State.SYN_RECEIVED);
        expect(Segment.of(LOCAL_PORT, REMOTE_PORT, localIss(), REMOTE_ISS + 1, SYN | ACK, WINDOW)
                .withOptions(TcpOptions.NONE.withMss(1460)));
        assertEquals(List.of(State.LISTEN, State.SYN_RECEIVED), log.states());
        assertEquals(1200, conn.effectiveMss());
    }

    @Test
    void rstIsIgnored() {
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, 1, 0, RST, 0));
        expectNothing();
        expectState(State.LISTEN);
        assertEquals(1, conn.dropCount(DropReason.IGNORED_IN_STATE));
    }

    @Test
    void ackIsAnsweredWithReset() {
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, 1, 12345, ACK, WINDOW));
        expect(Segment.of(LOCAL_PORT, REMOTE_PORT, 12345, 0, RST, 0));
        expectState(State.LISTEN);
    }

    @Test
    void segmentWithoutSynIsDropped() {
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, 1, 0, 0, WINDOW).withPayload(bytes("x")));
        expectNothing();
        expectState(State.LISTEN);
    }

    @Test
    void synFinAndSynRstAreDropped() {
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, 1, 0, SYN | FIN, WINDOW));
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, 1, 0, SYN | RST, WINDOW));
        expectNothing();
        expectState(State.LISTEN);
        assertEquals(1, conn.dropCount(DropReason.SYN_FIN));
        assertEquals(1, conn.dropCount(DropReason.SYN_RST));
    }

    @Test
    void zeroMssIsDropped() {
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, 1, 0, SYN, WINDOW).withOptions(TcpOptions.NONE.withMss(0)));
        expectNothing();
        expectState(State.LISTEN);
        assertEquals(1, conn.dropCount(DropReason.ZERO_MSS));
    }

    @Test
    void missingMssMeans536() {
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, REMOTE_ISS, 0, SYN, WINDOW));
        assertEquals(536, conn.effectiveMss());
    }

    @Test
    void isnIsReproducibleAndKeyed() {
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, REMOTE_ISS, 0, SYN, WINDOW));
        int first = localIss();
        TcpConnection again = TcpConnection.listen(config, null, LOCAL_PORT, 7, 0);
        again.process(Segment.of(REMOTE_PORT, LOCAL_PORT, REMOTE_ISS, 0, SYN, WINDOW), 0);
        assertEquals(first, again.hardState().iss());
        TcpConnection otherKey = TcpConnection.listen(config.toBuilder().isnSecret(99).build(), null, LOCAL_PORT, 7,
                0);
        otherKey.process(Segment.of(REMOTE_PORT, LOCAL_PORT, REMOTE_ISS, 0, SYN, WINDOW), 0);
        org.junit.jupiter.api.Assertions.assertNotEquals(first, otherKey.hardState().iss());
        // RFC 6528: the clock component advances by one every 4 µs
        TcpConnection later = TcpConnection.listen(config, null, LOCAL_PORT, 7, 0);
        later.process(Segment.of(REMOTE_PORT, LOCAL_PORT, REMOTE_ISS, 0, SYN, WINDOW), 4_000_000);
        assertEquals(first + 1000, later.hardState().iss());
    }
}
