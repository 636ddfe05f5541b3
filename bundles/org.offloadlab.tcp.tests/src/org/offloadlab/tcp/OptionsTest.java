package org.offloadlab.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** MSS (RFC 9293 §3.7.1, RFC 6691), window scale, timestamps and PAWS (RFC 7323), SACK-permitted (RFC 2018). */
class OptionsTest extends TcpHarness {

    private static final TcpOptions PEER_SYN = TcpOptions.NONE.withMss(1460).withSackPermitted(true)
            .withTimestamps(1000, 0).withWindowScale(7);

    private void allOptions() {
        // the shift derived from the buffer (RFC profile behaviour), so these tests see a buffer-dependent shift
        config = TcpConfig.linuxDefaults().toBuilder().receiveBufferSize(1 << 20).sendBufferSize(1 << 20)
                .receiveWindowScale(TcpConfig.AUTO_WINDOW_SCALE).build();
    }

    @Test
    void linuxProfileOffersWindowScale7AndAnExplicitShiftIsHonoured() {
        config = TcpConfig.linuxDefaults();
        conn = TcpConnection.connect(config, log, LOCAL_PORT, REMOTE_PORT, 7, 0);
        assertEquals(TcpConfig.LINUX_WINDOW_SCALE, dispatch().get(0).options().windowScale());
        config = TcpConfig.rfcDefaults().toBuilder().receiveWindowScale(10).build();
        listen();
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, REMOTE_ISS, 0, SYN, WINDOW).withOptions(PEER_SYN));
        assertEquals(10, dispatch().get(0).options().windowScale());
        assertEquals(10, conn.hardState().rcvWscale());
        // RFC profile: the smallest shift whose 65535 << shift covers the 256 KiB buffer
        config = TcpConfig.rfcDefaults();
        conn = TcpConnection.connect(config, log, LOCAL_PORT, REMOTE_PORT, 7, 0);
        assertEquals(3, dispatch().get(0).options().windowScale());
        assertThrows(IllegalArgumentException.class,
                () -> TcpConfig.rfcDefaults().toBuilder().receiveWindowScale(15).build());
    }

    @Test
    void activeOpenOffersEverythingInLinuxOrder() throws Exception {
        allOptions();
        conn = TcpConnection.connect(config, log, LOCAL_PORT, REMOTE_PORT, 7, ms(5));
        Segment syn = dispatch().get(0);
        TcpOptions o = syn.options();
        assertEquals(1460, o.mss());
        assertTrue(o.sackPermitted());
        assertTrue(o.timestamps());
        assertEquals(0, o.tsEcr());
        assertEquals(5, o.windowScale()); // 1 MiB needs a shift of 5
        assertEquals(65535, syn.window()); // RFC 7323 §2.2: never scaled in a SYN
        byte[] wire = syn.toBytes();
        // mss(4) sackOK+TS(12) nop wscale(4): Linux's layout
        assertEquals(OptionCodec.MSS, wire[20]);
        assertEquals(OptionCodec.SACK_PERMITTED, wire[24]);
        assertEquals(OptionCodec.TIMESTAMP, wire[26]);
        assertEquals(OptionCodec.NOP, wire[36]);
        assertEquals(OptionCodec.WSCALE, wire[37]);
        assertEquals(Segment.parse(java.nio.ByteBuffer.wrap(wire)), syn);
    }

    @Test
    void synAckEchoesOnlyWhatThePeerOffered() {
        allOptions();
        listen();
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, REMOTE_ISS, 0, SYN, WINDOW)
                .withOptions(TcpOptions.NONE.withMss(1400).withWindowScale(2)));
        TcpOptions o = dispatch().get(0).options();
        assertEquals(1460, o.mss());
        assertEquals(5, o.windowScale());
        assertFalse(o.timestamps());
        assertFalse(o.sackPermitted());
        assertEquals(1400, conn.effectiveMss());
    }

    @Test
    void windowScalingAppliesAfterTheHandshake() {
        allOptions();
        listen();
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, REMOTE_ISS, 0, SYN, 100).withOptions(PEER_SYN));
        dispatch();
        HardState h = conn.hardState();
        assertEquals(100, h.sndWnd()); // the SYN's window is not scaled
        send(fromPeer().withWindow(1000).withOptions(TcpOptions.NONE.withTimestamps(1001, 0)));
        h = conn.hardState();
        assertEquals(State.ESTABLISHED, h.state());
        assertEquals(1000L << 7, h.sndWnd());
        write(bytes(10, 1));
        Segment data = dispatch().get(0);
        assertEquals((1 << 20) >> 5, data.window()); // our 1 MiB window, scaled down by 5
    }

    @Test
    void timestampsAreEchoedAndMssAccountsForThem() {
        allOptions();
        listen();
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, REMOTE_ISS, 0, SYN, WINDOW).withOptions(PEER_SYN));
        Segment synAck = dispatch().get(0);
        assertEquals(1000, synAck.options().tsEcr());
        send(fromPeer().withOptions(TcpOptions.NONE.withTimestamps(1005, synAck.options().tsVal())));
        assertEquals(1448, conn.effectiveMss()); // RFC 7323 / Linux: 1460 - 12
        write(bytes(3000, 1));
        List<Segment> out = dispatch();
        assertEquals(1448, out.get(0).payloadLength());
        assertEquals(1005, out.get(0).options().tsEcr());
        assertTrue(out.get(0).options().timestamps());
    }

    @Test
    void pawsDropsOldTimestamps() {
        allOptions();
        listen();
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, REMOTE_ISS, 0, SYN, WINDOW).withOptions(PEER_SYN));
        dispatch();
        send(fromPeer().withOptions(TcpOptions.NONE.withTimestamps(2000, 0)));
        send(fromPeer().withOptions(TcpOptions.NONE.withTimestamps(1500, 0)).withPayload(bytes("old")));
        assertEquals(0, conn.available());
        assertEquals(1, conn.dropCount(DropReason.PAWS));
        assertEquals(1, dispatch().size()); // answered with an ACK (RFC 7323 §5.3 R1)
        send(fromPeer().withOptions(TcpOptions.NONE.withTimestamps(2001, 0)).withPayload(bytes("new")));
        assertEquals(3, conn.available());
    }

    @Test
    void rttIsMeasuredFromTimestamps() {
        allOptions();
        conn = TcpConnection.connect(config, log, LOCAL_PORT, REMOTE_PORT, 7, 0);
        Segment syn = dispatch().get(0);
        at(ms(50));
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, REMOTE_ISS, localIss() + 1, SYN | ACK, WINDOW)
                .withOptions(PEER_SYN.withTimestamps(7, syn.options().tsVal())));
        assertEquals(ms(50), conn.softState().srttNanos());
    }

    @Test
    void windowScaleAbove14IsClamped() {
        allOptions();
        listen();
        send(Segment.of(REMOTE_PORT, LOCAL_PORT, REMOTE_ISS, 0, SYN, WINDOW).withOptions(PEER_SYN.withWindowScale(20)));
        assertEquals(14, conn.hardState().sndWscale());
    }
}
